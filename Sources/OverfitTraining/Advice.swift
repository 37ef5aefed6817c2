/// One change the diagnosis advises, computed from the run's own knobs: a knob and the value to
/// set it to (`weight_decay 0.03`).
public struct Advice: Equatable, Sendable {
    public let knob: KnobID
    public let value: KnobValue

    public init(_ knob: KnobID, _ value: KnobValue) {
        self.knob = knob
        self.value = value
    }

    /// `weight_decay 0.03`: what follows `set`.
    public var settings: String { "\(knob.rawValue) \(Self.shortest(value))" }

    /// The value as a learner would type it: `rotate`, not `rotate:15,30`, where `set` reads
    /// the short word as the same value.
    static func shortest(_ value: KnobValue) -> String {
        switch value {
        case .augmentation(Augmentation.defaultRotation): return "rotate"
        case .augmentation(Augmentation.defaultRandom): return "random"
        default: return value.text
        }
    }

    /// `config` with the advice followed.
    public func applied(to config: RunConfig) -> RunConfig {
        var result = config
        RunConfig.knob(knob).set(value, in: &result)
        return result
    }

    /// `{"knob": "weight_decay", "value": 0.03}`, the value typed as in the run's config.
    public var jsonValue: JSONValue {
        .object([("knob", .string(knob.rawValue)), ("value", value.json)])
    }
}
