/// What a run's history says, in numbers a tutor can put into words: overfitting, underfitting,
/// divergence, a collapse, too short a run, or a healthy fit. Computed from the run alone, so
/// the words always match it; `advice(keeping:)` turns it into knob changes.
public struct Diagnosis: Equatable, Sendable {
    /// A gap of 5 points or more between train and test accuracy is called overfitting.
    public static let overfittingGap = 0.05
    /// Below this train accuracy, with a small gap, the network is underfitting.
    public static let underfittingTrainAccuracy = 0.90
    /// A fall of train accuracy from its best this large (15 points) marks an unstable run.
    public static let unstableDrop = 0.15
    /// Fewer gradient steps than this, unfitted, is too short a run to judge: the sources' runs
    /// take 600 (Deep Learning from Scratch) to 3,000 (the lab slides).
    public static let fewSteps = 500
    /// ln 10: the loss of a network that spreads its bets evenly over the ten digits.
    public static let chanceLoss = 2.302585092994046
    /// A train loss at 90% of `chanceLoss` or more is back at chance.
    public static let chanceFraction = 0.9

    public let verdict: Verdict
    /// The metrics the verdict is about (the restored epoch's under early stopping, else the last).
    public let final: EpochMetrics?
    /// The epoch with the lowest test loss, and that loss.
    public let lowestTestLossEpoch: Int?
    public let lowestTestLoss: Double?
    /// Whether test loss ended clearly (10% or more) above its lowest: the turn the AlexNet blog watched for.
    public let testLossTurnedUp: Bool
    /// The gap at the epoch of lowest test loss: if the final gap is larger, the gap widened after it.
    public let gapAtLowestTestLoss: Double?
    /// Test accuracy at the epoch of lowest test loss: loss can rise while accuracy still climbs.
    public let testAccuracyAtLowestTestLoss: Double?
    /// The epoch with the best test accuracy, and that accuracy.
    public let bestTestEpoch: Int?
    public let bestTestAccuracy: Double?
    /// The first epoch where train accuracy reached 100%, if it did.
    public let firstPerfectTrainEpoch: Int?
    /// The largest fall of train accuracy from an earlier best: that best and where it fell to.
    public let largestTrainFall: (peak: EpochMetrics, low: EpochMetrics)?
    /// The epoch whose weights early stopping restored, if it did.
    public let restoredEpoch: Int?
    /// Whether train accuracy was still climbing over the last quarter of the run (by a point
    /// or more): only then can more epochs help a network that has not fitted.
    public let trainAccuracyStillRising: Bool
    public let divergedAt: (epoch: Int, batch: Int)?
    /// Gradient steps taken: epochs trained times batches per epoch.
    public let steps: Int
    public let batchesPerEpoch: Int
    /// Whether the final train loss is back near ln 10: the network guesses.
    public let atChance: Bool
    /// The digit the network predicts most often on the test set, and for what share of it.
    public let dominantPrediction: (digit: Int, share: Double)?
    /// The run's knobs, for advice.
    public let config: RunConfig
    /// The epochs it read, so that a figure put into words can be cited at its epoch.
    public let history: [EpochMetrics]

    public init(_ result: RunResult) {
        let history = result.history
        self.history = history
        config = result.config
        final = result.final
        batchesPerEpoch =
            (result.trainingImages + max(1, result.config.batchSize) - 1) / max(1, result.config.batchSize)
        steps = history.count * batchesPerEpoch
        atChance = (result.final?.trainLoss ?? 0) >= Self.chanceLoss * Self.chanceFraction
        dominantPrediction = Self.dominant(result.testPredictions)
        // Test figures are compared only among epochs measured on the same test images as the
        // final network (`test_eval N` measures the others on a subset).
        let tested = result.comparableEpochs
        let lowest = tested.min { $0.testLoss < $1.testLoss }
        lowestTestLossEpoch = lowest?.epoch
        lowestTestLoss = lowest?.testLoss
        gapAtLowestTestLoss = lowest?.gap
        testAccuracyAtLowestTestLoss = lowest?.testAccuracy
        if let lowest, let last = tested.last, lowest.epoch < last.epoch {
            testLossTurnedUp = last.testLoss >= lowest.testLoss * 1.10
        } else {
            testLossTurnedUp = false
        }
        let best = result.bestTestEpoch
        bestTestEpoch = best?.epoch
        bestTestAccuracy = best?.testAccuracy
        firstPerfectTrainEpoch = history.first { $0.trainAccuracy >= 1.0 }?.epoch
        largestTrainFall = Self.largestFall(history)
        restoredEpoch = result.restoredEpoch
        if let last = history.last, history.count >= 2 {
            let earlier = history[history.count - 1 - max(1, history.count / 4)]
            trainAccuracyStillRising = last.trainAccuracy > earlier.trainAccuracy + 0.01
        } else {
            trainAccuracyStillRising = false
        }
        if case .diverged(let epoch, let batch) = result.status {
            divergedAt = (epoch, batch)
        } else {
            divergedAt = nil
        }
        verdict = Self.verdict(result, fall: largestTrainFall, steps: steps, atChance: atChance)
    }

