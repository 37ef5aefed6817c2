import Foundation
import OverfitTraining

/// A run's diagnosis in words: what the history shows and what to try next.
public enum DiagnosisWords {
    /// One short paragraph (unwrapped), e.g. "Overfitting: train 100.00% against test 76.37%, ...".
    /// `config` (the run's knobs) keeps remedies already in use out of the advice.
    public static func describe(_ diagnosis: Diagnosis, config: RunConfig? = nil) -> String {
        if let config, let mistake = config.evaluationMistakes, let final = diagnosis.final, diagnosis.verdict != .diverged {
            // The figures describe the evaluation mistake, not the network: no verdict on them.
            return "Evaluated \(mistake), as seed 004 did: train \(Text.percent(final.trainAccuracy)), test \(Text.percent(final.testAccuracy)), test loss \(Text.loss(final.testLoss)). These figures show what the mistake does, not how well the network learned; `set eval_pixels scaled bn_eval running` measures it properly."
        }
        switch diagnosis.verdict {
        case .noEpochs:
            return "Nothing to judge yet: the run stopped before its first epoch finished."
        case .diverged:
            let epoch = diagnosis.divergedAt.map { "epoch \($0.epoch), batch \($0.batch)" } ?? "an early epoch"
            return "Diverged: the loss became NaN at \(epoch). The steps were too large for the slope: lower the learning rate, e.g. set lr 0.01."
        case .unstable:
            guard let final = diagnosis.final, let fall = diagnosis.largestTrainFall else { return "Unstable." }
            let smaller = rate((config?.learningRate ?? 0.1) / 10)
            return "Unstable: train accuracy reached \(Text.percent(fall.peak.trainAccuracy)) at epoch \(fall.peak.epoch), then fell to \(Text.percent(fall.low.trainAccuracy)) at epoch \(fall.low.epoch); it ends at \(Text.percent(final.trainAccuracy)) train, \(Text.percent(final.testAccuracy)) test. The steps overshoot: lower the learning rate (e.g. set lr \(smaller))\((config?.batchSize ?? 10) < 10 ? " or use larger batches" : "")."
        case .underfitting:
            guard let final = diagnosis.final else { return "Underfitting." }
            return "Underfitting: train accuracy \(Text.percent(final.trainAccuracy)) and test accuracy \(Text.percent(final.testAccuracy)) are both low; the network has not learned even the training images. " + underfittingRemedies(config, stillRising: diagnosis.trainAccuracyStillRising)
        case .healthy:
            guard let final = diagnosis.final else { return "Healthy." }
            return "Healthy: train \(Text.percent(final.trainAccuracy)), test \(Text.percent(final.testAccuracy)), a gap of \(gapWords(final.gap)). What it learned carries over to images it never saw."
        case .overfitting:
            return overfitting(diagnosis) + " " + remedies(config)
        }
    }

    private static func overfitting(_ diagnosis: Diagnosis) -> String {
        guard let final = diagnosis.final else { return "Overfitting." }
        var words = "Overfitting: train \(Text.percent(final.trainAccuracy)) against test \(Text.percent(final.testAccuracy)), a gap of \(gapWords(final.gap))."
        // Under early stopping, epochs after the restored one describe a discarded network.
        if let perfect = diagnosis.firstPerfectTrainEpoch, perfect <= (diagnosis.restoredEpoch ?? perfect) {
            words += final.trainAccuracy >= 1
                ? " Train accuracy reached 100% at epoch \(perfect): the network memorised its training images."
                : " Train accuracy touched 100% at epoch \(perfect) and ends at \(Text.percent(final.trainAccuracy))."
        }
        if let restored = diagnosis.restoredEpoch {
            words += " Early stopping kept the weights of epoch \(restored), where validation loss was lowest: the final figures are that network's, while the curves show every epoch trained."
        } else if diagnosis.testLossTurnedUp, let epoch = diagnosis.lowestTestLossEpoch, let lowest = diagnosis.lowestTestLoss {
            words += " Test loss was lowest at epoch \(epoch) (\(Text.loss(lowest))) and rose after it"
            if let gapThen = diagnosis.gapAtLowestTestLoss, final.gap > gapThen {
                words += " while the gap widened from \(gapWords(gapThen)) to \(gapWords(final.gap))"
            }
            words += "; " + accuracyAfterTheTurn(diagnosis, final: final, turn: epoch) + "."
        }
        return words
    }

