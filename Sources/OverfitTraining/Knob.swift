import OverfitData

/// One setting a learner can turn, declared once: its name, the values it takes (from which the
/// check and the words for it both come), an example, the documents that turned it, its role as
/// a remedy, and the `RunConfig` field it sets. `set` (typed in the tutor, in a lesson, after
/// `overfit run --set`, in a session file), `show`, completion, `explain` and a run's JSON all
/// read this declaration; the default is the field's value in `RunConfig()`. The longer
/// explanation, with what each document did with the knob, is in `lessons/knobs.txt`.
public struct Knob: Sendable {
    public let id: KnobID
    /// The name a learner types and files hold (`lr`).
    public var name: String { id.rawValue }
    /// Other names `set` accepts (`optimiser`); `show`, files and JSON use `name`.
    public let aliases: [String]
    /// One line: what the knob does.
    public let summary: String
    public let domain: KnobDomain
    /// A valid value, for hints: `set dropout 0.2`.
    public let example: String
    public let sources: [SourceDocument]
    /// What the knob does against overfitting; nil for knobs that are no remedy (seed, init).
    public let remedy: Remedy?
    /// The field of `RunConfig` the knob sets.
    public let field: PartialKeyPath<RunConfig> & Sendable
    let get: @Sendable (RunConfig) -> KnobValue
    let put: @Sendable (inout RunConfig, KnobValue) -> Void

    /// A knob over `field`, whose values `encode` and `decode` translate to and from the
    /// domain's (`decode` is only given values the domain parsed).
    init<Value>(
        _ id: KnobID, aliases: [String] = [], field: WritableKeyPath<RunConfig, Value> & Sendable,
        domain: KnobDomain, example: String, summary: String, sources: [SourceDocument], remedy: Remedy?,
        encode: @escaping @Sendable (Value) -> KnobValue, decode: @escaping @Sendable (KnobValue) -> Value?
    ) {
        self.id = id
        self.aliases = aliases
        self.summary = summary
        self.domain = domain
        self.example = example
        self.sources = sources
        self.remedy = remedy
        self.field = field
        get = { encode($0[keyPath: field]) }
        put = { config, value in
            if let decoded = decode(value) { config[keyPath: field] = decoded }
        }
    }

    /// What values are allowed, in words: `a number in [0, 1)`.
    public var allowed: String { domain.allowed }

    /// What values are allowed, as a phrase the tutor translates.
    public var allowedPhrase: Phrase { domain.allowedPhrase }

    /// The words tab completion offers for the value.
    public var choices: [String] { domain.choices }

    /// The knob's value in `config`, written the way `set` takes it.
    public func value(in config: RunConfig) -> String { get(config).text }

    /// The knob's value in `config`, typed.
    public func typedValue(in config: RunConfig) -> KnobValue { get(config) }

    /// The value `text` stands for, or an error saying what is allowed.
    public func parse(_ text: String) throws(HintedError) -> KnobValue {
        try domain.parse(text, knob: name, example: example)
    }

    /// Sets the knob in `config` to a value its own `parse` returned.
    public func set(_ value: KnobValue, in config: inout RunConfig) { put(&config, value) }

    /// Whether `word` names this knob (its name or an alias, in any case).
    public func isCalled(_ word: String) -> Bool {
        let key = word.trimmingCharacters(in: String.whitespace).lowercased()
        return key == name || aliases.contains(key)
    }
}

// MARK: - Kinds

/// The kinds of knob the table declares, each over a field of `RunConfig` by key path.
extension Knob {
    static func whole<Value: FixedWidthInteger & Sendable>(
        _ id: KnobID, _ field: WritableKeyPath<RunConfig, Value> & Sendable, in range: ClosedRange<Int>,
        example: String, summary: String, sources: [SourceDocument], remedy: Remedy? = nil, aliases: [String] = []
    ) -> Knob {
        Knob(
            id, aliases: aliases, field: field, domain: .whole(range), example: example, summary: summary,
            sources: sources, remedy: remedy, encode: { .whole(Int(clamping: $0)) },
            decode: { if case .whole(let value) = $0 { return Value(exactly: value) } else { return nil } })
    }

