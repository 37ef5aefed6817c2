/// What one epoch measured, all in evaluation mode (dropout off, batch norm on running statistics).
public struct EpochMetrics: Equatable, Sendable {
    public var epoch: Int
    /// Mean cross-entropy over the training subset (data loss only).
    public var trainLoss: Double
    /// The L1/L2 penalty added to the loss at the end of the epoch (0 without regularisation).
    public var trainPenalty: Double
    public var trainAccuracy: Double
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    public var testLoss: Double
    public var testAccuracy: Double
    /// Wall time of the epoch's training and evaluation. Never printed where output must replay.
    public var seconds: Double
    /// How many test images the test figures cover when not all were measured (a sampled test
    /// evaluation, `TestEvaluation.sampled`); nil when they cover the whole test set.
    public var sampledTestImages: Int?

    public init(
        epoch: Int, trainLoss: Double, trainPenalty: Double, trainAccuracy: Double,
        validationLoss: Double?, validationAccuracy: Double?, testLoss: Double,
        testAccuracy: Double, seconds: Double, sampledTestImages: Int? = nil
    ) {
        self.sampledTestImages = sampledTestImages
        self.epoch = epoch
        self.trainLoss = trainLoss
        self.trainPenalty = trainPenalty
        self.trainAccuracy = trainAccuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.testLoss = testLoss
        self.testAccuracy = testAccuracy
        self.seconds = seconds
    }

    /// Train accuracy minus test accuracy: the overfitting gap.
    public var gap: Double { trainAccuracy - testAccuracy }
}

/// How a run ended.
public enum RunStatus: Equatable, Sendable {
    case finished
    /// Ctrl-C; the history holds the epochs completed before it.
    case cancelled
    /// The loss became NaN or infinite in `epoch` (1-based) at `batch` (1-based).
    case diverged(epoch: Int, batch: Int)

    /// `finished`, `cancelled` or `diverged`, as in the JSON output.
    public var name: String {
        switch self {
        case .finished: return "finished"
        case .cancelled: return "cancelled"
        case .diverged: return "diverged"
        }
    }
}

/// A training run's complete record.
public struct RunResult: Sendable {
    public var config: RunConfig
    public var history: [EpochMetrics]
    public var status: RunStatus
    /// With early stopping: the epoch whose weights were restored (the lowest validation loss).
    public var restoredEpoch: Int?
    /// Set when early stopping ended the run before `config.epochs`.
    public var stoppedEarlyAfterEpoch: Int?
    /// The network's predicted class for each of the 10,000 test images, at the end of the run
    /// (after any restore), for drawing misclassified digits.
    public var testPredictions: [UInt8]
    /// How many images one epoch trained on (after augmentation) and how many it evaluated.
    public var trainingImages: Int
    public var totalSeconds: Double

    public init(
        config: RunConfig, history: [EpochMetrics], status: RunStatus, restoredEpoch: Int?,
        stoppedEarlyAfterEpoch: Int?, testPredictions: [UInt8], trainingImages: Int, totalSeconds: Double
    ) {
        self.config = config
        self.history = history
        self.status = status
        self.restoredEpoch = restoredEpoch
        self.stoppedEarlyAfterEpoch = stoppedEarlyAfterEpoch
        self.testPredictions = testPredictions
        self.trainingImages = trainingImages
        self.totalSeconds = totalSeconds
    }

    /// The metrics that describe the network the run handed back: the restored epoch's under early
    /// stopping, otherwise the last epoch's.
    public var final: EpochMetrics? {
        if let restoredEpoch, let restored = history.first(where: { $0.epoch == restoredEpoch }) { return restored }
        return history.last
    }

    /// The epochs whose test figures were measured on the same test images as `final`'s: all of
    /// them, unless `test_eval N` measured the others on a subset. A subset's 99.00% on 200
    /// images is never ranked against, or compared with, a figure on all 10,000.
    public var comparableEpochs: [EpochMetrics] {
        guard let final else { return history }
        return history.filter { $0.sampledTestImages == final.sampledTestImages }
    }

    /// The epoch with the highest test accuracy (the earliest, on ties), among the epochs
    /// measured on the same test images as the final network.
    public var bestTestEpoch: EpochMetrics? {
        comparableEpochs.reduce(nil) { best, metrics in
            guard let best else { return metrics }
            return metrics.testAccuracy > best.testAccuracy ? metrics : best
        }
    }
}

/// What the trainer reports while it runs. The trainer never prints; the REPL turns these into a
/// live progress line, tests collect them.
public enum TrainingEvent: Sendable {
    /// Training is about to start: `epochs` epochs of `batchesPerEpoch` batches over `trainingImages`.
    case started(epochs: Int, batchesPerEpoch: Int, trainingImages: Int)
    /// Sent every few batches of long epochs, so a progress line can move within an epoch.
    case batchProgress(epoch: Int, batch: Int, batchesPerEpoch: Int)
    case epochFinished(EpochMetrics)
    case finished(RunResult)
}
