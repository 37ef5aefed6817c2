import OverfitData

/// What overfit cannot do with what it was given, worded for the person at the terminal: what
/// was wrong and what is allowed (`message`), and an example to try (`hint`).
///
/// One type for every such error, from a knob value to a damaged session file, so that every
/// caller prints them the same way (the tutor's `render(style:)`) and carries on. An error built
/// from `Phrase`s also carries their message ids and values, so the tutor can say it in the
/// session's language; `message` and `hint` stay the English (`overfit run --set` prints them).
public struct HintedError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?
    /// The message as a sentence of the tutor's catalogue; nil for an error worded in English only.
    public let phrase: Phrase?
    /// The hint as a sentence of the tutor's catalogue.
    public let hintPhrase: Phrase?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
        phrase = nil
        hintPhrase = nil
    }

    /// An error whose words can be translated: the English of each phrase is its `message` and `hint`.
    public init(_ phrase: Phrase, hint: Phrase? = nil) {
        message = phrase.english
        self.hint = hint?.english
        self.phrase = phrase
        hintPhrase = hint
    }

    public var description: String {
        hint.map { "\(message); \($0)" } ?? message
    }

    /// Two errors are the same when they read the same in English (how tests name them).
    public static func == (lhs: HintedError, rhs: HintedError) -> Bool {
        lhs.message == rhs.message && lhs.hint == rhs.hint
    }
}
