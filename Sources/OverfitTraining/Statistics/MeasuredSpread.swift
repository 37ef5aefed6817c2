/// A seed-to-seed spread measured once and kept as data, for the comparisons that have only one
/// seed on a side and so no spread of their own to measure.
public struct MeasuredSpread: Sendable {
    /// What was measured, in English words a learner reads after "measured on". The tutor says
    /// it in the session's language from `trainSize` and `seeds` (`lessons/messages.txt`,
    /// `spread.defaults`); this stays for a reader without the lessons.
    public let how: String
    /// The training images of the measured run (the default `train_size`).
    public let trainSize: Int
    /// The seeds it was measured on.
    public let seeds: ClosedRange<UInt64>
    /// The final test accuracy of each of those seeds, in order.
    public let testAccuracies: [Double]

    public var summary: SeedSummary { SeedSummary(testAccuracies) }

    /// The defaults (the lab slides' baseline: 300 images, 100 epochs), seeds 0-29, measured on
    /// 2026-12-05 with `overfit run --json --set seed=N` (OVERFIT_THREADS=1; the figures are
    /// the same on every CPU). `MeasuredSpreadTests` re-runs two of the seeds and checks them.
    public static let defaults = MeasuredSpread(
        how: "the default 300-image run over seeds 0-29", trainSize: 300, seeds: 0...29,
        testAccuracies: [
            0.7543, 0.7875, 0.7712, 0.7576, 0.757, 0.7631, 0.7677, 0.7481, 0.786, 0.7643, 0.7782, 0.785, 0.7597, 0.756,
            0.7521, 0.7799, 0.7686, 0.7646, 0.7691, 0.7492, 0.7747, 0.7528, 0.7479, 0.7681, 0.7649, 0.7607, 0.7659,
            0.7617, 0.7639, 0.7462,
        ])

    /// The 95% half-width a difference between `countA` and `countB` seeds would have if both
    /// sides spread as this measurement did (Student's t on the measurement's degrees of freedom).
    public func halfWidth(countA: Int, countB: Int) -> Double {
        let degrees = Double(testAccuracies.count - 1)
        return StudentT.quantile(1 - (1 - WelchComparison.level) / 2, degrees: degrees)
            * summary.standardDeviation * (1 / Double(countA) + 1 / Double(countB)).squareRoot()
    }

    /// The fewest repeats (on both sides, at most `RunConfig.maximumRepeats`) whose Welch interval
    /// would leave out zero for a true difference of `difference`, if both sides spread as this
    /// measurement did; nil when even the most repeats would not.
    public func repeatsToSettle(_ difference: Double) -> Int? {
        let spread = summary.standardDeviation
        for repeats in 2...RunConfig.maximumRepeats {
            let degrees = Double(2 * repeats - 2)
            let half =
                StudentT.quantile(1 - (1 - WelchComparison.level) / 2, degrees: degrees) * spread
                * (2 / Double(repeats)).squareRoot()
            if abs(difference) > half { return repeats }
        }
        return nil
    }
}
