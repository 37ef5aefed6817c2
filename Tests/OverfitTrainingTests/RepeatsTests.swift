import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// Runs with `repeats`: the seeds trained side by side give the bits of the same seeds run one by
/// one, and `SeedComparison` calls a null difference noise and a large one clear. Short runs on
/// the real MNIST (few epochs, the first 500 test images per epoch) to keep CI cheap.
@Suite(.serialized) struct RepeatsTests {
    static func trainer() throws -> Trainer {
        Trainer(data: try #require(RealData.shared, "MNIST not found in \(RealData.directory)"))
    }

    static func config(_ settings: [(String, String)]) throws -> RunConfig {
        var config = RunConfig()
        for (name, value) in [("epochs", "10"), ("test_eval", "500")] + settings { try config.set(name, to: value) }
        return config
    }

    /// Every bit of a run that a session records: each epoch's figures, the ending, the predictions.
    static func bits(_ result: RunResult) -> [UInt64] {
        let figures = result.history.flatMap { metrics in
            [
                metrics.trainLoss, metrics.trainPenalty, metrics.trainAccuracy, metrics.testLoss,
                metrics.testAccuracy, metrics.validationLoss ?? -1, metrics.validationAccuracy ?? -1,
            ].map(\.bitPattern) + [UInt64(metrics.sampledTestImages ?? 0)]
        }
        return figures + result.testPredictions.map(UInt64.init) + [UInt64(result.history.count)]
    }

    /// Three seeds on two workers (so two train at once, each single-threaded), against each
    /// seed trained alone with the process's threads: the same bits. Dropout and random subsets
    /// make every seed draw from its own generators.
    @Test func repeatsGiveTheBitsOfTheSeedsRunOneByOne() throws {
        let trainer = try Self.trainer()
        let config = try Self.config([
            ("repeats", "3"), ("seed", "7"), ("dropout", "0.2"), ("subset", "random"), ("epochs", "4"),
        ])
        var finishedOrder: [Int] = []
        let together = try SeedRunner(trainer: trainer, workers: 2).run(config.seedConfigs) { report in
            if case .finished(let seed, _) = report { finishedOrder.append(seed) }
        }
        #expect(together.map(\.config.seed) == [7, 8, 9])
        #expect(finishedOrder.sorted() == [0, 1, 2], "each seed reported once as it finished")
        for (member, result) in zip(config.seedConfigs, together) {
            let alone = try trainer.run(member)
            #expect(Self.bits(result) == Self.bits(alone), "seed \(member.seed) differs when trained beside others")
            #expect(result.config == member && member.repeats == 1)
        }
    }

    /// A replay re-makes a cancelled repeated run seed by seed: each seed given a stop ends
    /// cancelled after exactly that many epochs, side by side on two workers as one at a time,
    /// and its epochs are the bits of the same seed's first epochs run to the end.
    @Test(arguments: [1, 2]) func eachSeedStopsAtItsOwnRecordedEpoch(workers: Int) throws {
        let trainer = try Self.trainer()
        let config = try Self.config([("repeats", "3"), ("seed", "3"), ("epochs", "4"), ("train_size", "100")])
        let stopped = try SeedRunner(trainer: trainer, workers: workers).run(config.seedConfigs, stops: [2, nil, 0])
        #expect(stopped.map(\.history.count) == [2, 4, 0])
        #expect(stopped.map(\.status) == [.cancelled, .finished, .cancelled])
        let whole = try trainer.run(config.seedConfigs[0])
        #expect(stopped[0].history.map(\.testLoss.bitPattern) == whole.history.prefix(2).map(\.testLoss.bitPattern))
    }

    /// The stored spread is what the engine gives: seeds 28 and 29 of the defaults, trained side
    /// by side, end at the stored test accuracies.
    @Test func measuredSpreadIsReproduced() throws {
        var config = RunConfig()
        config.seed = 28
        config.repeats = 2
        let results = try SeedRunner(trainer: try Self.trainer(), workers: 2).run(config.seedConfigs)
        let stored = MeasuredSpread.defaults.testAccuracies.suffix(2)
        #expect(results.map { $0.final?.testAccuracy ?? -1 } == Array(stored))
    }

    /// The same knobs on twenty pairs of disjoint seed ranges (3 seeds a side): a null
    /// difference. A 95% interval leaves out zero about once in twenty by chance; the tutor
    /// must call it noise in at least 19 of the 20.
    @Test func aNullComparisonIsWithinNoise() throws {
        let runner = SeedRunner(trainer: try Self.trainer())
        var config = try Self.config([("repeats", "6")])
        var noise = 0
        var calls: [String] = []
        for pair in 0..<20 {
            config.seed = UInt64(6 * pair)
            let results = try runner.run(config.seedConfigs)
            let comparison = try #require(SeedComparison(Array(results[0..<3]), Array(results[3..<6])))
            if !comparison.isClear { noise += 1 }
            calls.append(
                "seeds \(6 * pair)-\(6 * pair + 5): \(comparison.isClear ? "clear" : "noise") \(comparison.interval)")
        }
        #expect(noise >= 19, "\(noise) of 20 null comparisons within noise:\n\(calls.joined(separator: "\n"))")
    }

    /// 300 against 3,000 training images, 3 seeds a side, four seed ranges: always clear, in
    /// the right direction.
    @Test func aLargeEffectIsClear() throws {
        let runner = SeedRunner(trainer: try Self.trainer())
        for start in stride(from: 0, to: 12, by: 3) {
            var small = try Self.config([("repeats", "3")])
            small.seed = UInt64(start)
            var large = small
            large.trainSize = 3000
            let comparison = try #require(
                SeedComparison(try runner.run(small.seedConfigs), try runner.run(large.seedConfigs)))
            #expect(
                comparison.isClear && comparison.difference > 0,
                "seeds \(start)-\(start + 2): \(comparison.difference) in \(comparison.interval)")
        }
    }

    /// Ctrl-C stops every seed: each ends cancelled, and none trains to the end.
    @Test func cancellingStopsEverySeed() throws {
        let config = try Self.config([("repeats", "4"), ("epochs", "50")])
        var epochs = 0
        let results = try SeedRunner(trainer: try Self.trainer(), workers: 2).run(
            config.seedConfigs,
            onReport: { report in if case .event(_, .epochFinished) = report { epochs += 1 } },
            isCancelled: { epochs >= 2 })
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0.status == .cancelled && $0.history.count < 50 })
    }
}