    /// The first verdict that fits, most specific first.
    private static func verdict(
        _ result: RunResult, fall: (peak: EpochMetrics, low: EpochMetrics)?, steps: Int, atChance: Bool
    ) -> Verdict {
        if case .diverged = result.status { return .diverged }
        guard let final = result.final else { return .noEpochs }
        let config = result.config
        if config.evaluationMistakes != nil { return .evaluationMistake }
        if config.labelNoise >= 1 { return .randomLabels }
        let unfitted = final.trainAccuracy < underfittingTrainAccuracy
        let stepsTooLarge = config.learningRate > config.optimizer.usualLearningRate * 3
        if unfitted && steps < fewSteps && !stepsTooLarge { return .tooFewSteps }
        if atChance && config.regularisersInUse.count > 0 && !stepsTooLarge { return .collapsed }
        let drop = fall.map { $0.peak.trainAccuracy - $0.low.trainAccuracy } ?? 0
        if drop >= unstableDrop && unfitted { return .unstable }
        if final.gap >= overfittingGap { return .overfitting }
        return unfitted ? .underfitting : .healthy
    }

    /// The most frequent class among `predictions`, and its share.
    static func dominant(_ predictions: [UInt8]) -> (digit: Int, share: Double)? {
        guard !predictions.isEmpty else { return nil }
        var counts = [Int](repeating: 0, count: 256)
        for prediction in predictions { counts[Int(prediction)] += 1 }
        guard let top = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) })
        else {
            return nil
        }
        return (top, Double(counts[top]) / Double(predictions.count))
    }

    static func largestFall(_ history: [EpochMetrics]) -> (peak: EpochMetrics, low: EpochMetrics)? {
        var best: EpochMetrics?, fall: (peak: EpochMetrics, low: EpochMetrics)?
        for epoch in history {
            if let peak = best,
                peak.trainAccuracy - epoch.trainAccuracy
                    > (fall.map { $0.peak.trainAccuracy - $0.low.trainAccuracy } ?? 0)
            {
                fall = (peak, epoch)
            }
            if epoch.trainAccuracy > (best?.trainAccuracy ?? -1) { best = epoch }
        }
        return fall
    }

    public static func == (lhs: Diagnosis, rhs: Diagnosis) -> Bool {
        // Every stored figure counts; the tuples are compared field by field.
        lhs.verdict == rhs.verdict && lhs.final == rhs.final && lhs.lowestTestLossEpoch == rhs.lowestTestLossEpoch
            && lhs.lowestTestLoss == rhs.lowestTestLoss && lhs.testLossTurnedUp == rhs.testLossTurnedUp
            && lhs.gapAtLowestTestLoss == rhs.gapAtLowestTestLoss
            && lhs.testAccuracyAtLowestTestLoss == rhs.testAccuracyAtLowestTestLoss
            && lhs.bestTestEpoch == rhs.bestTestEpoch && lhs.bestTestAccuracy == rhs.bestTestAccuracy
            && lhs.firstPerfectTrainEpoch == rhs.firstPerfectTrainEpoch && lhs.restoredEpoch == rhs.restoredEpoch
            && lhs.trainAccuracyStillRising == rhs.trainAccuracyStillRising
            && lhs.largestTrainFall?.peak == rhs.largestTrainFall?.peak
            && lhs.largestTrainFall?.low == rhs.largestTrainFall?.low
            && lhs.divergedAt?.epoch == rhs.divergedAt?.epoch && lhs.divergedAt?.batch == rhs.divergedAt?.batch
            && lhs.steps == rhs.steps && lhs.atChance == rhs.atChance && lhs.config == rhs.config
            && lhs.dominantPrediction?.digit == rhs.dominantPrediction?.digit
            && lhs.dominantPrediction?.share == rhs.dominantPrediction?.share
    }
}