    static func real(
        _ id: KnobID, _ field: WritableKeyPath<RunConfig, Double> & Sendable, in interval: Interval,
        example: String, summary: String, sources: [SourceDocument], remedy: Remedy? = nil, aliases: [String] = []
    ) -> Knob {
        Knob(
            id, aliases: aliases, field: field, domain: .real(interval), example: example, summary: summary,
            sources: sources, remedy: remedy, encode: { .real($0) },
            decode: { if case .real(let value) = $0 { return value } else { return nil } })
    }

    /// One of an enum's cases, by raw value: the enum's cases are the knob's words.
    static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ id: KnobID, _ field: WritableKeyPath<RunConfig, Value> & Sendable,
        example: String, summary: String, sources: [SourceDocument], remedy: Remedy? = nil, aliases: [String] = []
    ) -> Knob where Value.RawValue == String {
        Knob(
            id, aliases: aliases, field: field, domain: .choice(Value.allCases.map(\.rawValue)), example: example,
            summary: summary, sources: sources, remedy: remedy, encode: { .choice($0.rawValue) },
            decode: { if case .choice(let word) = $0 { return Value(rawValue: word) } else { return nil } })
    }

    /// A switch, `on` or `off`, kept in a Bool.
    static func onOff(
        _ id: KnobID, _ field: WritableKeyPath<RunConfig, Bool> & Sendable,
        example: String, summary: String, sources: [SourceDocument], remedy: Remedy? = nil, aliases: [String] = []
    ) -> Knob {
        Knob(
            id, aliases: aliases, field: field, domain: .choice(["on", "off"]), example: example, summary: summary,
            sources: sources, remedy: remedy, encode: { .choice($0 ? "on" : "off") },
            decode: { if case .choice(let word) = $0 { return word == "on" } else { return nil } })
    }
}

// MARK: - KnobValue

/// A knob's value, parsed and checked by its domain: what a setting carries from the text a
/// learner typed to the config, and what the JSON of a run holds.
public enum KnobValue: Equatable, Sendable {
    case whole(Int)
    case real(Double)
    /// One of a fixed list of words (`adam`, `on`), lower case.
    case choice(String)
    /// Convolution stages, then hidden-layer widths; neither for no hidden layer.
    case layers(LayerPlan)
    case augmentation(Augmentation)
    /// `mnist`, `fashion`, or a directory path as typed.
    case dataset(DatasetSource)

    /// The value as `set` takes it: `0.1`, `conv16,100`, `none`, `rotate:15,30`.
    public var text: String {
        switch self {
        case .whole(let value): return String(value)
        case .real(let value): return KnobParsing.format(value)
        case .choice(let word): return word
        case .layers(let plan): return plan.text
        case .augmentation(let augmentation): return augmentation.text
        case .dataset(let source): return source.description
        }
    }

    /// The value typed for JSON: numbers as numbers, layers as an array (widths as numbers,
    /// convolution stages as their words, `"conv16"`), words and paths as strings.
    public var json: JSONValue {
        switch self {
        case .whole(let value): return .integer(value)
        case .real(let value): return .number(value)
        case .choice(let word): return .string(word)
        case .layers(let plan):
            return .array(plan.convolutions.map { .string($0.description) } + plan.widths.map(JSONValue.integer))
        case .augmentation(let augmentation): return .string(augmentation.text)
        case .dataset(let source): return .string(source.description)
        }
    }
}

// MARK: - KnobDomain

/// The values a knob takes. Its parser, the words for it in help and errors (`a number in
/// [0, 1)`), tab completion and the JSON type all come from here, so a range is written once.
public enum KnobDomain: Sendable {
    case whole(ClosedRange<Int>)
    case real(Interval)
    case choice([String])
    /// Convolution stages then hidden widths, as `LayerPlan` reads them; `none` for no layer.
    case layers
    case augmentation
    /// `all`, or a whole number in the range (`test_eval`: how many test images an epoch measures).
    case allOr(ClosedRange<Int>)
    /// `mnist`, `fashion`, or a directory of IDX files (`DatasetSource`).
    case dataset

    /// What is allowed, in words.
    public var allowed: String { allowedPhrase.english }

