extension RunConfig {
    /// The config `overfit run --set K=V …` describes: the words after `--set` (the shell split
    /// them) read as the tutor reads the words after `set`, then the checks between knobs.
    /// Returns the config and the knobs named.
    public static func fromCommandLine(_ words: [String]) throws(HintedError) -> (config: RunConfig, given: [KnobID]) {
        let settings = try KnobSettings(words: words)
        let config = settings.applied(to: RunConfig())
        try config.validate()
        return (config, settings.knobIDs)
    }
}

extension HintedError {
    /// The message and hint as `overfit run` says them: hints speak the tutor's `set batch 10`,
    /// while that command takes `--set batch=10`.
    public var commandLineDescription: String {
        hint.map { "\(message); \(Self.commandLineSyntax($0))" } ?? message
    }

    /// Rewrites the tutor's words in a hint for the command line: each `set KNOB VALUE` as
    /// `--set KNOB=VALUE`, keeping punctuation that follows the value (`set batch 10, or` →
    /// `--set batch=10, or`), and `show` as `overfit run --help`. Words after `set` that are not
    /// a knob are left alone.
    public static func commandLineSyntax(_ hint: String) -> String {
        var words = hint.replacingOccurrences("`show` lists the knobs", with: "`overfit run --help` lists the knobs")
            .split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 2 < words.count {
            if words[index] == "set", let knob = try? RunConfig.knob(named: words[index + 1]) {
                var value = words[index + 2], trailing = ""
                while let last = value.last, ",;.)".contains(last) {
                    trailing = String(last) + trailing
                    value.removeLast()
                }
                words.replaceSubrange(index...(index + 2), with: ["--set", "\(knob.name)=\(value)\(trailing)"])
            }
            index += 1
        }
        return words.joined(separator: " ")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = "", rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
