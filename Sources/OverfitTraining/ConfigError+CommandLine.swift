extension ConfigError {
    /// The message and hint as `overfit run` should say them: the knob table's hints speak the
    /// tutor's `set batch 10`, while that command takes `--set batch=10`.
    public var commandLineDescription: String {
        hint.map { "\(message); \(Self.commandLineSyntax($0))" } ?? message
    }

    /// Rewrites each `set KNOB VALUE` in a hint as `--set KNOB=VALUE`, keeping punctuation that
    /// follows the value (`set batch 10, or` → `--set batch=10, or`). Words after `set` that
    /// are not a knob are left alone.
    public static func commandLineSyntax(_ hint: String) -> String {
        var words = hint.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
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
