/// A knob's value, parsed and checked by its domain: what a setting carries from the text a
/// learner typed to the config, and what the JSON of a run holds.
public enum KnobValue: Equatable, Sendable {
    case whole(Int)
    case real(Double)
    /// One of a fixed list of words (`adam`, `on`), lower case.
    case choice(String)
    /// Hidden-layer widths; empty for no hidden layer.
    case widths([Int])
    case augmentation(Augmentation)

    /// The value as `set` takes it: `0.1`, `100,100`, `none`, `rotate:15,30`.
    public var text: String {
        switch self {
        case .whole(let value): return String(value)
        case .real(let value): return KnobParsing.format(value)
        case .choice(let word): return word
        case .widths(let widths): return widths.isEmpty ? "none" : widths.map(String.init).joined(separator: ",")
        case .augmentation(let augmentation): return augmentation.text
        }
    }

    /// The value typed for JSON: numbers as numbers, widths as an array, words as strings.
    public var json: JSONValue {
        switch self {
        case .whole(let value): return .integer(value)
        case .real(let value): return .number(value)
        case .choice(let word): return .string(word)
        case .widths(let widths): return .array(widths.map(JSONValue.integer))
        case .augmentation(let augmentation): return .string(augmentation.text)
        }
    }
}
