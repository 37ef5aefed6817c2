/// One-line curves: ▁▂▃▄▅▆▇█ (or `_.-:=+*#` in ASCII), one character per epoch or per span of
/// epochs when the run is longer than the room there is.
public enum Sparkline {
    static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", ".", "-", ":", "=", "+", "*", "#"]

    /// Draws `values` (value i belongs to epoch i+1) on an axis of `axisEpochs` epochs squeezed
    /// into at most `maxColumns` characters, scaled to `range` (the values' own range if nil).
    /// Epochs beyond the values (a shorter run on a shared axis) are left blank; NaN and
    /// infinities are drawn as `×` (`x`).
    public static func render(
        _ values: [Double], axisEpochs: Int? = nil, maxColumns: Int,
        range: ClosedRange<Double>? = nil, unicode: Bool = true
    ) -> String {
        let axis = max(axisEpochs ?? values.count, values.count)
        guard axis > 0, maxColumns > 0 else { return "" }
        let columns = min(axis, maxColumns)
        let scale = range ?? Self.range(of: [values]) ?? 0...1
        let levels = unicode ? unicodeLevels : asciiLevels
        var out = ""
        for column in 0..<columns {
            guard let value = sample(values, column: column, columns: columns, axis: axis) else {
                out.append(" ")
                continue
            }
            guard value.isFinite else {
                out.append(unicode ? "×" : "x")
                continue
            }
            out.append(levels[level(value, in: scale, count: levels.count)])
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The smallest range holding every finite value of every series, or nil if there is none.
    public static func range(of series: [[Double]]) -> ClosedRange<Double>? {
        let finite = series.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }

    /// The value a column stands for: the last epoch of its span (a curve's value where the span
    /// ends), NaN if any epoch of the span diverged, nil past the end of the values.
    static func sample(_ values: [Double], column: Int, columns: Int, axis: Int) -> Double? {
        let low = column * axis / columns
        let high = max(low + 1, (column + 1) * axis / columns)
        guard low < values.count else { return nil }
        let span = values[low..<min(high, values.count)]
        if span.contains(where: { !$0.isFinite }) { return .nan }
        return span.last
    }

    static func level(_ value: Double, in range: ClosedRange<Double>, count: Int) -> Int {
        let extent = range.upperBound - range.lowerBound
        guard extent > 0 else { return count / 2 }
        let fraction = (value - range.lowerBound) / extent
        return min(count - 1, max(0, Int((fraction * Double(count - 1)).rounded())))
    }
}