    /// What is allowed, as a phrase the tutor translates: `a number in [0, 1)`.
    public var allowedPhrase: Phrase {
        switch self {
        case .whole(let range):
            return Phrase(
                .allowedWhole, ["low": .text(String(range.lowerBound)), "high": .text(String(range.upperBound))],
                english: "a whole number in [\(range.lowerBound), \(range.upperBound)]")
        case .real(let interval):
            return Phrase(.allowedReal, ["interval": .text(interval.text)], english: "a number in \(interval.text)")
        case .choice(let words):
            guard let last = words.last, words.count > 1 else {
                return Phrase(.allowedWord, ["word": .text(words.last ?? "")], english: words.last ?? "")
            }
            let others = words.dropLast().joined(separator: ", ")
            return Phrase(
                .allowedChoice, ["others": .text(others), "last": .text(last)], english: KnobParsing.oneOf(words))
        case .layers:
            let (low, high) = (LayerPlan.widthRange.lowerBound, LayerPlan.widthRange.upperBound)
            return Phrase(
                .allowedLayers,
                [
                    "low": .text(String(low)), "high": .text(String(high)),
                    "stages": .text(String(LayerPlan.maximumStages)), "widths": .text(String(LayerPlan.maximumWidths)),
                ],
                english: "convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in "
                    + "[\(low), \(high)], separated by commas or dashes "
                    + "(at most \(LayerPlan.maximumStages) stages and \(LayerPlan.maximumWidths) widths), or none")
        case .augmentation: return Augmentation.allowedPhrase
        case .allOr(let range):
            return Phrase(
                .allowedAllOr, ["low": .text(String(range.lowerBound)), "high": .text(String(range.upperBound))],
                english: "all, or a whole number in [\(range.lowerBound), \(range.upperBound)]")
        case .dataset:
            return Phrase(.allowedDataset, english: "mnist, fashion, or the path of a directory of IDX files")
        }
    }

    /// Whether a value may go on into the next word (`layers 100, 100`). A path never does: a
    /// directory named `digits,` would swallow the setting after it.
    public var continuesAcrossWords: Bool {
        if case .dataset = self { return false }
        return true
    }

    /// The words tab completion offers for a value (empty where the value is a number).
    public var choices: [String] {
        switch self {
        case .whole, .real: return []
        case .choice(let words): return words
        case .layers: return ["none", "conv16,conv32,100"]
        case .augmentation: return Augmentation.modes
        case .allOr: return ["all"]
        case .dataset: return ["mnist", "fashion"]
        }
    }
}

// MARK: - KnobDomain parsing

extension KnobDomain {
    /// The value `text` stands for, or an error saying what is allowed, with `set KNOB EXAMPLE`.
    func parse(_ text: String, knob: String, example: String) throws(HintedError) -> KnobValue {
        let hint = Phrase.example(knob, example)
        let trimmed = text.trimmingCharacters(in: String.whitespace)
        switch self {
        case .whole(let range):
            return .whole(
                try Self.whole(trimmed, in: range, knob: knob, allowed: allowedPhrase, original: text, hint: hint))
        case .real(let interval):
            guard let value = Double(trimmed), value.isFinite else {
                throw HintedError(Self.notAllowed(knob, allowedPhrase, got: KnobParsing.quoted(text)), hint: hint)
            }
            guard interval.contains(value) else {
                throw HintedError(Self.outOfRange(knob, interval.text, got: KnobParsing.format(value)), hint: hint)
            }
            return .real(value)
        case .choice(let words):
            let word = trimmed.lowercased()
            guard words.contains(word) else {
                let list = words.joined(separator: ", "), got = KnobParsing.quoted(text)
                throw HintedError(
                    Phrase(
                        .errorKnobOneOf, ["knob": .text(knob), "words": .text(list), "got": .text(got)],
                        english: "\(knob) must be one of \(list) (got \(got))"),
                    hint: hint)
            }
            return .choice(word)
        case .layers:
            return .layers(try LayerPlan.parse(text))
        case .augmentation:
            return .augmentation(try Augmentation.parse(text))
        case .allOr(let range):
            if trimmed.lowercased() == "all" { return .choice("all") }
            return .whole(
                try Self.whole(trimmed, in: range, knob: knob, allowed: allowedPhrase, original: text, hint: hint))
        case .dataset:
            return .dataset(try Self.dataset(trimmed, knob: knob, original: text, hint: hint))
        }
    }

