import Foundation
import OverfitLessons
import OverfitTraining
import Testing

/// `check-lessons` on a lesson over tiny data: the planned runs with the seed checked, a row
/// per claim, and the report in its three forms.
@Suite struct LessonCheckTests {
    static let lesson = """
        lesson: 4
        title: Tiny
        goal: g
        sources: s
        start: train_size=200 layers=32 epochs=3
        run: base
        do: set epochs 1 dropout 0.5
        run: short
        claim: short.epochs < base.epochs
        claim: base.training_images == 200
        claim: short.train_acc > 1
        claim: base.epochs in [1, 2]
        """

    static func check(seed: UInt64, cancelAfterRuns: Int = .max) throws -> LessonCheck.Checked {
        let lesson = try LessonParser.parse(Self.lesson, file: "tiny.lesson", stepCommands: stepCommands)
        var started = 0
        return try LessonCheck(trainer: Trainer(data: TinyData.shared)).check(
            lesson, seed: seed, onRun: { _ in started += 1 },
            isCancelled: { started > cancelAfterRuns })
    }

    @Test func runsThePlanWithTheSeedAndChecksEveryClaim() throws {
        let checked = try Self.check(seed: 7)
        #expect(checked.lesson == 4 && checked.seed == 7)
        #expect(checked.runs.map(\.name) == ["base", "short"])
        #expect(checked.runs.map(\.result.config.seed) == [7, 7])
        #expect(checked.runs.map(\.result.history.count) == [3, 1])
        #expect(checked.runs[1].result.config.dropout == 0.5 && checked.runs[0].result.config.dropout == 0)
        #expect(
            checked.rows.map(\.claim) == [
                "short.epochs < base.epochs", "base.training_images == 200", "short.train_acc > 1",
                "base.epochs in [1, 2]",
            ])
        #expect(checked.rows.map { $0.outcome?.held } == [true, true, false, false])
        #expect(checked.rows[0].outcome?.figures == "1 < 3")
        #expect(checked.rows[1].outcome?.figures == "200 == 200")
        #expect(checked.rows[3].outcome?.figures == "3 in [1, 2]")
    }

    @Test func aDifferentSeedTrainsADifferentNetwork() throws {
        let a = try Self.check(seed: 1), b = try Self.check(seed: 2)
        #expect(a.runs[0].result.history.map(\.trainLoss) != b.runs[0].result.history.map(\.trainLoss))
    }

    /// Stopped after the first run: the claims that need the second have no outcome.
    @Test func aCancelledCheckLeavesClaimsWithoutAResult() throws {
        let checked = try Self.check(seed: 0, cancelAfterRuns: 1)
        #expect(checked.runs.map(\.name) == ["base"])
        #expect(checked.rows.map { $0.outcome?.held } == [nil, true, nil, false])
    }

    @Test func theReportAsTextMarkdownAndJSON() throws {
        let lesson = try LessonParser.parse(Self.lesson, file: "tiny.lesson", stepCommands: stepCommands)
        let checks = [try Self.check(seed: 0), try Self.check(seed: 1, cancelAfterRuns: 1)]
        let report = LessonCheckReport(checks: checks, lessons: [lesson], seeds: [0, 1])
        #expect(report.failures == 5 && report.claimCount == 4)
        #expect(
            report.text() == """
                lesson 4 Tiny: short.epochs < base.epochs
                  seed 0: held: the number of epochs of `short` is lower than `base`'s: 1 vs 3
                  seed 1: no result (a run it needs did not finish)
                lesson 4 Tiny: base.training_images == 200
                  seed 0: held: the number of training images of `base` is equal to 200: 200
                  seed 1: held: the number of training images of `base` is equal to 200: 200
                lesson 4 Tiny: short.train_acc > 1
                  seed 0: FAILED: train accuracy of `short` is higher than 100.00%: \(FigureFormat.percent(checks[0].runs[1].result.final?.trainAccuracy ?? -1))
                  seed 1: no result (a run it needs did not finish)
                lesson 4 Tiny: base.epochs in [1, 2]
                  seed 0: FAILED: the number of epochs of `base` is between 1 and 2: 3
                  seed 1: FAILED: the number of epochs of `base` is between 1 and 2: 3
                3 of 8 claim checks held

                """)
        #expect(
            report.markdown().hasPrefix(
                "| lesson | claim | in words (seed 0) | seed 0 | seed 1 |\n|---|---|---|---|---|\n"
                    + "| 4 Tiny | `short.epochs < base.epochs` | the number of epochs of `short` is lower than `base`'s: 1 vs 3 "
                    + "| held 1 vs 3 | no result |\n"
            ))
        #expect(report.markdown().hasSuffix("\n\n3 of 8 claim checks held.\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "overfit-check/1" && json["seeds"] as? [Int] == [0, 1])
        #expect(json["held"] as? Int == 3 && json["checked"] as? Int == 8)
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.count == 8)
        #expect(
            claims[0] as NSDictionary == [
                "lesson": 4, "title": "Tiny", "claim": "short.epochs < base.epochs", "seed": 0,
                "held": true, "figures": "1 < 3",
                "sentence": "the number of epochs of `short` is lower than `base`'s: 1 vs 3",
            ] as NSDictionary)
        #expect(claims[4]["held"] is NSNull && claims[4]["figures"] is NSNull, "seed 1's first claim has no result")
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.map { "\($0["seed"] ?? "") \($0["name"] ?? "")" } == ["0 base", "0 short", "1 base"])
        let first = try #require(runs.first?["result"] as? [String: Any])
        #expect(first["schema"] as? String == "overfit-run/1" && (first["history"] as? [Any])?.count == 3)
    }

    /// With `repeats 3` a planned run is seeds 5, 6 and 7, each the single run of its seed
    /// (taken from the cache when an earlier run made it), and the seed figures read all three.
    @Test func aRepeatedRunChecksEverySeed() throws {
        let text = """
            lesson: 5
            title: Seeds
            goal: g
            sources: s
            start: train_size=200 layers=32 epochs=2
            run: one
            do: set repeats 3
            run: three
            claim: three.max_test_acc >= three.min_test_acc
            """
        let lesson = try LessonParser.parse(text, file: "seeds.lesson", stepCommands: stepCommands)
        let trainer = Trainer(data: TinyData.shared)
        let checked = try LessonCheck(trainer: trainer).check(lesson, seed: 5)
        #expect(checked.runs.map(\.seeds.count) == [1, 3])
        let seeds = checked.runs[1].seeds
        #expect(seeds.map(\.config.seed) == [5, 6, 7] && seeds.allSatisfy { $0.config.repeats == 1 })
        #expect(seeds[0].history.map(\.trainLoss) == checked.runs[0].result.history.map(\.trainLoss))
        var alone = seeds[2].config
        alone.seed = 7
        let single = try trainer.run(alone)
        #expect(single.history.map(\.testAccuracy) == seeds[2].history.map(\.testAccuracy), "a seed is its single run")
        let figures = RunFigures(checked.runs[1].result, seeds: seeds)
        let tests = seeds.compactMap { $0.final?.testAccuracy }
        #expect(figures.value(.meanTestAccuracy) == (tests[0] + tests[1] + tests[2]) / 3)
        #expect(figures.value(.minTestAccuracy) == tests.min() && figures.value(.maxTestAccuracy) == tests.max())
        #expect(figures.value(.testAccuracyRange) == (tests.max() ?? 0) - (tests.min() ?? 0))
        #expect(figures.value(.seeds) == 3 && RunFigures(seeds[0]).value(.testAccuracyRange) == 0)
        #expect(checked.rows.map { $0.outcome?.held } == [true])
    }

    /// The seed figures by hand, on seeds whose first is neither the lowest nor the highest.
    @Test func seedFiguresByHand() {
        func run(seed: UInt64, test: Double) -> RunResult {
            var config = RunConfig()
            config.seed = seed
            let final = EpochMetrics(
                epoch: 1, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: 1, validationLoss: nil,
                validationAccuracy: nil, testLoss: 0.5, testAccuracy: test, seconds: 0)
            return RunResult(
                config: config, history: [final], status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
                testPredictions: [], trainingImages: 300, totalSeconds: 0)
        }
        let seeds = [run(seed: 0, test: 0.75), run(seed: 1, test: 0.70), run(seed: 2, test: 0.80)]
        let figures = RunFigures(seeds[0], seeds: seeds)
        #expect(figures.value(.testAccuracy) == 0.75, "the plain figure stays the first seed's")
        #expect(figures.value(.meanTestAccuracy) == (0.75 + 0.70 + 0.80) / 3)
        #expect(figures.value(.minTestAccuracy) == 0.70 && figures.value(.maxTestAccuracy) == 0.80)
        #expect(abs((figures.value(.testAccuracyRange) ?? 0) - 0.10) < 1e-12)
        #expect(RunFigure.testAccuracyRange.format(0.10) == "10.00 points")
        var cancelled = seeds
        cancelled[1].status = .cancelled
        cancelled[1].history = []
        #expect(RunFigures(seeds[0], seeds: cancelled).value(.meanTestAccuracy) == nil, "a seed without a figure")
    }
}
