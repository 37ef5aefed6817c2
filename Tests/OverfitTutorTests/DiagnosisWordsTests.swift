import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The diagnosis in words must match the history it describes: each case from a hand-made one.
@Suite struct DiagnosisWordsTests {
    /// One epoch per (train accuracy, test accuracy, test loss).
    static func result(
        _ epochs: [(train: Double, test: Double, testLoss: Double)], config: RunConfig = RunConfig(),
        restoredEpoch: Int? = nil
    ) -> RunResult {
        var config = config
        config.epochs = epochs.count
        let history = epochs.enumerated().map { index, e in
            EpochMetrics(
                epoch: index + 1, trainLoss: 0.5, trainPenalty: 0, trainAccuracy: e.train, validationLoss: nil,
                validationAccuracy: nil, testLoss: e.testLoss, testAccuracy: e.test, seconds: 0)
        }
        return RunResult(
            config: config, history: history, status: .finished, restoredEpoch: restoredEpoch,
            stoppedEarlyAfterEpoch: restoredEpoch.map { _ in epochs.count }, testPredictions: [],
            trainingImages: 300, totalSeconds: 1)
    }

    /// The words a learner reads: the shipped `lessons/diagnosis.txt`.
    static let lessonWords = DiagnosisWords(
        templates: LessonLibrary.load(directory: packageRoot + "/lessons").diagnosis)

    func words(_ result: RunResult) -> String { Self.lessonWords.describe(Diagnosis(result)) }

