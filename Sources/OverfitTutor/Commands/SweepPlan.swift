import OverfitTraining

/// What `sweep KNOB V1,V2,...` asks for: the knob, its values as typed, and the knobs of each run.
/// Every value is read by the one `set` grammar (`KnobSettings`), so it is refused with the same
/// words `set` would use, before anything trains.
struct SweepPlan {
    let knob: Knob
    let values: [String]
    let configs: [RunConfig]

    init(_ arguments: [String], current: RunConfig) throws(HintedError) {
        guard let name = arguments.first, arguments.count >= 2 else {
            throw HintedError("sweep needs a knob and its values", hint: "e.g. sweep train_size 100,300,1000")
        }
        knob = try RunConfig.knob(named: name)
        let words = Array(arguments.dropFirst())
        // One word is a comma list; several words are one value each (a value may hold commas).
        let texts =
            words.count == 1 ? words[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init) : words
        guard (2...SweepCommands.maxValues).contains(texts.count) else {
            throw HintedError(
                "sweep takes 2 to \(SweepCommands.maxValues) values (got \(texts.count))",
                hint: "e.g. sweep \(knob.name) \(Self.example(knob))")
        }
        var configs: [RunConfig] = []
        for text in texts {
            guard !text.isEmpty else {
                throw HintedError(
                    "sweep: an empty value in `\(Text.shown(words.joined(separator: " ")))`",
                    hint: "e.g. sweep \(knob.name) \(Self.example(knob))")
            }
            configs.append(try KnobSettings(words: [knob.name, text]).applied(to: current))
        }
        values = texts
        self.configs = configs
    }

    /// Two values to show in a hint: the knob's default and its example.
    static func example(_ knob: Knob) -> String {
        let pair = [knob.value(in: RunConfig()), knob.example]
        return pair.contains { $0.contains(",") } ? pair.joined(separator: " ") : pair.joined(separator: ",")
    }
}
