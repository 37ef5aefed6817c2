import OverfitData

extension KnobDomain {
    /// The value `text` stands for, or an error saying what is allowed, with `set KNOB EXAMPLE`.
    func parse(_ text: String, knob: String, example: String) throws(HintedError) -> KnobValue {
        let hint = "e.g. set \(knob) \(example)"
        let trimmed = text.trimmingCharacters(in: String.whitespace)
        switch self {
        case .whole(let range):
            return .whole(try Self.whole(trimmed, in: range, knob: knob, allowed: allowed, original: text, hint: hint))
        case .real(let interval):
            guard let value = Double(trimmed), value.isFinite else {
                throw HintedError("\(knob) must be \(allowed) (got \(KnobParsing.quoted(text)))", hint: hint)
            }
            guard interval.contains(value) else {
                throw HintedError("\(knob) must be in \(interval.text) (got \(KnobParsing.format(value)))", hint: hint)
            }
            return .real(value)
        case .choice(let words):
            let word = trimmed.lowercased()
            guard words.contains(word) else {
                throw HintedError(
                    "\(knob) must be one of \(words.joined(separator: ", ")) (got \(KnobParsing.quoted(text)))",
                    hint: hint)
            }
            return .choice(word)
        case .layers:
            return .layers(try LayerPlan.parse(text))
        case .augmentation:
            return .augmentation(try Augmentation.parse(text))
        case .allOr(let range):
            if trimmed.lowercased() == "all" { return .choice("all") }
            return .whole(try Self.whole(trimmed, in: range, knob: knob, allowed: allowed, original: text, hint: hint))
        case .dataset:
            return .dataset(try Self.dataset(trimmed, knob: knob, original: text, hint: hint))
        }
    }

    private static func whole(
        _ trimmed: String, in range: ClosedRange<Int>, knob: String, allowed: String, original: String, hint: String
    ) throws(HintedError) -> Int {
        guard let value = Int(trimmed) else {
            throw HintedError("\(knob) must be \(allowed) (got \(KnobParsing.quoted(original)))", hint: hint)
        }
        guard range.contains(value) else {
            throw HintedError(
                "\(knob) must be in [\(range.lowerBound), \(range.upperBound)] (got \(value))", hint: hint)
        }
        return value
    }

    /// The longest directory path `dataset` takes: Linux's PATH_MAX.
    static let maximumPathBytes = 4096

    /// A word (`mnist`, `fashion`) or a path. The path is only checked for being a path one can
    /// show and open: whether it holds a dataset is for loading to say, at `run`, since a
    /// session file naming a directory this machine lacks must still load.
    private static func dataset(_ trimmed: String, knob: String, original: String, hint: String) throws(HintedError)
        -> DatasetSource
    {
        guard !trimmed.isEmpty else {
            throw HintedError("\(knob) needs mnist, fashion or a directory path (got an empty value)", hint: hint)
        }
        guard trimmed.utf8.count <= maximumPathBytes else {
            throw HintedError(
                "\(knob): a path of at most \(maximumPathBytes) bytes (got \(trimmed.utf8.count))", hint: hint)
        }
        guard !trimmed.unicodeScalars.contains(where: { VisibleText.needsEscape($0) }) else {
            throw HintedError(
                "\(knob): the path holds control characters (got \(KnobParsing.quoted(VisibleText.escaped(original))))",
                hint: hint)
        }
        return DatasetSource(trimmed)
    }
}
