/// Small text helpers for knob values and the errors about them.
public enum KnobParsing {
    /// What a learner typed, in backticks, cut at 40 characters: `` `rmsprop` ``.
    public static func quoted(_ text: String) -> String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "`\(shown)`"
    }

    /// `a`, `a or b`, `a, b or c`.
    public static func oneOf(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// Shortest text that reads back as the same Double: `0.1`, not `0.10000000000000001`;
    /// `1e-6`, not Swift's `1e-06`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = "\(value)"
        guard let marker = text.firstIndex(of: "e") else { return text }
        var exponent = text[text.index(after: marker)...]
        let sign = exponent.first == "-" || exponent.first == "+" ? String(exponent.removeFirst()) : ""
        while exponent.count > 1, exponent.first == "0" { exponent.removeFirst() }
        return text[..<marker] + "e" + (sign == "+" ? "" : sign) + exponent
    }
}
