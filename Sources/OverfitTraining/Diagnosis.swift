/// What a run's history says, in numbers a tutor can put into words: overfitting, underfitting,
/// divergence, or a healthy fit. Computed from the history alone, so the words always match it.
public struct Diagnosis: Equatable, Sendable {
    public enum Verdict: String, Equatable, Sendable {
        /// Train accuracy well above test accuracy (gap at least `overfittingGap`).
        case overfitting
        /// Both accuracies low and close together: the network has not learned the training set.
        case underfitting
        /// The loss became NaN or infinite.
        case diverged
        /// Train accuracy climbed, then fell back a long way (`unstableDrop` or more) and ended
        /// short of fitting: the steps overshoot.
        case unstable
        /// A small gap and a good fit.
        case healthy
        /// Cancelled before the first epoch finished: nothing to judge.
        case noEpochs
    }

    /// A gap of 5 points or more between train and test accuracy is called overfitting.
    public static let overfittingGap = 0.05
    /// Below this train accuracy, with a small gap, the network is underfitting.
    public static let underfittingTrainAccuracy = 0.90
    /// A fall of train accuracy from its best this large (15 points) marks an unstable run.
    public static let unstableDrop = 0.15

    public let verdict: Verdict
    /// The metrics the verdict is about (the restored epoch's under early stopping, else the last).
    public let final: EpochMetrics?
    /// The epoch with the lowest test loss, and that loss.
    public let lowestTestLossEpoch: Int?
    public let lowestTestLoss: Double?
    /// Whether test loss ended clearly (10% or more) above its lowest: the turn seed 000 watched for.
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

    public init(_ result: RunResult) {
        let history = result.history
        final = result.final
        let lowest = history.min { $0.testLoss < $1.testLoss }
        lowestTestLossEpoch = lowest?.epoch
        lowestTestLoss = lowest?.testLoss
        gapAtLowestTestLoss = lowest?.gap
        testAccuracyAtLowestTestLoss = lowest?.testAccuracy
        if let lowest, let last = history.last, lowest.epoch < last.epoch {
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
            verdict = .diverged
        } else if let final {
            divergedAt = nil
            let fall = largestTrainFall.map { $0.peak.trainAccuracy - $0.low.trainAccuracy } ?? 0
            // Raw test pixels or batch statistics make the evaluated accuracies jump on their own:
            // that is the evaluation's doing, not the steps'.
            if result.config.evaluationMistakes == nil && fall >= Self.unstableDrop && final.trainAccuracy < Self.underfittingTrainAccuracy {
                verdict = .unstable
            } else if final.gap >= Self.overfittingGap {
                verdict = .overfitting
            } else if final.trainAccuracy < Self.underfittingTrainAccuracy {
                verdict = .underfitting
            } else {
                verdict = .healthy
            }
        } else {
            divergedAt = nil
            verdict = .noEpochs
        }
    }

    static func largestFall(_ history: [EpochMetrics]) -> (peak: EpochMetrics, low: EpochMetrics)? {
        var best: EpochMetrics?, fall: (peak: EpochMetrics, low: EpochMetrics)?
        for epoch in history {
            if let peak = best, peak.trainAccuracy - epoch.trainAccuracy > (fall.map { $0.peak.trainAccuracy - $0.low.trainAccuracy } ?? 0) {
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
            && lhs.gapAtLowestTestLoss == rhs.gapAtLowestTestLoss && lhs.testAccuracyAtLowestTestLoss == rhs.testAccuracyAtLowestTestLoss
            && lhs.bestTestEpoch == rhs.bestTestEpoch && lhs.bestTestAccuracy == rhs.bestTestAccuracy
            && lhs.firstPerfectTrainEpoch == rhs.firstPerfectTrainEpoch && lhs.restoredEpoch == rhs.restoredEpoch
            && lhs.trainAccuracyStillRising == rhs.trainAccuracyStillRising
            && lhs.largestTrainFall?.peak == rhs.largestTrainFall?.peak && lhs.largestTrainFall?.low == rhs.largestTrainFall?.low
            && lhs.divergedAt?.epoch == rhs.divergedAt?.epoch && lhs.divergedAt?.batch == rhs.divergedAt?.batch
    }
}
