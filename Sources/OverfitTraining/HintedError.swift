/// What overfit cannot do with what it was given, worded for the person at the terminal: what
/// was wrong and what is allowed (`message`), and an example to try (`hint`).
///
/// One type for every such error, from a knob value to a damaged session file, so that every
/// caller prints them the same way (the tutor's `render(style:)`) and carries on.
public struct HintedError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.map { "\(message); \($0)" } ?? message
    }
}
