import OverfitLessons

/// How text output is drawn: the width to fit, whether Unicode block and braille characters may
/// be used, and whether ANSI colours may be. Renderers take it explicitly and never read the
/// environment, so a rendering at a fixed width is a fixed string.
public struct RenderStyle: Equatable, Sendable {
    public var width: Int
    public var unicode: Bool
    public var color: Bool
    /// The language of the tutor's own words (`lessons/messages.txt` or its translation).
    public var language: Language

    public init(width: Int = 80, unicode: Bool = true, color: Bool = false, language: Language = .english) {
        self.width = max(20, width)
        self.unicode = unicode
        self.color = color
        self.language = language
    }

    /// The tutor's own sentences in the style's language.
    public var words: TutorMessages { TutorMessages.installed(language) }

    /// One message of the catalogue, its placeholders filled.
    public func say(_ key: TutorMessages.Key, _ values: [String: String] = [:]) -> String {
        words.text(key, values)
    }

    /// 80 columns, Unicode, no colour: what the golden tests use.
    public static let plain = RenderStyle()

    func paint(_ text: String, _ colour: Colour) -> String {
        color ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    enum Colour: String {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", bold = "1", dim = "2"
    }

    var horizontal: Character { unicode ? "─" : "-" }
    var ellipsis: String { unicode ? "…" : "..." }
    var arrow: String { unicode ? "→" : "->" }
}

extension RenderStyle {
    /// `say` with each of the message's lines wrapped at the screen's width: a long placeholder (a
    /// session's path) would otherwise run past the edge and the terminal would break it mid-word.
    public func sayWrapped(_ key: TutorMessages.Key, _ values: [String: String] = [:]) -> String {
        say(key, values).split(separator: "\n", omittingEmptySubsequences: false)
            .map { Text.wrap(String($0), width: width) }.joined(separator: "\n")
    }
}
