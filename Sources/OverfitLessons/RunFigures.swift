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
    /// The first epoch whose train accuracy was 100%; none if no epoch fitted every image.
    case firstFitEpoch = "fit_epoch"
    /// Weights and biases of the network (for MNIST-sized images and 10 classes).
    case weights
    /// With `repeats`: the mean, lowest and highest final test accuracy of the run's seeds, and
    /// the points between the lowest and highest; a single run's own figure (a range of 0).
    case meanTestAccuracy = "mean_test_acc"
    case minTestAccuracy = "min_test_acc"
    case maxTestAccuracy = "max_test_acc"
    case testAccuracyRange = "test_acc_range"
    /// How many seeds the run trained (`repeats`).
    case seeds

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
        case .firstFitEpoch: return "the first epoch at 100% train accuracy"
        case .weights: return "the number of weights"
        case .meanTestAccuracy: return "mean test accuracy over the seeds"
        case .minTestAccuracy: return "the lowest seed's test accuracy"
        case .maxTestAccuracy: return "the highest seed's test accuracy"
        case .testAccuracyRange: return "the range of test accuracy over the seeds"
        case .seeds: return "the number of seeds"
        }
    }

    public var isAccuracy: Bool {
        [
            .trainAccuracy, .testAccuracy, .validationAccuracy, .gap, .bestTestAccuracy, .meanTestAccuracy,
            .minTestAccuracy, .maxTestAccuracy, .testAccuracyRange,
        ].contains(self)
    }

    /// How the figure reads in prose: accuracies as percentages, epochs as whole numbers.
    public func format(_ value: Double, points: String = RunFigures.englishPoints) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return value.isNaN ? "?" : "\(value)" }
        // A gap is a difference of two percentages: percentage points.
        if self == .gap || self == .testAccuracyRange {
            return RunFigures.points(FigureFormat.points(value, signed: false), in: points)
        }
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
    /// The lesson's name for the run, which the figures it prints are cited under.
    public let name: String?
    /// Every seed's run with `repeats` (`result` is the first); `[result]` without.
    public let seeds: [RunResult]
    /// How lesson prose in the reader's language words percentage points: `{value} points` in
    /// English, `{value}%p` in Korean (`unit.points` in `lessons/messages.txt`).
    public var points = RunFigures.englishPoints

    public static let englishPoints = "{value} points"

    /// `text` (a number) in the words of `template`.
    static func points(_ text: String, in template: String) -> String {
        template.replacingOccurrences(of: "{value}", with: text)
    }

    public init(_ result: RunResult, seeds: [RunResult]? = nil, name: String? = nil) {
        self.result = result
        self.seeds = seeds ?? [result]
        self.name = name
        diagnosis = Diagnosis(result)
    }

    /// The figure as prose prints it (`76.37%`), recorded as a citation of this run at the epoch
    /// it was measured in; nil when the run has no such figure.
    public func shown(_ figure: RunFigure) -> String? {
        guard let value = value(figure) else { return nil }
        let text = figure.format(value, points: points)
        guard let (measure, epoch) = source(of: figure) else { return text }
        return CitedFigure.cite(measure, of: result, run: name, epoch: epoch, text: text)
    }

    /// Records `text`, a printed difference of `figure` between two runs, as a citation of both.
    @discardableResult
    public static func cite(_ figure: RunFigure, _ first: RunFigures, _ second: RunFigures, text: String) -> String {
        guard let one = first.term(figure), let other = second.term(figure) else { return text }
        return CitedFigure.cite([one, other], text: text)
    }

    /// Which measure at which epoch a figure reads; nil for counts and flags, which no test set measured.
    public func source(of figure: RunFigure) -> (CitedFigure.Measure, Int)? {
        let final = result.final?.epoch
        switch figure {
        case .trainAccuracy: return final.map { (.trainAccuracy, $0) }
        case .testAccuracy: return final.map { (.testAccuracy, $0) }
        case .validationAccuracy: return final.map { (.validationAccuracy, $0) }
        case .gap: return final.map { (.gap, $0) }
        case .trainLoss: return final.map { (.trainLoss, $0) }
        case .testLoss: return final.map { (.testLoss, $0) }
        case .bestTestAccuracy: return diagnosis.bestTestEpoch.map { (.testAccuracy, $0) }
        default: return nil
        }
    }

    /// The figure as a citation's term: this run's measure at the epoch it was measured in.
    public func term(_ figure: RunFigure) -> CitedFigure.Term? {
        source(of: figure).map { CitedFigure.Term(run: name, history: result.history, epoch: $0.1, measure: $0.0) }
    }

    /// The seeds' final test accuracies; nil unless every seed has a final figure.
    private var seedTestAccuracies: [Double]? {
        let finals = seeds.compactMap { $0.final?.testAccuracy }
        return finals.count == seeds.count && !finals.isEmpty ? finals : nil
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
        case .firstFitEpoch: return result.history.first { $0.trainAccuracy >= 1 }.map { Double($0.epoch) }
        case .weights: return result.config.weightCount().map(Double.init)
        case .meanTestAccuracy: return seedTestAccuracies.map { $0.reduce(0, +) / Double($0.count) }
        case .minTestAccuracy: return seedTestAccuracies?.min()
        case .maxTestAccuracy: return seedTestAccuracies?.max()
        case .testAccuracyRange:
            return seedTestAccuracies.flatMap { list in list.max().map { $0 - (list.min() ?? $0) } }
        case .seeds: return Double(seeds.count)
        }
    }
}
