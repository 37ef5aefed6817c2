/// A sentence of the tutor's catalogue (`lessons/messages.txt` and its translations), by id, with
/// its named values, and the English it reads as where no catalogue is at hand (`overfit run`).
/// A value is text as it is (a number, a knob's name, what was typed) or itself a phrase, so words
/// inside a sentence (`a number in [0, 1)`) are translated too. OverfitData and OverfitTraining cannot
/// see the catalogue: the tutor renders a phrase, and a test holds the English here equal to the
/// catalogue's English.
public struct Phrase: Equatable, Sendable {
    public enum Value: Equatable, Sendable {
        case text(String)
        case phrase(Phrase)

        public var english: String {
            switch self {
            case .text(let text): return text
            case .phrase(let phrase): return phrase.english
            }
        }
    }

    /// The message's key in the catalogue (`error.knob-range`).
    public let id: String
    public let values: [String: Value]
    public let english: String

    public init(id: String, values: [String: Value] = [:], english: String) {
        self.id = id
        self.values = values
        self.english = english
    }

    /// This phrase with every phrase inside it equal to `old` (itself included) replaced by `new`,
    /// its English rewritten to match: a reader's default hint swapped for a dataset's own.
    public func replacing(_ old: Phrase, with new: Phrase) -> Phrase {
        if self == old { return new }
        let replaced = values.mapValues { value -> Value in
            if case .phrase(let inner) = value { return .phrase(inner.replacing(old, with: new)) }
            return value
        }
        guard replaced != values else { return self }
        return Phrase(
            id: id, values: replaced, english: english.replacingOccurrences(of: old.english, with: new.english))
    }

    /// Words said as they are in every language: text that has no sentence in the catalogue yet.
    public static func literal(_ text: String) -> Phrase {
        Phrase(id: "", english: text)
    }
}
