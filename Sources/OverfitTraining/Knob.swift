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
