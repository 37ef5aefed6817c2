import OverfitData
import OverfitTraining

/// The longer words behind `explain KNOB`, read from `lessons/knobs.txt` so they can be edited
/// without recompiling. Sections start with `== knob`; `#` lines are comments.
public struct KnobExplanations: Sendable, Equatable {
    public private(set) var texts: [String: String]

    public init(texts: [String: String] = [:]) {
        self.texts = texts
    }

    public static let empty = KnobExplanations()

    /// Parses the file's text; errors name the line (text before the first section, a section for
    /// a knob that does not exist, a knob explained twice).
    public static func parse(_ text: String, file: String) throws(TutorError) -> KnobExplanations {
        var texts: [String: String] = [:]
        var current: String?
        var paragraph: [String] = []
        func close() {
            guard let current else { return }
            // The file's text reaches the terminal through `explain`: through the sanitiser first.
            texts[current] = VisibleText.escaped(paragraph.joined(separator: "\n").trimmingCharacters(in: "\n "), keepingNewlines: true)
            paragraph = []
        }
        // CRLF and a byte-order mark read as plain lines: a Windows-saved file once read as empty.
        for (index, raw) in TextFile.normalised(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("== ") {
                close()
                let name = String(line.dropFirst(3)).trimmingCharacters(in: " ")
                guard RunConfig.knobs.contains(where: { $0.name == name }) else {
                    throw TutorError("\(file), line \(index + 1): `\(Text.shown(name))` is not a knob",
                                     hint: "knobs are: " + RunConfig.knobs.map(\.name).joined(separator: ", "))
                }
                guard texts[name] == nil else { throw TutorError("\(file), line \(index + 1): `\(name)` is explained twice") }
                current = name
            } else if current == nil {
                guard line.trimmingCharacters(in: " ").isEmpty else {
                    throw TutorError("\(file), line \(index + 1): text before the first `== KNOB` section")
                }
            } else {
                paragraph.append(line)
            }
        }
        close()
        return KnobExplanations(texts: texts)
    }

    /// Loads `lessons/knobs.txt` from `directory`.
    public static func load(lessonsDirectory directory: String) throws(TutorError) -> KnobExplanations {
        let path = directory + "/knobs.txt"
        return try parse(try FileAccess.readText(path, what: "knob explanations"), file: path)
    }
}
