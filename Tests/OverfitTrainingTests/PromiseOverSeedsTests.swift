import Testing

@testable import OverfitTraining

/// An advice is kept over repeats only when its figure moved the promised way by more than seed
/// noise, by `compare`'s test (Welch's t, 95%): a move of the mean the promised way whose
/// interval holds zero is noise, not kept.
@Suite struct PromiseOverSeedsTests {
    /// Seeds that each end at `train` train accuracy and the matching `test` accuracy.
    static func seeds(train: [Double], test: [Double]) -> [RunResult] {
        zip(train, test).enumerated().map { index, pair in
            var config = RunConfig()
            config.seed = UInt64(index)
            let final = EpochMetrics(
                epoch: 1, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: pair.0, validationLoss: nil,
                validationAccuracy: nil, testLoss: 1, testAccuracy: pair.1, seconds: 0)
            return RunResult(
                config: config, history: [final], status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
                testPredictions: [], trainingImages: 300, totalSeconds: 0)
        }
    }

    static let before = seeds(train: [1, 1, 1], test: [0.75, 0.77, 0.76])

    @Test func aClearNarrowingIsKept() throws {
        // Gaps 0.25, 0.23, 0.24 before; 0.15, 0.14, 0.16 after: about 9 points narrower, clearly.
        let after = Self.seeds(train: [0.92, 0.92, 0.93], test: [0.77, 0.78, 0.77])
        let judged = try #require(PromiseOverSeeds(.gapNarrows, before: Self.before, after: after))
        #expect(judged.outcome == .kept)
        #expect(judged.figure.interval.upperBound < 0)
    }

    /// The mean gap narrows by a point, but the seeds spread by more: noise, not kept. A
    /// sign-only check (the single-seed rule) would call it kept.
    @Test func aNarrowingWithinNoiseIsNoise() throws {
        let after = Self.seeds(train: [1, 1, 1], test: [0.73, 0.79, 0.79])
        let judged = try #require(PromiseOverSeeds(.gapNarrows, before: Self.before, after: after))
        #expect(judged.figure.difference < 0)
        #expect(judged.figure.interval.contains(0))
        #expect(judged.outcome == .noise)
    }

    @Test func aClearWideningIsBroken() throws {
        let after = Self.seeds(train: [1, 1, 1], test: [0.65, 0.66, 0.64])
        let judged = try #require(PromiseOverSeeds(.gapNarrows, before: Self.before, after: after))
        #expect(judged.outcome == .broken)
    }

    /// The gap narrowed clearly only because test accuracy fell clearly, by more than a point.
    @Test func aNarrowingBoughtWithTestAccuracyIsNotKept() throws {
        let after = Self.seeds(train: [0.80, 0.81, 0.80], test: [0.70, 0.71, 0.70])
        let judged = try #require(PromiseOverSeeds(.gapNarrows, before: Self.before, after: after))
        #expect(judged.figure.isClear && judged.figure.difference < 0)
        #expect(judged.outcome == .costTestAccuracy)
    }

    @Test func testAccuracyRisingClearlyIsKeptAndFallingIsBroken() throws {
        let up = Self.seeds(train: [1, 1, 1], test: [0.80, 0.81, 0.82])
        #expect(PromiseOverSeeds(.testAccuracyRises, before: Self.before, after: up)?.outcome == .kept)
        let down = Self.seeds(train: [1, 1, 1], test: [0.70, 0.71, 0.72])
        #expect(PromiseOverSeeds(.testAccuracyRises, before: Self.before, after: down)?.outcome == .broken)
    }

    /// Every seed of both runs at one figure: nothing moved, which keeps no promise and is not noise.
    @Test func noSpreadAndNoMoveIsUnmoved() {
        let flat = Self.seeds(train: [1, 1], test: [0.76, 0.76])
        #expect(PromiseOverSeeds(.gapNarrows, before: flat, after: flat)?.outcome == .unmoved)
    }

    /// One seed on a side has no spread of its own, and NaN is not a figure: no judgement.
    @Test func oneSeedOrNoFigureIsNotJudged() {
        let one = Self.seeds(train: [1], test: [0.9])
        #expect(PromiseOverSeeds(.gapNarrows, before: Self.before, after: one) == nil)
        #expect(PromiseOverSeeds(.finishesWithoutNaN, before: Self.before, after: Self.before) == nil)
    }
}
