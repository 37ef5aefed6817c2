import OverfitData

/// Knob settings, as the learner types them after `set`, a lesson writes them (`do: set …`,
/// `start:`), `overfit run --set` takes them and a session file stores them: one grammar, one
/// parser, the same errors everywhere.
///
///     settings = setting*
///     setting  = KNOB VALUE | KNOB=VALUE        the `=` may stand apart: KNOB = VALUE
///
/// Words are split as the tutor splits a command line (double quotes keep spaces). A knob is
/// named in any case, or by an alias. A value that ends in `,` or `:`, or a next word that
/// starts with `,`, continues it: `layers 100, 100` is `layers 100,100` (not a path's). A knob given twice is
/// refused, since "last one wins" would hide a typo in a long line. Each value is checked by
/// its knob's domain as it is read; applying checked settings cannot fail.
public struct KnobSettings: Sendable {
    public struct Setting: Sendable {
        public let knob: Knob
        public let value: KnobValue
    }

    public let settings: [Setting]

    /// No settings.
    public init() { settings = [] }

    /// Reads `text` (split into words first).
    public init(parsing text: String) throws(HintedError) {
        try self.init(words: try Tokenizer.split(text))
    }

    /// Reads words already split, e.g. the arguments after `set`.
    public init(words: [String]) throws(HintedError) {
        var reader = Reader(words: words)
        var settings: [Setting] = []
        var given: [String: String] = [:]
        while let (knob, text) = try reader.next() {
            if let earlier = given[knob.name] {
                throw HintedError(
                    Phrase(
                        .errorKnobTwice, ["knob": .text(knob.name), "first": .text(earlier), "second": .text(text)],
                        english: "\(knob.name) is given twice (\(earlier), then \(text))"),
                    hint: Phrase(
                        .hintKnobOnce, ["knob": .text(knob.name), "value": .text(text)],
                        english: "give each knob once, e.g. set \(knob.name) \(text)"))
            }
            given[knob.name] = text
            settings.append(Setting(knob: knob, value: try knob.parse(text)))
        }
        self.settings = settings
    }

    public var isEmpty: Bool { settings.isEmpty }

    /// The knobs set, by name, in the order given.
    public var knobIDs: [KnobID] { settings.map(\.knob.id) }

    /// `config` with the settings applied in order.
    public func applied(to config: RunConfig) -> RunConfig {
        var result = config
        for setting in settings { setting.knob.set(setting.value, in: &result) }
        return result
    }

    /// Whether `config` has every value these settings give (the challenge's rules).
    public func hold(in config: RunConfig) -> Bool {
        settings.allSatisfy { $0.knob.typedValue(in: config) == $0.value }
    }

    /// `train_size=300 epochs=5`: the settings as one line reads them back.
    public var text: String {
        settings.map { "\($0.knob.name)=\(Tokenizer.quote($0.value.text))" }.joined(separator: " ")
    }

    /// Splits words into (knob, value text) pairs.
    private struct Reader {
        let words: [String]
        var index = 0

        mutating func next() throws(HintedError) -> (Knob, String)? {
            guard index < words.count else { return nil }
            let word = words[index]
            index += 1
            var name = word, value: String?
            if let equals = word.firstIndex(of: "="), equals != word.startIndex {
                name = String(word[..<equals])
                let rest = String(word[word.index(after: equals)...])
                value = rest.isEmpty ? nil : rest
            }
            let knob = try RunConfig.knob(named: name)
            var text = value ?? ""
            if value == nil { text = try valueWord(for: knob, equalsSeen: name != word) }
            while knob.domain.continuesAcrossWords, index < words.count,
                text.hasSuffix(",") || text.hasSuffix(":") || words[index].hasPrefix(",")
            {
                text += words[index]
                index += 1
            }
            return (knob, text)
        }

        /// The value in the next word(s): `KNOB VALUE`, `KNOB= VALUE`, `KNOB =VALUE`, `KNOB = VALUE`.
        mutating func valueWord(for knob: Knob, equalsSeen: Bool) throws(HintedError) -> String {
            guard index < words.count else { throw Self.missing(knob) }
            var text = words[index]
            index += 1
            if !equalsSeen, text.hasPrefix("=") {
                text.removeFirst()
                if text.isEmpty {
                    guard index < words.count else { throw Self.missing(knob) }
                    text = words[index]
                    index += 1
                }
            }
            return text
        }

        static func missing(_ knob: Knob) -> HintedError {
            HintedError(
                Phrase(
                    .errorKnobNeedsValue, ["knob": .text(knob.name), "allowed": .phrase(knob.allowedPhrase)],
                    english: "\(knob.name) needs a value: \(knob.allowed)"),
                hint: .example(knob.name, knob.example))
        }
    }
}
