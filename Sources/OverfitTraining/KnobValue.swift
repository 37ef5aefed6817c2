import OverfitData

/// A knob's value, parsed and checked by its domain: what a setting carries from the text a
/// learner typed to the config, and what the JSON of a run holds.
public enum KnobValue: Equatable, Sendable {
    case whole(Int)
    case real(Double)
    /// One of a fixed list of words (`adam`, `on`), lower case.
    case choice(String)
    /// Convolution stages, then hidden-layer widths; neither for no hidden layer.
    case layers(LayerPlan)
    case augmentation(Augmentation)
    /// `mnist`, `fashion`, or a directory path as typed.
    case dataset(DatasetSource)

    /// The value as `set` takes it: `0.1`, `conv16,100`, `none`, `rotate:15,30`.
    public var text: String {
        switch self {
        case .whole(let value): return String(value)
        case .real(let value): return KnobParsing.format(value)
        case .choice(let word): return word
        case .layers(let plan): return plan.text
        case .augmentation(let augmentation): return augmentation.text
        case .dataset(let source): return source.description
        }
    }

    /// The value typed for JSON: numbers as numbers, layers as an array (widths as numbers,
    /// convolution stages as their words, `"conv16"`), words and paths as strings.
    public var json: JSONValue {
        switch self {
        case .whole(let value): return .integer(value)
        case .real(let value): return .number(value)
        case .choice(let word): return .string(word)
        case .layers(let plan):
            return .array(plan.convolutions.map { .string($0.description) } + plan.widths.map(JSONValue.integer))
        case .augmentation(let augmentation): return .string(augmentation.text)
        case .dataset(let source): return .string(source.description)
        }
    }
}
