/// The values a knob takes. Its parser, the words for it in help and errors (`a number in
/// [0, 1)`), tab completion and the JSON type all come from here, so a range is written once.
public enum KnobDomain: Sendable {
    case whole(ClosedRange<Int>)
    case real(Interval)
    case choice([String])
    /// Convolution stages then hidden widths, as `LayerPlan` reads them; `none` for no layer.
    case layers
    case augmentation
    /// `all`, or a whole number in the range (`test_eval`: how many test images an epoch measures).
    case allOr(ClosedRange<Int>)
    /// `mnist`, `fashion`, or a directory of IDX files (`DatasetSource`).
    case dataset

    /// What is allowed, in words.
    public var allowed: String {
        switch self {
        case .whole(let range): return "a whole number in [\(range.lowerBound), \(range.upperBound)]"
        case .real(let interval): return "a number in \(interval.text)"
        case .choice(let words): return KnobParsing.oneOf(words)
        case .layers:
            return "convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in "
                + "[\(LayerPlan.widthRange.lowerBound), \(LayerPlan.widthRange.upperBound)], separated by commas or dashes "
                + "(at most \(LayerPlan.maximumStages) stages and \(LayerPlan.maximumWidths) widths), or none"
        case .augmentation: return Augmentation.allowed
        case .allOr(let range): return "all, or a whole number in [\(range.lowerBound), \(range.upperBound)]"
        case .dataset: return "mnist, fashion, or the path of a directory of IDX files"
        }
    }

    /// Whether a value may go on into the next word (`layers 100, 100`). A path never does: a
    /// directory named `digits,` would swallow the setting after it.
    public var continuesAcrossWords: Bool {
        if case .dataset = self { return false }
        return true
    }

    /// The words tab completion offers for a value (empty where the value is a number).
    public var choices: [String] {
        switch self {
        case .whole, .real: return []
        case .choice(let words): return words
        case .layers: return ["none", "conv16,conv32,100"]
        case .augmentation: return Augmentation.modes
        case .allOr: return ["all"]
        case .dataset: return ["mnist", "fashion"]
        }
    }
}
