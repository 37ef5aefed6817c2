import OverfitTraining

/// What `sweep KNOB V1,V2,...` asks for: the knob, its values as typed, and the knobs of each run.
/// Every value is read by the one `set` grammar (`KnobSettings`), so it is refused with the same
/// words `set` would use, before anything trains.
struct SweepPlan {
    let knob: Knob
    let values: [String]
    let configs: [RunConfig]

    /// `style` gives the refusals' language (English by default, as tests and tools read them).
    init(_ arguments: [String], current: RunConfig, style: RenderStyle = .plain) throws(HintedError) {
        guard let name = arguments.first, arguments.count >= 2 else {
            throw HintedError(style.say(.errorSweepArguments), hint: style.say(.hintSweepArguments))
        }
        knob = try RunConfig.knob(named: name)
        let words = Array(arguments.dropFirst())
        // One word is a comma list; several words are one value each (a value may hold commas).
        let texts =
            words.count == 1 ? words[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init) : words
        guard (2...SweepCommands.maxValues).contains(texts.count) else {
            throw HintedError(
                style.say(.errorSweepCount, ["most": String(SweepCommands.maxValues), "count": String(texts.count)]),
                hint: style.say(.hintSweepExample, ["knob": knob.name, "example": Self.example(knob)]))
        }
        var configs: [RunConfig] = []
        for text in texts {
            guard !text.isEmpty else {
                throw HintedError(
                    style.say(.errorSweepEmpty, ["got": Text.shown(words.joined(separator: " "))]),
                    hint: style.say(.hintSweepExample, ["knob": knob.name, "example": Self.example(knob)]))
            }
            configs.append(try KnobSettings(words: [knob.name, text]).applied(to: current))
        }
        values = texts
        self.configs = configs
    }

    /// Two different values to show in a hint, written as a sweep takes them (dashes between the
    /// layers of one value: commas separate the values): the default and the example, else
    /// another of the knob's words, a remedy's step from the default, the next whole number or half the default.
    static func example(_ knob: Knob) -> String {
        let standard = knob.typedValue(in: RunConfig())
        var candidates = [standard.text, knob.example] + knob.choices
        if let stepped = knob.remedy?.step(standard, up: true, domain: knob.domain) { candidates.append(stepped.text) }
        if case .whole(let number) = standard { candidates.append(String(number + 1)) }
        if case .real(let number) = standard { candidates.append(KnobParsing.format(number / 2)) }
        var values: [String] = []
        for candidate in candidates where !values.contains(candidate) { values.append(candidate) }
        return values.prefix(2).map { $0.replacingOccurrences(of: ",", with: "-") }.joined(separator: ",")
    }
}