    /// What test accuracy did after the loss turned. Accuracy counts right answers only; the loss
    /// also counts how sure they are, so the two can part ways. Half a point either way is "held".
    private static func accuracyAfterTheTurn(_ diagnosis: Diagnosis, final: EpochMetrics, turn: Int) -> String {
        guard let then = diagnosis.testAccuracyAtLowestTestLoss else { return "test accuracy is not known for that epoch" }
        let change = final.testAccuracy - then
        var words: String
        if change > 0.005 {
            words = "test accuracy still went from \(Text.percent(then)) to \(Text.percent(final.testAccuracy)), but the network grew confidently wrong on the test images it misses"
        } else if change < -0.005 {
            words = "test accuracy ended lower too, at \(Text.percent(final.testAccuracy)) against \(Text.percent(then)) at epoch \(turn)"
        } else {
            words = "test accuracy ended where it was at epoch \(turn) (\(Text.percent(final.testAccuracy))) while the network grew confidently wrong on the test images it misses"
        }
        if let best = diagnosis.bestTestAccuracy, let bestEpoch = diagnosis.bestTestEpoch, bestEpoch != turn, best > final.testAccuracy + 0.005 {
            words += " (its best, \(Text.percent(best)), came at epoch \(bestEpoch))"
        }
        return words
    }

    /// Only the changes that can help: fewer regularisers only if some are in use, and the
    /// learning rate moved towards the usual one for the optimiser (0.1 for SGD, 0.001 for Adam).
    private static func underfittingRemedies(_ config: RunConfig?, stillRising: Bool) -> String {
        var tries: [String] = stillRising ? ["more epochs (train accuracy was still rising)"] : []
        if let config {
            let inUse = [("dropout", config.dropout), ("dropconnect", config.dropConnect),
                         ("weight_decay", config.weightDecay), ("l1", config.l1)].filter { $0.1 > 0 }.map(\.0)
            if !inUse.isEmpty {
                tries.append("less regularisation (lower \(oneOf(inUse)))")
            }
        }
        let lr = config?.learningRate ?? 0.1
        let usual = config?.optimizer == .adam ? 0.001 : 0.1
        if lr > usual * 3 {
            tries.append("a smaller lr (e.g. set lr \(rate(lr / 10)))")
        } else if lr < usual / 3 {
            tries.append("a larger lr (e.g. set lr \(rate(lr * 10)))")
        } else {
            tries.append("another lr")
        }
        let last = tries.removeLast()
        return "Try " + (tries.isEmpty ? last : tries.joined(separator: ", ") + ", or " + last) + "."
    }

    /// `a`, `a or b`, `a, b or c`.
    private static func oneOf(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }

    /// A learning rate as `set` takes it, kept in the knob's range: 0.01, 1e-05.
    private static func rate(_ learningRate: Double) -> String {
        String(format: "%g", min(max(learningRate, 1e-6), 10))
    }

    /// The remedies the lessons teach that `config` does not use yet.
    private static func remedies(_ config: RunConfig?) -> String {
        var unused: [String] = []
        if (config?.trainSize ?? 0) < RunConfig.availableTrainingImages { unused.append("more data (train_size)") }
        if (config?.augment ?? Augmentation.none) == Augmentation.none { unused.append("augment rotate") }
        // Dropout acts on hidden units: a network without hidden layers has none to drop.
        if (config?.dropout ?? 0) == 0 && !(config?.layers.isEmpty ?? false) { unused.append("dropout 0.2") }
        if (config?.weightDecay ?? 0) == 0 { unused.append("weight_decay 0.1") }
        if (config?.patience ?? 0) == 0 { unused.append("early stopping (val_size and patience)") }
        guard let last = unused.popLast() else {
            return "Every remedy taught here is in use already: `compare` runs to see which one helps most."
        }
        return "Try " + (unused.isEmpty ? last : unused.joined(separator: ", ") + ", or " + last) + "."
    }

    private static func gapWords(_ gap: Double) -> String {
        FigureFormat.points(gap, signed: false) + " points"
    }
}
