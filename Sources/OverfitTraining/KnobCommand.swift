import OverfitData

/// The two commands that turn knobs, `set KNOB VALUE…` and `reset [KNOB…]`, read once for the
/// tutor (which runs them) and for lessons (which check them when loaded and replay them to
/// plan their runs).
public enum KnobCommand: Sendable {
    case set(KnobSettings)
    /// The knobs to put back; none means all of them.
    case reset([Knob])

    /// The command in `words` (the command's name first), or nil for any other command.
    public static func parse(_ words: [String]) throws(HintedError) -> KnobCommand? {
        guard let name = words.first?.lowercased() else { return nil }
        let arguments = Array(words.dropFirst())
        switch name {
        case "set":
            let settings = try KnobSettings(words: arguments)
            guard !settings.isEmpty else {
                throw HintedError(
                    Phrase(.errorSetNeeds, english: "set needs a knob and a value"),
                    hint: Phrase(.hintSetNeeds, english: "e.g. set dropout 0.2; `show` lists the knobs"))
            }
            return .set(settings)
        case "reset":
            var knobs: [Knob] = []
            for word in arguments { knobs.append(try RunConfig.knob(named: word)) }
            return .reset(knobs)
        default:
            return nil
        }
    }

    /// The command in `line`, split as the tutor splits it; nil for any other command.
    public static func parse(line: String) throws(HintedError) -> KnobCommand? {
        try parse(Tokenizer.split(line))
    }

    /// `config` after the command, where `reset` returns knobs to `baseline`.
    public func applied(to config: RunConfig, baseline: RunConfig) -> RunConfig {
        switch self {
        case .set(let settings):
            return settings.applied(to: config)
        case .reset(let knobs) where knobs.isEmpty:
            return baseline
        case .reset(let knobs):
            var result = config
            for knob in knobs { knob.set(knob.typedValue(in: baseline), in: &result) }
            return result
        }
    }

    /// The knobs the command names, in order.
    public var knobIDs: [KnobID] {
        switch self {
        case .set(let settings): return settings.knobIDs
        case .reset(let knobs): return knobs.map(\.id)
        }
    }
}
