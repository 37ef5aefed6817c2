/// Whether two sets of seeds differ in one figure by more than seed-to-seed noise: Welch's t
/// interval for the difference of their means (no assumption that the two spreads are equal).
/// `compare` calls a difference clear when the 95% interval leaves out zero.
public struct WelchComparison: Equatable, Sendable {
    /// B's mean minus A's.
    public let difference: Double
    /// The standard error of `difference`: √(s²_A/n_A + s²_B/n_B).
    public let standardError: Double
    /// Welch–Satterthwaite degrees of freedom (nil when both spreads are zero).
    public let degrees: Double?
    /// The 95% interval's half-width (0 when both spreads are zero).
    public let halfWidth: Double
    /// The two-sided confidence level of the interval.
    public static let level = 0.95

    /// Needs at least two values on each side (a spread to measure).
    public init?(_ a: SeedSummary, _ b: SeedSummary) {
        guard a.count >= 2, b.count >= 2 else { return nil }
        let shareA = a.variance / Double(a.count), shareB = b.variance / Double(b.count)
        difference = b.mean - a.mean
        standardError = (shareA + shareB).squareRoot()
        guard shareA + shareB > 0 else {
            degrees = nil
            halfWidth = 0
            return
        }
        let degrees =
            (shareA + shareB) * (shareA + shareB)
            / (shareA * shareA / Double(a.count - 1) + shareB * shareB / Double(b.count - 1))
        self.degrees = degrees
        halfWidth = StudentT.quantile(1 - (1 - Self.level) / 2, degrees: degrees) * standardError
    }

    public var interval: ClosedRange<Double> { (difference - halfWidth)...(difference + halfWidth) }

    /// The interval leaves out zero: the difference is larger than seed noise explains.
    public var isClear: Bool { difference != 0 && !interval.contains(0) }

    /// Welch's t statistic (nil when both spreads are zero).
    public var t: Double? { standardError > 0 ? difference / standardError : nil }

    /// The two-sided p-value of `t` (what scipy.stats.ttest_ind(equal_var=False) reports).
    public var pValue: Double? {
        guard let t, let degrees else { return nil }
        return 2 * StudentT.cdf(-abs(t), degrees: degrees)
    }
}
