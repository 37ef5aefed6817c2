/// A range of real numbers, each end open or closed: `[0, 1)`, `(0, 180)`, `[1e-6, 10]`. The
/// check and the words for it come from the same value, so a range is written once.
public struct Interval: Equatable, Sendable {
    public let low: Double
    public let high: Double
    public let includesLow: Bool
    public let includesHigh: Bool

    public init(_ low: Double, _ high: Double, includesLow: Bool = true, includesHigh: Bool = true) {
        self.low = low
        self.high = high
        self.includesLow = includesLow
        self.includesHigh = includesHigh
    }

    /// `[low, high)`: probabilities such as dropout, where 1 would drop everything.
    public static func upTo(_ low: Double, _ high: Double) -> Interval {
        Interval(low, high, includesHigh: false)
    }

    public func contains(_ value: Double) -> Bool {
        (includesLow ? value >= low : value > low) && (includesHigh ? value <= high : value < high)
    }

    /// `[0, 1)`, in the shortest text that reads back as the same numbers.
    public var text: String {
        (includesLow ? "[" : "(") + KnobParsing.format(low) + ", " + KnobParsing.format(high)
            + (includesHigh ? "]" : ")")
    }
}
