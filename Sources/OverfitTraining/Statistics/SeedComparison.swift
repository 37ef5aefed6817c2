/// Whether two runs' final test accuracies differ by more than seed-to-seed noise, by the one
/// method their seeds allow: Welch's t interval when both have two or more finished seeds,
/// else the interval single runs would have if they spread as `MeasuredSpread.defaults` did.
public struct SeedComparison: Sendable {
    public enum Method: Sendable {
        /// Both sides measured their own spread.
        case welch(WelchComparison)
        /// One seed on a side: the measured spread stands in for the missing one.
        case measured(MeasuredSpread, halfWidth: Double)
    }

    public let a: SeedSummary
    public let b: SeedSummary
    public let method: Method

    /// Nil when either side has no finished seed.
    public init?(_ a: [RunResult], _ b: [RunResult], spread: MeasuredSpread = .defaults) {
        guard let a = RepeatedRun(a).summary(\.testAccuracy), let b = RepeatedRun(b).summary(\.testAccuracy) else {
            return nil
        }
        self.a = a
        self.b = b
        if let welch = WelchComparison(a, b) {
            method = .welch(welch)
        } else {
            method = .measured(spread, halfWidth: spread.halfWidth(countA: a.count, countB: b.count))
        }
    }

    /// B's mean test accuracy minus A's.
    public var difference: Double { b.mean - a.mean }

    /// The 95% interval of the difference.
    public var interval: ClosedRange<Double> {
        switch method {
        case .welch(let welch): return welch.interval
        case .measured(_, let half): return (difference - half)...(difference + half)
        }
    }

    /// The interval leaves out zero.
    public var isClear: Bool { difference != 0 && !interval.contains(0) }
}
