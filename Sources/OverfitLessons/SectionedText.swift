import OverfitData

/// A text file of named sections, as `lessons/knobs.txt` and `lessons/guide.txt` are written, so
/// that a teacher can reword the tutor without Swift:
///
///     # a comment
///     == name
///     Paragraphs, separated by blank lines.
///
/// Every problem names the file and line: text before the first section, a name that is not
/// among those allowed, a name given twice.
public enum SectionedText {
    /// The sections' texts by name. `names` are the allowed ones; `kind` says what a name is, in
    /// messages (`knob`, `message`).
    public static func parse(_ text: String, file: String, names: [String], kind: String) throws(LessonError)
        -> [String: String]
    {
        var texts: [String: String] = [:]
        var current: String?
        var lines: [String] = []
        func close() {
            // The file's text reaches the terminal (`explain`, the guide): through the sanitiser first.
            if let current {
                texts[current] = VisibleText.escaped(
                    lines.joined(separator: "\n").trimmingCharacters(in: "\n "), keepingNewlines: true)
            }
            lines = []
        }
        // CRLF and a byte-order mark read as plain lines: a Windows-saved file once read as empty.
        for (index, raw) in TextFile.normalised(text).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = String(raw)
            func fail(_ message: String) -> LessonError { LessonError(file: file, line: index + 1, message: message) }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("== ") {
                close()
                let name = line.dropFirst(3).trimmingCharacters(in: " ")
                guard names.contains(name) else {
                    throw fail(
                        "`\(VisibleText.escaped(name))` is not a \(kind) (\(kind)s: \(names.joined(separator: ", ")))")
                }
                guard texts[name] == nil else { throw fail("`\(name)` has two sections") }
                current = name
            } else if current == nil {
                guard line.trimmingCharacters(in: " \t").isEmpty else {
                    throw fail("text before the first `== \(kind.uppercased())` section")
                }
            } else {
                lines.append(line)
            }
        }
        close()
        return texts
    }
}
