import OverfitTraining
import Testing
@testable import OverfitTutor

/// The diagnosis in words must match the history it describes: each case from a hand-made one.
@Suite struct DiagnosisWordsTests {
    /// One epoch per (train accuracy, test accuracy, test loss).
    static func result(_ epochs: [(train: Double, test: Double, testLoss: Double)], config: RunConfig = RunConfig(),
                       restoredEpoch: Int? = nil) -> RunResult {
        let history = epochs.enumerated().map { index, e in
            EpochMetrics(epoch: index + 1, trainLoss: 0.5, trainPenalty: 0, trainAccuracy: e.train, validationLoss: nil,
                         validationAccuracy: nil, testLoss: e.testLoss, testAccuracy: e.test, seconds: 0)
        }
        return RunResult(config: config, history: history, status: .finished, restoredEpoch: restoredEpoch,
                         stoppedEarlyAfterEpoch: restoredEpoch.map { _ in epochs.count }, testPredictions: [],
                         trainingImages: 300, totalSeconds: 1)
    }

    func words(_ result: RunResult) -> String { DiagnosisWords.describe(Diagnosis(result), config: result.config) }

    @Test func aRunThatClimbsThenCollapsesIsUnstableNotUnderfitting() {
        var config = RunConfig()
        config.batchSize = 1
        let text = words(Self.result([(0.3, 0.27, 2), (0.58, 0.48, 1.5), (0.22, 0.2, 2.1), (0.11, 0.1, 2.3)], config: config))
        #expect(text.hasPrefix("Unstable: train accuracy reached 58.00% at epoch 2, then fell to 11.00% at epoch 4"))
        #expect(text.hasSuffix("lower the learning rate (e.g. set lr 0.01) or use larger batches."))
    }

    @Test func underfittingAdvisesOnlyWhatCanHelp() {
        let bare = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)]))
        #expect(bare.hasSuffix("Try more epochs (train accuracy was still rising), or another lr."))
        let flat = words(Self.result([(0.6, 0.58, 1.5), (0.6, 0.58, 1.2)]))
        #expect(flat.hasSuffix("Try another lr."), "no more epochs for a run that stopped improving")
        var regularised = RunConfig()
        regularised.dropout = 0.5
        let braked = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: regularised))
        #expect(braked.contains("less regularisation (lower dropout)"))
        var hot = RunConfig()
        hot.learningRate = 1
        #expect(words(Self.result([(0.11, 0.1, 2.3), (0.12, 0.1, 2.3)], config: hot)).hasSuffix("a smaller lr (e.g. set lr 0.1)."))
        var cold = RunConfig()
        cold.learningRate = 0.0001
        #expect(words(Self.result([(0.11, 0.1, 2.3), (0.12, 0.1, 2.3)], config: cold)).hasSuffix("a larger lr (e.g. set lr 0.001)."))
        var adam = RunConfig()
        adam.optimizer = .adam
        adam.learningRate = 0.001
        #expect(words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: adam)).hasSuffix("or another lr."))
    }

    @Test func afterTheTurnTheAccuracySentenceFollowsTheAccuracy() {
        let rose = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.75, 1.2)]))
        #expect(rose.contains("test accuracy still went from 70.00% to 75.00%, but the network grew confidently wrong"))
        let fell = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.65, 1.2)]))
        #expect(fell.contains("test accuracy ended lower too, at 65.00% against 70.00% at epoch 2."))
        let held = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.80, 0.9), (1, 0.7004, 1.2)]))
        #expect(held.contains("test accuracy ended where it was at epoch 2 (70.04%) while the network grew confidently wrong on the test images it misses (its best, 80.00%, came at epoch 3)."))
    }

    /// Raw test pixels make evaluated accuracies jump by themselves: not the steps' fault.
    @Test func aDistortedEvaluationIsNeverCalledUnstable() {
        var raw = RunConfig()
        raw.evaluationPixels = .raw
        let history: [(train: Double, test: Double, testLoss: Double)] = [(0.3, 0.27, 2), (0.58, 0.48, 1.5), (0.22, 0.2, 2.1), (0.41, 0.3, 2.3)]
        #expect(Diagnosis(Self.result(history, config: raw)).verdict != .unstable)
        #expect(Diagnosis(Self.result(history)).verdict == .unstable)
    }

    @Test func aRunEvaluatedWithSeed004sMistakesGetsNoVerdict() {
        var raw = RunConfig()
        raw.evaluationPixels = .raw
        let text = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.75, 120)], config: raw))
        #expect(text.hasPrefix("Evaluated on raw 0-255 pixels, as seed 004 did: train 100.00%, test 75.00%"))
        #expect(!text.contains("Overfitting") && !text.contains("Try "))
    }

    /// Under early stopping the verdict is about the restored epoch's network (95% / 70%), not
    /// the discarded epoch 3 (which reached 100% and whose test loss rose): no sentence about
    /// either, then the advice.
    @Test func earlyStoppingSpeaksOfTheRestoredNetwork() {
        let text = words(Self.result([(0.9, 0.6, 1.0), (0.95, 0.70, 0.8), (1, 0.72, 1.2)], restoredEpoch: 2))
        #expect(text.hasPrefix("""
            Overfitting: train 95.00% against test 70.00%, a gap of 25.00 points. Early stopping kept the weights of epoch 2, \
            where validation loss was lowest: the final figures are that network's, while the curves show every epoch trained. Try
            """), "\(text)")
    }
}
