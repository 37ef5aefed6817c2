import Testing

@testable import OverfitTraining

/// The statistics `compare` rests on, against scipy 1.17.1 (`scipy.stats.t.ppf`, `t.cdf` and
/// `ttest_ind(b, a, equal_var=False)` with its `confidence_interval(0.95)`), computed on this
/// machine for the fixed values below.
@Suite struct StatisticsTests {
    static func close(_ a: Double, _ b: Double, within tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test(arguments: [
        (0.975, 1.0, 12.706204736174694), (0.975, 2.0, 4.302652729749462), (0.975, 3.0, 3.1824463052837078),
        (0.975, 3.3, 3.024874461840807), (0.975, 4.5, 2.6589123472044034), (0.975, 10.0, 2.228138851986274),
        (0.975, 29.0, 2.045229642132703), (0.975, 100.0, 1.9839715185235518), (0.9, 5.0, 1.4758840488244815),
        (0.995, 7.0, 3.4994832973504924), (0.6, 1.5, 0.30074539256979543),
    ])
    func tQuantilesMatchScipy(p: Double, degrees: Double, scipy: Double) {
        let ours = StudentT.quantile(p, degrees: degrees)
        #expect(Self.close(ours, scipy), "t.ppf(\(p), \(degrees)): ours \(ours), scipy \(scipy)")
        #expect(Self.close(StudentT.quantile(1 - p, degrees: degrees), -scipy), "the lower tail is the mirror")
    }

    @Test(arguments: [
        (1.5, 2.5, 0.8760817734568519), (-2.0, 8.0, 0.04025811897863131), (0.3, 1.0, 0.5927735790777423),
        (4.0, 3.3, 0.9882939238562152), (-0.7, 50.0, 0.24358582049437316),
    ])
    func tDistributionMatchesScipy(t: Double, degrees: Double, scipy: Double) {
        let ours = StudentT.cdf(t, degrees: degrees)
        #expect(Self.close(ours, scipy, within: 1e-10), "t.cdf(\(t), \(degrees)): ours \(ours), scipy \(scipy)")
    }

    struct WelchCase: Sendable {
        let a: [Double], b: [Double]
        let difference: Double, t: Double, degrees: Double, p: Double, low: Double, high: Double
    }

    @Test(arguments: [
        // Unequal counts (4 and 5 seeds): the default run's test accuracies on seeds 0-3 and 5-9.
        WelchCase(
            a: [0.7543, 0.7875, 0.7712, 0.7576], b: [0.7631, 0.7677, 0.7481, 0.786, 0.7643],
            difference: -0.0018099999999998673, t: -0.186808743889046, degrees: 6.180153849141845,
            p: 0.8577927536833472, low: -0.02535173876913585, high: 0.021731738769136116),
        // Unequal spreads: the degrees of freedom fall well below n_A + n_B - 2 = 5.
        WelchCase(
            a: [0.10, 0.12, 0.11], b: [0.20, 0.35, 0.29, 0.22], difference: 0.15500000000000003,
            t: 4.459008703814074, degrees: 3.1688018085908065, p: 0.01869204251001115,
            low: 0.04763491221986234, high: 0.26236508778013773),
        // Two seeds a side with a large difference and about one degree of freedom: still not clear.
        WelchCase(
            a: [0.7543, 0.7875], b: [0.9370, 0.9351], difference: 0.16515000000000013, t: 9.932543198351727,
            degrees: 1.0065502273141802, p: 0.06300321266067568, low: -0.042896741893353435,
            high: 0.3731967418933537),
    ])
    func welchMatchesScipy(_ expected: WelchCase) throws {
        let welch = try #require(WelchComparison(SeedSummary(expected.a), SeedSummary(expected.b)))
        #expect(Self.close(welch.difference, expected.difference, within: 1e-12))
        #expect(Self.close(try #require(welch.t), expected.t), "t")
        #expect(Self.close(try #require(welch.degrees), expected.degrees), "degrees of freedom")
        #expect(Self.close(try #require(welch.pValue), expected.p), "p-value")
        #expect(Self.close(welch.interval.lowerBound, expected.low), "interval low: \(welch.interval)")
        #expect(Self.close(welch.interval.upperBound, expected.high), "interval high: \(welch.interval)")
        #expect(welch.isClear == (expected.low > 0 || expected.high < 0))
    }

    /// Hand-computed: 1, 2, 3, 4 has mean 2.5 and sample variance (2.25+0.25+0.25+2.25)/3 = 5/3.
    @Test func summaryUsesTheSampleVariance() {
        let summary = SeedSummary([1, 2, 3, 4])
        #expect(summary.mean == 2.5)
        #expect(Self.close(summary.variance, 5.0 / 3.0, within: 1e-15))
        #expect(summary.minimum == 1 && summary.maximum == 4)
        #expect(SeedSummary([0.75]).standardDeviation == 0, "one seed has no spread")
    }

    /// No spread on either side: any difference is clear, none is not.
    @Test func zeroSpreadIsClearOnlyWhenTheMeansDiffer() throws {
        let same = try #require(WelchComparison(SeedSummary([0.5, 0.5]), SeedSummary([0.5, 0.5])))
        #expect(!same.isClear)
        let apart = try #require(WelchComparison(SeedSummary([0.5, 0.5]), SeedSummary([0.6, 0.6])))
        #expect(apart.isClear)
        #expect(WelchComparison(SeedSummary([0.5]), SeedSummary([0.6, 0.7])) == nil, "one seed: no Welch")
    }

    /// The measured spread: 30 seeds, and the repeats it would take grow as the difference shrinks.
    @Test func measuredSpreadSettlesLargerDifferencesSooner() throws {
        let spread = MeasuredSpread.defaults
        #expect(spread.testAccuracies.count == Int(spread.seeds.count))
        let sd = spread.summary.standardDeviation
        #expect(sd > 0.005 && sd < 0.03, "the default run's spread is about a point or two: \(sd)")
        let big = try #require(spread.repeatsToSettle(3 * sd))
        let small = try #require(spread.repeatsToSettle(1.5 * sd))
        #expect(big < small)
        #expect(spread.repeatsToSettle(0.2 * sd) == nil, "a fifth of the spread needs more than 10 repeats")
        // One seed a side: t(29) · sd · √2.
        #expect(Self.close(spread.halfWidth(countA: 1, countB: 1), 2.045229642132703 * sd * 2.0.squareRoot()))
    }
}
