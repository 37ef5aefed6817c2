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
