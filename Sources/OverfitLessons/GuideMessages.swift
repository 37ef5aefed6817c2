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
        GuideMessages(
            texts: try SectionedTemplates.parse(
                text, file: file, placeholders: Key.allCases.map { ($0.rawValue, $0.placeholders) }, kind: "message"))
    }

    /// The message with its placeholders filled, or nil if the file has none for `key`.
    public func text(_ key: Key, values: [String: String]) -> String? {
        texts[key.rawValue].map { Template.fill($0, values: values) }
    }
}
