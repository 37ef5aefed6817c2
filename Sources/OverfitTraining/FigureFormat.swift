/// How figures are written for people, in one place: `76.37%`, `+23.63` (points), `0.0002`.
///
/// Halves round away from zero, as people round: 54,003 of 60,000 is 90.005%, written 90.01%.
/// A half that binary arithmetic stored a hair below (0.90005 is 0.900049999… as a Double) still
/// counts as one: accuracies are ratios of counts, whose digits lie much further from a half
/// than a Double's error.
public enum FigureFormat {
    /// `value` with `digits` decimals; `signed` puts `+` before values that are not negative.
    public static func fixed(_ value: Double, digits: Int, signed: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = abs(value) * scale
        // Beyond 2^53 every Double is a whole number: nothing left to round.
        guard scaled < 9e15 else { return "\(value)" }
        var units = scaled.rounded(.down)
        if scaled - units >= 0.5 - scaled * 1e-12 { units += 1 }
        let count = Int(units), whole = count / Int(scale), fraction = count % Int(scale)
        let fractionText = String(fraction)
        let decimals =
            digits == 0 ? "" : "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        let sign = value < 0 && units > 0 ? "-" : (signed ? "+" : "")
        return sign + String(whole) + decimals
    }

    /// A fraction as a percentage with two decimals: `0.7637` → `76.37%`.
    public static func percent(_ value: Double) -> String {
        value.isFinite ? fixed(value * 100, digits: 2) + "%" : "NaN"
    }

    /// A difference of two fractions in percentage points, two decimals: `0.2363` → `+23.63`.
    public static func points(_ value: Double, signed: Bool = true) -> String {
        fixed(value * 100, digits: 2, signed: signed)
    }
}
