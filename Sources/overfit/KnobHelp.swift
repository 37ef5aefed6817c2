import OverfitTraining

/// The knob table as `overfit run --help` lists it and as shell completion offers it after
/// `--set`, both read from the knobs' declarations.
enum KnobHelp {
    /// One line per knob: `  dropout       a number in [0, 1) (0)`.
    static let table: String = {
        let width = (RunConfig.knobs.map(\.name.count).max() ?? 0) + 2
        return RunConfig.knobs.map { knob in
            "  " + knob.name.padding(width) + knob.allowed + " (" + knob.value(in: RunConfig()) + ")"
        }.joined(separator: "\n")
    }()

    /// Completions for the word being typed after `--set`: `knob=` names, then, after
    /// `knob=`, that knob's values where it has a fixed list.
    @Sendable static func complete(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        if let equals = prefix.firstIndex(of: "="), let knob = try? RunConfig.knob(named: String(prefix[..<equals])) {
            return knob.choices.map { "\(knob.name)=\($0)" }
        }
        return RunConfig.knobs.map { $0.name + "=" }
    }
}

extension String {
    /// The text padded with spaces to `width` characters (never cut).
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
