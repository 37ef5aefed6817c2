import OverfitTraining

/// The figures of a run that lessons may name: in claims (`dropout.test_acc > base.test_acc`),
/// predictions and `{base.gap}` placeholders.
public enum RunFigure: String, Sendable, CaseIterable {
    case trainAccuracy = "train_acc"
    case testAccuracy = "test_acc"
    case validationAccuracy = "val_acc"
    case gap
    case trainLoss = "train_loss"
    case testLoss = "test_loss"
    case bestTestAccuracy = "best_test_acc"
    case bestTestEpoch = "best_epoch"
    case lowestTestLossEpoch = "lowest_loss_epoch"
    case epochs
    /// 1 if the run diverged (NaN loss), else 0.
    case diverged
    /// 1 if test loss ended 10% or more above its lowest, else 0.
    case testLossTurnedUp = "loss_turned_up"
    case restoredEpoch = "restored_epoch"
    case trainingImages = "training_images"

    /// The figure in words, for sentences: `best test accuracy`, not `best_test_acc`.
    public var words: String {
        switch self {
        case .trainAccuracy: return "train accuracy"
        case .testAccuracy: return "test accuracy"
        case .validationAccuracy: return "validation accuracy"
        case .gap: return "the train-test gap"
        case .trainLoss: return "train loss"
        case .testLoss: return "test loss"
        case .bestTestAccuracy: return "best test accuracy"
        case .bestTestEpoch: return "the best test epoch"
        case .lowestTestLossEpoch: return "the epoch of lowest test loss"
        case .epochs: return "the number of epochs"
        case .diverged: return "divergence"
        case .testLossTurnedUp: return "the turn of test loss"
        case .restoredEpoch: return "the restored epoch"
        case .trainingImages: return "the number of training images"
        }
    }

    public var isAccuracy: Bool {
        [.trainAccuracy, .testAccuracy, .validationAccuracy, .gap, .bestTestAccuracy].contains(self)
    }

    /// How the figure reads in prose: accuracies as percentages, epochs as whole numbers.
    public func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return value.isNaN ? "?" : "\(value)" }
        // A gap is a difference of two percentages: percentage points.
        if self == .gap { return FigureFormat.points(value, signed: false) + " points" }
        if isAccuracy { return FigureFormat.percent(value) }
        switch self {
        case .trainLoss, .testLoss:
            // Four decimals, as the run tables print them.
            return FigureFormat.fixed(value, digits: 4)
        default:
            // 1,500 images, as the prose and tables write them.
            return Int(value.rounded()).groupedDigits
        }
    }
}

/// A finished (or stopped) run's figures, by name.
public struct RunFigures: Sendable {
    public let result: RunResult
    public let diagnosis: Diagnosis

    public init(_ result: RunResult) {
        self.result = result
        diagnosis = Diagnosis(result)
    }

    public func value(_ figure: RunFigure) -> Double? {
        let final = result.final
        switch figure {
        case .trainAccuracy: return final?.trainAccuracy
        case .testAccuracy: return final?.testAccuracy
        case .validationAccuracy: return final?.validationAccuracy
        case .gap: return final?.gap
        case .trainLoss: return final?.trainLoss
        case .testLoss: return final?.testLoss
        case .bestTestAccuracy: return diagnosis.bestTestAccuracy
        case .bestTestEpoch: return diagnosis.bestTestEpoch.map(Double.init)
        case .lowestTestLossEpoch: return diagnosis.lowestTestLossEpoch.map(Double.init)
        case .epochs: return Double(result.history.count)
        case .diverged: return diagnosis.verdict == .diverged ? 1 : 0
        case .testLossTurnedUp: return diagnosis.testLossTurnedUp ? 1 : 0
        case .restoredEpoch: return result.restoredEpoch.map(Double.init)
        case .trainingImages: return Double(result.trainingImages)
        }
    }
}
