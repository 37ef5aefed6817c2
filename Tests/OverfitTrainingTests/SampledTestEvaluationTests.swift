import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// `TestEvaluation.sampled`: the first N test images each epoch, all of them for the network the
/// run hands back. Evaluation never changes training, so a sampled run and a full one share
/// every training figure and their final networks, which must measure the same.
@Suite struct SampledTestEvaluationTests {
    func pair(_ pairs: [(String, String)]) throws -> (all: RunResult, sampled: RunResult) {
        let trainer = Trainer(data: TrainerTests.tinyData())
        let config = try TrainerTests.config(pairs)
        var sampled = config
        sampled.testEvaluation = .sampled(first: 30)
        return (try trainer.run(config), try trainer.run(sampled))
    }

    @Test func epochsMeasureTheSampleAndTheLastMeasuresAll() throws {
        let (all, sampled) = try pair([])
        #expect(sampled.history.dropLast().allSatisfy { $0.sampledTestImages == 30 })
        #expect(
            sampled.history.last?.sampledTestImages == nil && all.history.allSatisfy { $0.sampledTestImages == nil })
        #expect(sampled.history.map(\.trainLoss) == all.history.map(\.trainLoss))
        #expect(
            sampled.final?.testAccuracy == all.final?.testAccuracy && sampled.final?.testLoss == all.final?.testLoss)
        #expect(sampled.testPredictions == all.testPredictions)
        // The sample is really 30 images: accuracies are multiples of 1/30.
        #expect(sampled.history.dropLast().allSatisfy { ($0.testAccuracy * 30).rounded() == $0.testAccuracy * 30 })
    }

    /// Early stopping hands back an earlier epoch's weights: that epoch is measured on all.
    @Test func theRestoredEpochIsMeasuredOnAll() throws {
        let (all, sampled) = try pair([("val_size", "50"), ("patience", "2"), ("epochs", "40"), ("layers", "64")])
        let restored = try #require(sampled.restoredEpoch)
        #expect(restored == all.restoredEpoch)
        let figures = try #require(sampled.final), expected = try #require(all.final)
        #expect(figures.epoch == restored && figures.sampledTestImages == nil)
        #expect(figures.testAccuracy == expected.testAccuracy && figures.testLoss == expected.testLoss)
        #expect(sampled.testPredictions == all.testPredictions)
        #expect(sampled.history.filter { $0.epoch != restored }.allSatisfy { $0.sampledTestImages == 30 })
    }

    /// A cancelled run's weights are past its last epoch: its figures stay sampled, and say so.
    @Test func aCancelledRunKeepsItsSampledFigures() throws {
        var config = try TrainerTests.config([("epochs", "50")])
        config.testEvaluation = .sampled(first: 30)
        var seen = 0
        let result = try Trainer(data: TrainerTests.tinyData()).run(
            config, onEvent: { if case .epochFinished = $0 { seen += 1 } },
            isCancelled: { seen >= 2 })
        #expect(result.status == .cancelled && result.history.map(\.sampledTestImages) == [30, 30])
    }

    @Test func theWorkloadCountsTheSample() throws {
        var config = try TrainerTests.config([])
        let full = Workload(config: config, testImages: 100)
        config.testEvaluation = .sampled(first: 30)
        let sampled = Workload(config: config, testImages: 100)
        let perImage = full.evaluationFLOP / Double(5 * (200 + 100))
        #expect(sampled.evaluationFLOP == perImage * Double(5 * 200 + 5 * 30 + 100))
    }
}
