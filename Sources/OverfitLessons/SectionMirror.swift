import OverfitData

/// Checks a translated sectioned file (`guide.txt`, `diagnosis.txt`, `knobs.txt`, `sources.txt`
/// in `lessons/ko/`) against its English original: the same `== NAME` sections in the same
/// order, each with the same placeholders (as sets, as `LessonMirror` compares lesson text).
/// The first difference is an error on the translation's line naming the original's.
public enum SectionMirror {
    /// One `== NAME` section: its name, the line of its `==`, and its text.
    struct Section {
        let name: String
        let line: Int
        let text: String
    }

    public static func check(
        _ translated: String, file: String, english: String, englishFile: String
    ) throws(LessonError) {
        let mine = outline(translated), theirs = outline(english)
        for (index, original) in theirs.enumerated() {
            let there = "\(englishFile):\(original.line)"
            guard index < mine.count else {
                throw LessonError(
                    file: file, line: mine.last?.line ?? 1,
                    message:
                        "no `== \(original.name)` section (the English one is at \(there)): sections keep their order")
            }
            let copy = mine[index]
            guard copy.name == original.name else {
                let message =
                    mine.contains { $0.name == original.name }
                    ? "`== \(copy.name)` stands where the English file has `== \(original.name)` (\(there)): sections keep their order"
                    : "no `== \(original.name)` section here (the English one is at \(there)); found `== \(copy.name)`"
                throw LessonError(file: file, line: copy.line, message: message)
            }
            if let problem = LessonMirror.samePlaceholders(
                copy.text, original.text, what: "section `\(copy.name)`", there: "the English section at \(there)")
            {
                throw LessonError(file: file, line: copy.line, message: problem)
            }
        }
        if mine.count > theirs.count {
            let extra = mine[theirs.count]
            throw LessonError(
                file: file, line: extra.line,
                message: "`== \(extra.name)` is not a section of the English file \(englishFile)")
        }
    }

    /// The file's sections in order (comments and text before the first section left out: the
    /// file's own parser refuses the latter with its line).
    static func outline(_ text: String) -> [Section] {
        var sections: [Section] = []
        var current: (name: String, line: Int)?
        var lines: [Substring] = []
        func close() {
            if let current {
                sections.append(Section(name: current.name, line: current.line, text: lines.joined(separator: "\n")))
            }
            lines = []
        }
        for (index, line) in TextFile.normalised(text).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("== ") {
                close()
                current = (line.dropFirst(3).trimmingCharacters(in: " "), index + 1)
            } else if current != nil {
                lines.append(line)
            }
        }
        close()
        return sections
    }
}
