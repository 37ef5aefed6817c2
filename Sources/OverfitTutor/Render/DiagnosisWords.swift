import Foundation
import OverfitTraining

/// A run's diagnosis in words: what the history shows and what to try next.
public enum DiagnosisWords {
    /// One short paragraph (unwrapped), e.g. "Overfitting: train 100.00% against test 76.37%, ...".
    /// `config` (the run's knobs) keeps remedies already in use out of the advice.
    public static func describe(_ diagnosis: Diagnosis, config: RunConfig? = nil) -> String {
        switch diagnosis.verdict {
        case .noEpochs:
            return "Nothing to judge yet: the run stopped before its first epoch finished."
        case .diverged:
            let epoch = diagnosis.divergedAt.map { "epoch \($0.epoch), batch \($0.batch)" } ?? "an early epoch"
            return "Diverged: the loss became NaN at \(epoch). The steps were too large for the slope: lower the learning rate, e.g. set lr 0.01."
        case .underfitting:
            guard let final = diagnosis.final else { return "Underfitting." }
            return "Underfitting: train accuracy \(Text.percent(final.trainAccuracy)) and test accuracy \(Text.percent(final.testAccuracy)) are both low; the network has not learned even the training images. Try more epochs, less regularisation (lower dropout or weight_decay), or another lr."
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
        if let perfect = diagnosis.firstPerfectTrainEpoch {
            words += final.trainAccuracy >= 1
                ? " Train accuracy reached 100% at epoch \(perfect): the network memorised its training images."
                : " Train accuracy touched 100% at epoch \(perfect) and ends at \(Text.percent(final.trainAccuracy))."
        }
        if diagnosis.testLossTurnedUp, let epoch = diagnosis.lowestTestLossEpoch, let lowest = diagnosis.lowestTestLoss {
            words += " Test loss was lowest at epoch \(epoch) (\(Text.loss(lowest))) and rose after it"
            if let gapThen = diagnosis.gapAtLowestTestLoss, final.gap > gapThen {
                words += " while the gap widened from \(gapWords(gapThen)) to \(gapWords(final.gap))"
            }
            if let accuracyThen = diagnosis.testAccuracyAtLowestTestLoss, final.testAccuracy > accuracyThen {
                // Accuracy counts right answers only; the loss also counts how sure they are.
                words += "; test accuracy still rose, from \(Text.percent(accuracyThen)) to \(Text.percent(final.testAccuracy)), but the network grew confidently wrong on the test images it misses."
            } else {
                words += "; the epochs after \(epoch) made the network worse on new images."
            }
        }
        return words
    }

    /// The remedies the lessons teach that `config` does not use yet.
    private static func remedies(_ config: RunConfig?) -> String {
        var unused: [String] = []
        if (config?.trainSize ?? 0) < RunConfig.availableTrainingImages { unused.append("more data (train_size)") }
        if (config?.augment ?? Augmentation.none) == Augmentation.none { unused.append("augment rotate") }
        if (config?.dropout ?? 0) == 0 { unused.append("dropout 0.2") }
        if (config?.weightDecay ?? 0) == 0 { unused.append("weight_decay 0.1") }
        if (config?.patience ?? 0) == 0 { unused.append("early stopping (val_size and patience)") }
        guard let last = unused.popLast() else {
            return "Every remedy taught here is in use already: `compare` runs to see which one helps most."
        }
        return "Try " + (unused.isEmpty ? last : unused.joined(separator: ", ") + ", or " + last) + "."
    }

    private static func gapWords(_ gap: Double) -> String {
        String(format: "%.2f points", gap * 100)
    }
}