    @Test func aRunThatClimbsThenCollapsesIsUnstableNotUnderfitting() {
        var config = RunConfig()
        config.batchSize = 1
        let text = words(
            Self.result([(0.3, 0.27, 2), (0.58, 0.48, 1.5), (0.22, 0.2, 2.1), (0.11, 0.1, 2.3)], config: config))
        #expect(text.hasPrefix("Unstable: train accuracy reached 58.00% at epoch 2, then fell to 11.00% at epoch 4"))
        #expect(
            text.hasSuffix(
                "Steady the steps: `set batch 2` or `set lr 0.05`; the first should raise train accuracy without costing test accuracy."
            ))
    }

    /// Batches of one that lurched but whose last epoch landed fitted: unstable, and the advice
    /// promises to keep the fit, not to raise it (it cannot rise past 100%).
    @Test func aSmallBatchRunThatLurchedButEndedFittedIsUnstableAndKeepsItsFit() {
        var config = RunConfig()
        config.batchSize = 1
        let history: [(train: Double, test: Double, testLoss: Double)] = [
            (0.6, 0.5, 1.5), (0.95, 0.7, 1.2), (0.52, 0.45, 1.9), (1.0, 0.77, 1.1),
        ]
        let text = words(Self.result(history, config: config))
        #expect(text.hasPrefix("Unstable: train accuracy reached 95.00% at epoch 2, then fell to 52.00% at epoch 3"))
        #expect(text.contains("`set batch 2` or `set lr 0.05`; the first should keep the network fitting"))
        // The same curve with batches of ten ends fitted with a 23-point gap: overfitting.
        config.batchSize = 10
        #expect(Diagnosis(Self.result(history, config: config)).verdict == .overfitting)
    }

    /// A fall from a best still near chance is the plateau wobbling, not overshooting steps.
    /// Twenty epochs (600 steps, enough to judge): the same climb and fall, from 29% and from 60%.
    @Test func aFallBeforeTheNetworkLearnedIsNotInstability() {
        func curve(peak: Double) -> [(train: Double, test: Double, testLoss: Double)] {
            (1...20).map { epoch in
                let train = epoch <= 10 ? 0.1 + (peak - 0.1) * Double(epoch) / 10 : peak - 0.16
                return (train, train - 0.02, 2.2)
            }
        }
        #expect(Diagnosis(Self.result(curve(peak: 0.29))).verdict == .underfitting)
        #expect(Diagnosis(Self.result(curve(peak: 0.6))).verdict == .unstable)
    }

    /// 60 steps (2 epochs of 30 batches) is too short to judge: more epochs, and no batch of one.
    @Test func aShortRunIsAdvisedMoreStepsNeverBatchesOfOne() {
        let short = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)]))
        #expect(short.hasPrefix("Too few steps: after 60 gradient steps (2 epochs in batches of 10)"))
        #expect(short.hasSuffix("Give it more steps: `set epochs 20`; it should raise train accuracy."))
        var published = RunConfig()
        published.batchSize = 100
        let budget = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: published))
        #expect(
            budget.hasSuffix("`set epochs 170` or `set batch 10`; the first should raise train accuracy."), "\(budget)")
    }

    /// Batches of one: 600 steps in two epochs, enough to judge an unfitted network.
    @Test func underfittingAdvisesOnlyWhatCanHelp() {
        var plain = RunConfig()
        plain.batchSize = 1
        let rising = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: plain))
        #expect(rising.hasSuffix("Try `set epochs 4`: it should raise train accuracy."), "\(rising)")
        let flat = words(Self.result([(0.6, 0.58, 1.5), (0.6, 0.58, 1.2)], config: plain))
        #expect(!flat.contains("epochs"), "no more epochs for a run that stopped improving: \(flat)")
        var regularised = plain
        regularised.dropout = 0.5
        let braked = words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: regularised))
        #expect(braked.contains("Try `set dropout 0.25`"), "a step down from the run's own dropout: \(braked)")
        var hot = plain
        hot.learningRate = 1
        #expect(
            words(Self.result([(0.11, 0.1, 2.3), (0.12, 0.1, 2.3)], config: hot)).hasSuffix(
                "Try `set lr 0.1`: it should raise train accuracy."))
        var cold = plain
        cold.learningRate = 0.0001
        #expect(
            words(Self.result([(0.11, 0.1, 2.3), (0.12, 0.1, 2.3)], config: cold)).hasSuffix(
                "Try `set lr 0.001`: it should raise train accuracy."))
        var adam = plain
        adam.optimizer = .adam
        adam.learningRate = 0.001
        #expect(
            !words(Self.result([(0.5, 0.48, 1.5), (0.6, 0.58, 1.2)], config: adam)).contains("set lr"),
            "Adam's usual rate is kept")
    }

    @Test func afterTheTurnTheAccuracySentenceFollowsTheAccuracy() {
        let rose = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.75, 1.2)]))
        #expect(rose.contains("test accuracy still went from 70.00% to 75.00%, but the network grew confidently wrong"))
        let fell = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.65, 1.2)]))
        #expect(fell.contains("test accuracy ended lower too, at 65.00% against 70.00% at epoch 2."))
        // Each figure beside its own epoch: on main the final 70.04% stood beside "epoch 2",
        // whose figure was 70.00% (lesson 9 read "epoch 12 (88.32%)" for a table's 87.93%).
        let held = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.80, 0.9), (1, 0.7004, 1.2)]))
        #expect(
            held.contains(
                "test accuracy ended at 70.04%, within half a point of the 70.00% it had at epoch 2, while the network grew confidently wrong on the test images it misses (its best, 80.00%, came at epoch 3)."
            ), "\(held)")
    }

    /// A gap that went from negative (test above train) at the lowest test loss to positive at
    /// the end reversed; it did not widen, and both figures carry their signs. On main: "the gap
    /// widened from -9.19 points to 19.17 points" (격차는 -9.19%p에서 19.17%p까지 벌어졌습니다).
    @Test func aGapThatChangedSignReversedWithBothSignsShown() throws {
        let history: [(train: Double, test: Double, testLoss: Double)] = [
            (0.5, 0.55, 1.1), (0.6, 0.7, 1.0), (1, 0.8, 1.2),
        ]
        let english = words(Self.result(history))
        #expect(
            english.contains("rose after it while the gap reversed from -10.00 points to +20.00 points (test accuracy"),
            "\(english)")
        #expect(!english.contains("widened"))
        let korean = DiagnosisWords(
            templates: try #require(LessonLibrary.load(directory: packageRoot + "/lessons").texts(in: .korean))
                .diagnosis,
            language: .korean
        ).describe(Diagnosis(Self.result(history)))
        #expect(korean.contains("그동안 격차는 -10.00%p에서 +20.00%p로 뒤집혔습니다"), "\(korean)")
        #expect(!korean.contains("벌어졌습니다"))
        // From zero or more it widened, unsigned as before.
        let widened = words(Self.result([(0.7, 0.65, 1.1), (0.8, 0.7, 1.0), (1, 0.8, 1.2)]))
        #expect(widened.contains("while the gap widened from 10.00 points to 20.00 points;"), "\(widened)")
    }

    /// Raw test pixels make evaluated accuracies jump by themselves: not the steps' fault.
    @Test func aDistortedEvaluationIsNeverCalledUnstable() {
        var raw = RunConfig()
        raw.evaluationPixels = .raw
        let history: [(train: Double, test: Double, testLoss: Double)] = [
            (0.3, 0.27, 2), (0.58, 0.48, 1.5), (0.22, 0.2, 2.1), (0.41, 0.3, 2.3),
        ]
        raw.batchSize = 1
        var scaled = RunConfig()
        scaled.batchSize = 1
        #expect(Diagnosis(Self.result(history, config: raw)).verdict != .unstable)
        #expect(Diagnosis(Self.result(history, config: scaled)).verdict == .unstable)
    }

    @Test func aRunEvaluatedWithTheLabSlidesMistakesGetsNoVerdict() {
        var raw = RunConfig()
        raw.evaluationPixels = .raw
        let text = words(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.75, 120)], config: raw))
        #expect(text.hasPrefix("Evaluated on raw 0-255 pixels, as the lab slides did: train 100.00%, test 75.00%"))
        #expect(!text.contains("Overfitting") && !text.contains("Try "))
    }

    /// The brakes a run has on are all on at once, so they are listed with "and"; the advice
    /// offers alternatives, so it keeps "or" (on main: "Its brakes (weight_decay 0.01 or
    /// dropout 0.5)"). The advice eases the brakes only: the sentence says more data with the same
    /// brakes would hold back learning (on main it still listed `train_size 900` and `augment rotate`).
    @Test func brakesInUseAreJoinedWithAndTheAdviceWithOr() {
        var config = RunConfig()
        config.dropout = 0.5
        config.weightDecay = 0.01
        let text = words(Self.result([(0.5, 0.45, 1.5), (0.9, 0.7, 1.0)], config: config))
        #expect(text.contains("Its brakes (weight_decay 0.01 and dropout 0.5) already keep it"), "\(text)")
        #expect(
            text.contains(
                "Let it fit first: `set weight_decay 0.001` or `set dropout 0.25`; the first should raise train accuracy"
            ), "\(text)")
        #expect(!text.contains("train_size") && !text.contains("augment"), "\(text)")
    }

    /// Knobs a lesson's rules keep are all kept at once: "augment and train_size", never "or".
    @Test func knobsKeptByTheRulesAreJoinedWithAnd() {
        let kept = DiagnosisWords(templates: Self.lessonWords.templates, fixed: [.trainSize, .augment])
        let text = kept.describe(Diagnosis(Self.result([(0.9, 0.6, 1.0), (1, 0.70, 0.8), (1, 0.72, 0.9)])))
        #expect(
            text.contains("(The lesson's rules fix augment and train_size: the advice leaves the rules alone.)"),
            "\(text)")
        #expect(!text.contains("`set train_size") && !text.contains("`set augment"), "\(text)")
    }

    /// Under early stopping the verdict is about the restored epoch's network (95% / 70%), not
    /// the discarded epoch 3 (which reached 100% and whose test loss rose): no sentence about
    /// either, then the advice.
    @Test func earlyStoppingSpeaksOfTheRestoredNetwork() {
        let text = words(Self.result([(0.9, 0.6, 1.0), (0.95, 0.70, 0.8), (1, 0.72, 1.2)], restoredEpoch: 2))
        #expect(
            text.hasPrefix(
                """
                Overfitting: train 95.00% against test 70.00%, a gap of 25.00 points. Early stopping kept the weights of epoch 2, \
                where validation loss was lowest: the final figures are that network's, while the curves show every epoch trained. Try
                """), "\(text)")
    }
}