    /// `KNOB must be ALLOWED (got TEXT)`.
    static func notAllowed(_ knob: String, _ allowed: Phrase, got: String) -> Phrase {
        Phrase(
            .errorKnobNotAllowed, ["knob": .text(knob), "allowed": .phrase(allowed), "got": .text(got)],
            english: "\(knob) must be \(allowed.english) (got \(got))")
    }

    /// `KNOB must be in RANGE (got VALUE)`.
    static func outOfRange(_ knob: String, _ range: String, got: String) -> Phrase {
        Phrase(
            .errorKnobRange, ["knob": .text(knob), "range": .text(range), "got": .text(got)],
            english: "\(knob) must be in \(range) (got \(got))")
    }

    private static func whole(
        _ trimmed: String, in range: ClosedRange<Int>, knob: String, allowed: Phrase, original: String, hint: Phrase
    ) throws(HintedError) -> Int {
        guard let value = Int(trimmed) else {
            throw HintedError(notAllowed(knob, allowed, got: KnobParsing.quoted(original)), hint: hint)
        }
        guard range.contains(value) else {
            throw HintedError(
                outOfRange(knob, "[\(range.lowerBound), \(range.upperBound)]", got: String(value)), hint: hint)
        }
        return value
    }

    /// The longest directory path `dataset` takes: Linux's PATH_MAX.
    static let maximumPathBytes = 4096

    /// A word (`mnist`, `fashion`) or a path. The path is only checked for being a path one can
    /// show and open: whether it holds a dataset is for loading to say, at `run`, since a
    /// session file naming a directory this machine lacks must still load.
    private static func dataset(_ trimmed: String, knob: String, original: String, hint: Phrase) throws(HintedError)
        -> DatasetSource
    {
        guard !trimmed.isEmpty else {
            throw HintedError(
                Phrase(
                    .errorDatasetEmpty, ["knob": .text(knob)],
                    english: "\(knob) needs mnist, fashion or a directory path (got an empty value)"),
                hint: hint)
        }
        guard trimmed.utf8.count <= maximumPathBytes else {
            throw HintedError(
                Phrase(
                    .errorDatasetPathLong,
                    [
                        "knob": .text(knob), "limit": .text(String(maximumPathBytes)),
                        "got": .text(String(trimmed.utf8.count)),
                    ],
                    english: "\(knob): a path of at most \(maximumPathBytes) bytes (got \(trimmed.utf8.count))"),
                hint: hint)
        }
        guard !trimmed.unicodeScalars.contains(where: { VisibleText.needsEscape($0) }) else {
            let got = KnobParsing.quoted(VisibleText.escaped(original))
            throw HintedError(
                Phrase(
                    .errorDatasetPathControl, ["knob": .text(knob), "got": .text(got)],
                    english: "\(knob): the path holds control characters (got \(got))"),
                hint: hint)
        }
        return DatasetSource(trimmed)
    }
}

// MARK: - KnobParsing

/// Small text helpers for knob values and the errors about them.
public enum KnobParsing {
    /// What a learner typed, in backticks, cut at 40 characters: `` `rmsprop` ``.
    public static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "`\(shown)`"
    }

    /// `a`, `a or b`, `a, b or c`: alternatives, one to choose.
    public static func oneOf(_ items: [String]) -> String {
        joined(items, last: "or")
    }

    /// `a`, `a and b`, `a, b and c`: all of them at once (the brakes a run has on).
    public static func allOf(_ items: [String]) -> String {
        joined(items, last: "and")
    }

    private static func joined(_ items: [String], last word: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    /// Shortest text that reads back as the same Double: `0.1`, not `0.10000000000000001`;
    /// `1e-6`, not Swift's `1e-06`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = "\(value)"
        guard let marker = text.firstIndex(of: "e") else { return text }
        var exponent = text[text.index(after: marker)...]
        let sign = exponent.first == "-" || exponent.first == "+" ? String(exponent.removeFirst()) : ""
        while exponent.count > 1, exponent.first == "0" { exponent.removeFirst() }
        return text[..<marker] + "e" + (sign == "+" ? "" : sign) + exponent
    }
}
