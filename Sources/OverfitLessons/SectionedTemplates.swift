/// A `SectionedText` file whose sections are templates with named placeholders (`guide.txt`,
/// `diagnosis.txt`): each section may use only the placeholders its message takes. Every
/// problem names the file and line.
enum SectionedTemplates {
    /// The sections by name; `placeholders[name]` lists what section `name` may use.
    static func parse(_ text: String, file: String, placeholders: [(name: String, takes: [String])], kind: String)
        throws(LessonError) -> [String: String]
    {
        let texts = try SectionedText.parse(text, file: file, names: placeholders.map(\.name), kind: kind)
        for (name, takes) in placeholders {
            guard let section = texts[name] else { continue }
            let used: [String]
            do { used = try Template.placeholders(in: section) } catch {
                throw LessonError(file: file, line: line(of: section, in: text), message: error.message)
            }
            for placeholder in used where !takes.contains(placeholder) {
                let takesText = takes.isEmpty ? "none" : takes.map { "{\($0)}" }.joined(separator: ", ")
                throw LessonError(
                    file: file, line: line(of: "{\(placeholder)}", in: text, after: "== \(name)"),
                    message: "`{\(placeholder)}` is not a placeholder of `\(name)` (it takes \(takesText))")
            }
        }
        return texts
    }

    /// The line (from 1) where `needle` first occurs after the line `after` (or anywhere).
    static func line(of needle: String, in text: String, after marker: String? = nil) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = marker.flatMap { marker in lines.firstIndex { $0.trimmingCharacters(in: " \r") == marker } } ?? 0
        let firstLine = needle.split(separator: "\n").first.map(String.init) ?? needle
        return (lines[start...].firstIndex { $0.contains(firstLine) } ?? start) + 1
    }
}
