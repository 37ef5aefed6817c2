/// The guide's own sentences, read from `lessons/guide.txt` (sections as in `knobs.txt`) so that
/// they are reworded without Swift. They take `{placeholders}` as lesson prose does.
public struct GuideMessages: Sendable, Equatable {
    public enum Key: String, CaseIterable, Sendable {
        /// Said at start once every lesson is done.
        case allDone = "all-done"

        /// The placeholders the message may use.
        public var placeholders: [String] {
            switch self {
            case .allDone: return ["challenge.number", "challenge.title"]
            }
        }
    }

    private let texts: [String: String]

    public init(texts: [String: String] = [:]) {
        self.texts = texts
    }

    /// Reads the file's text; a section for an unknown message or an unknown placeholder is
    /// reported with its line.
    public static func parse(_ text: String, file: String) throws(LessonError) -> GuideMessages {
        let texts = try SectionedText.parse(text, file: file, names: Key.allCases.map(\.rawValue), kind: "message")
        for key in Key.allCases {
            for name in Template.placeholders(in: texts[key.rawValue] ?? "") where !key.placeholders.contains(name) {
                let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("{\(name)}")
                }
                throw LessonError(
                    file: file, line: (line ?? 0) + 1,
                    message:
                        "`{\(name)}` is not a placeholder of `\(key.rawValue)` (it takes \(key.placeholders.map { "{\($0)}" }.joined(separator: ", ")))"
                )
            }
        }
        return GuideMessages(texts: texts)
    }

    /// The message with its placeholders filled, or nil if the file has none for `key`.
    public func text(_ key: Key, values: [String: String]) -> String? {
        texts[key.rawValue].map { Template.fill($0, values: values) }
    }
}
