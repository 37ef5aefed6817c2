/// One setting a learner can turn, declared once.
///
/// `set` parsing and its errors, `show`, completion, `explain`, the JSON config and session
/// files all read this declaration, so a knob's name, range and help are written in one place.
public struct Knob: Sendable {
    public let name: String
    /// One line: what the knob does.
    public let summary: String
    /// What values are allowed, in words (used in error messages and help).
    public let allowed: String
    /// An example value that is valid, for error hints: `set dropout 0.2`.
    public let example: String
    /// The finite set of values, where there is one (for tab completion).
    public let choices: [String]
    /// Which source document turned this knob, and how.
    public let source: String
    let read: @Sendable (RunConfig) -> String
    let write: @Sendable (inout RunConfig, String) throws(ConfigError) -> Void

    /// The knob's current value in `config`, written the way `set` accepts it.
    public func value(in config: RunConfig) -> String { read(config) }

    /// A switch, `on` or `off`, kept in a Bool of the config.
    static func onOff(_ name: String, summary: String, example: String, source: String,
                      _ property: WritableKeyPath<RunConfig, Bool> & Sendable) -> Knob {
        Knob(name: name, summary: summary, allowed: "on or off", example: example, choices: ["on", "off"], source: source,
             read: { $0[keyPath: property] ? "on" : "off" },
             write: { config, text throws(ConfigError) in
                 config[keyPath: property] = try KnobParsing.choice(text, knob: name, choices: ["on", "off"]) == "on" })
    }
}

/// A value a learner gave that the tutor cannot use, with what is allowed and an example.
public struct ConfigError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public let hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.map { "\(message); \($0)" } ?? message
    }
}
