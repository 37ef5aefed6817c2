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
    /// What is wrong with a line of the file, as values a translation can say again (the tutor
    /// says a broken knobs.txt in the session's language); `message` is its English.
    public enum Problem: Equatable, Sendable {
        case unknownName(String, kind: String, names: [String])
        case repeatedName(String)
        case textBeforeFirstSection(kind: String)

        public var message: String {
            switch self {
            case .unknownName(let name, let kind, let names):
                "`\(VisibleText.escaped(name))` is not a \(kind) (\(kind)s: \(names.joined(separator: ", ")))"
            case .repeatedName(let name): "`\(name)` has two sections"
            case .textBeforeFirstSection(let kind): "text before the first `== \(kind.uppercased())` section"
            }
        }
    }

    /// A problem on a line (from 1).
    public struct Failure: Error, Equatable, Sendable {
        public let line: Int
        public let problem: Problem
    }

    /// The sections' texts by name. `names` are the allowed ones; `kind` says what a name is, in
    /// messages (`knob`, `message`).
    public static func parse(_ text: String, file: String, names: [String], kind: String) throws(LessonError)
        -> [String: String]
    {
        do { return try sections(text, names: names, kind: kind) } catch {
            throw LessonError(file: file, line: error.line, message: error.problem.message)
        }
    }

    /// The same, its problem as a value.
    public static func sections(_ text: String, names: [String], kind: String) throws(Failure) -> [String: String] {
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
            func fail(_ problem: Problem) -> Failure { Failure(line: index + 1, problem: problem) }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("== ") {
                close()
                let name = line.dropFirst(3).trimmingCharacters(in: " ")
                guard names.contains(name) else { throw fail(.unknownName(name, kind: kind, names: names)) }
                guard texts[name] == nil else { throw fail(.repeatedName(name)) }
                current = name
            } else if current == nil {
                guard line.trimmingCharacters(in: " \t").isEmpty else {
                    throw fail(.textBeforeFirstSection(kind: kind))
                }
            } else {
                lines.append(line)
            }
        }
        close()
        return texts
    }
}
