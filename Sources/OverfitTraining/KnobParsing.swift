/// Parsers shared by the knob declarations: each error says what was wrong, what is allowed,
/// and gives a valid example, e.g. `dropout must be in [0, 1) (got 1.5); e.g. set dropout 0.2`.
enum KnobParsing {
    static func integer(_ text: String, knob: String, range: ClosedRange<Int>, example: String) throws(ConfigError) -> Int {
        guard let value = Int(text.trimmingSpaces) else {
            throw ConfigError("\(knob) must be a whole number in [\(range.lowerBound), \(range.upperBound)] (got \(quoted(text)))",
                              hint: "e.g. set \(knob) \(example)")
        }
        guard range.contains(value) else {
            throw ConfigError("\(knob) must be in [\(range.lowerBound), \(range.upperBound)] (got \(value))",
                              hint: "e.g. set \(knob) \(example)")
        }
        return value
    }

    /// A real number in `[low, high)` or `[low, high]`; NaN and infinities are never allowed.
    static func real(_ text: String, knob: String, low: Double, high: Double, highIncluded: Bool,
                     example: String) throws(ConfigError) -> Double {
        let interval = "[\(format(low)), \(high.isInfinite ? "∞" : format(high))\(highIncluded && !high.isInfinite ? "]" : ")")"
        guard let value = Double(text.trimmingSpaces), value.isFinite else {
            throw ConfigError("\(knob) must be a number in \(interval) (got \(quoted(text)))", hint: "e.g. set \(knob) \(example)")
        }
        let belowHigh = highIncluded ? value <= high : value < high
        guard value >= low && belowHigh else {
            throw ConfigError("\(knob) must be in \(interval) (got \(format(value)))", hint: "e.g. set \(knob) \(example)")
        }
        return value
    }

    static func choice(_ text: String, knob: String, choices: [String]) throws(ConfigError) -> String {
        let value = text.trimmingSpaces.lowercased()
        guard choices.contains(value) else {
            throw ConfigError("\(knob) must be one of \(choices.joined(separator: ", ")) (got \(quoted(text)))",
                              hint: "e.g. set \(knob) \(choices[0])")
        }
        return value
    }

    /// Hidden-layer widths: `100,100,100,100`; `none` (or `0`) for no hidden layer at all.
    static func widths(_ text: String) throws(ConfigError) -> [Int] {
        let trimmed = text.trimmingSpaces.lowercased()
        if trimmed == "none" || trimmed == "0" { return [] }
        let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
        var widths: [Int] = []
        for (position, part) in parts.enumerated() {
            let piece = String(part).trimmingSpaces
            guard let width = Int(piece), (1...4096).contains(width) else {
                let what = piece.isEmpty ? "an empty width" : quoted(piece)
                throw ConfigError("layers must be hidden widths in [1, 4096] separated by commas, or none (got \(what) at position \(position + 1) of \(quoted(text)))",
                                  hint: "e.g. set layers 100,100,100,100")
            }
            widths.append(width)
        }
        guard widths.count <= 12 else {
            throw ConfigError("layers allows at most 12 hidden layers (got \(widths.count))", hint: "e.g. set layers 100,100,100,100,100,100")
        }
        return widths
    }

    static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "`\(shown)`"
    }

    /// Shortest text that reads back as the same Double: `0.1`, not `0.10000000000000001`;
    /// `1e-6`, not Swift's `1e-06`.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = "\(value)"
        guard let marker = text.firstIndex(of: "e") else { return text }
        var exponent = text[text.index(after: marker)...]
        let sign = exponent.first == "-" || exponent.first == "+" ? String(exponent.removeFirst()) : ""
        while exponent.count > 1, exponent.first == "0" { exponent.removeFirst() }
        return text[..<marker] + "e" + (sign == "+" ? "" : sign) + exponent
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
