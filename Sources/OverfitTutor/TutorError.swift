import OverfitTraining

/// What a command could not do, worded for the learner: what was wrong, what is allowed, and
/// (in `hint`) an example to try. The loop prints it and carries on.
public struct TutorError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public init(_ error: ConfigError) {
        self.init(error.message, hint: error.hint)
    }

    public var description: String {
        hint.map { "\(message); \($0)" } ?? message
    }

    /// `error: MESSAGE` and, on the next line, `hint: HINT`.
    public func render(style: RenderStyle) -> String {
        let message = Text.visible(self.message), hint = self.hint.map(Text.visible)
        var out = Text.wrap(message, width: style.width, indent: "  ", firstIndent: style.paint("error:", .red) + " ") + "\n"
        if let hint { out += Text.wrap(hint, width: style.width, indent: "        ", firstIndent: "  hint: ") + "\n" }
        return out
    }
}
