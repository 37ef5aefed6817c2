/// The values a knob takes. Its parser, the words for it in help and errors (`a number in
/// [0, 1)`), tab completion and the JSON type all come from here, so a range is written once.
public enum KnobDomain: Sendable {
    case whole(ClosedRange<Int>)
    case real(Interval)
    case choice([String])
    /// Comma-separated widths, each in the range, at most `count` of them; `none` for no layer.
    case widths(ClosedRange<Int>, count: Int)
    case augmentation

    /// What is allowed, in words.
    public var allowed: String {
        switch self {
        case .whole(let range): return "a whole number in [\(range.lowerBound), \(range.upperBound)]"
        case .real(let interval): return "a number in \(interval.text)"
        case .choice(let words): return KnobParsing.oneOf(words)
        case .widths(let range, let count):
            return
                "widths in [\(range.lowerBound), \(range.upperBound)] separated by commas (at most \(count)), or none"
        case .augmentation: return Augmentation.allowed
        }
    }

    /// The words tab completion offers for a value (empty where the value is a number).
    public var choices: [String] {
        switch self {
        case .whole, .real: return []
        case .choice(let words): return words
        case .widths: return ["none"]
        case .augmentation: return Augmentation.modes
        }
    }

    /// The value `text` stands for, or an error saying what is allowed, with `set KNOB EXAMPLE`.
    func parse(_ text: String, knob: String, example: String) throws(HintedError) -> KnobValue {
        let hint = "e.g. set \(knob) \(example)"
        let trimmed = text.trimmingCharacters(in: String.whitespace)
        switch self {
        case .whole(let range):
            guard let value = Int(trimmed) else {
                throw HintedError("\(knob) must be \(allowed) (got \(KnobParsing.quoted(text)))", hint: hint)
            }
            guard range.contains(value) else {
                throw HintedError(
                    "\(knob) must be in [\(range.lowerBound), \(range.upperBound)] (got \(value))", hint: hint)
            }
            return .whole(value)
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
        case .widths(let range, let count):
            return .widths(try widths(trimmed, knob: knob, range: range, count: count, original: text, hint: hint))
        case .augmentation:
            return .augmentation(try Augmentation.parse(text))
        }
    }

    private func widths(
        _ text: String, knob: String, range: ClosedRange<Int>, count: Int, original: String,
        hint: String
    ) throws(HintedError) -> [Int] {
        let lowered = text.lowercased()
        if lowered == "none" || lowered == "0" { return [] }
        var widths: [Int] = []
        for (position, part) in lowered.split(separator: ",", omittingEmptySubsequences: false).enumerated() {
            let piece = part.trimmingCharacters(in: String.whitespace)
            guard let width = Int(piece), range.contains(width) else {
                let what = piece.isEmpty ? "an empty width" : KnobParsing.quoted(piece)
                throw HintedError(
                    "\(knob) must be \(allowed) (got \(what) at position \(position + 1) of \(KnobParsing.quoted(original)))",
                    hint: hint)
            }
            widths.append(width)
        }
        guard widths.count <= count else {
            throw HintedError("\(knob) allows at most \(count) hidden layers (got \(widths.count))", hint: hint)
        }
        return widths
    }
}
