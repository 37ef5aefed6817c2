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

    /// Whether the run's test figures can be ranked by epoch: under `test_eval N` only the last
    /// epoch is on the whole test set, so it is not "best" or "lowest" of anything.
    public var ranksTestEpochs: Bool {
        comparableEpochs.count > 1 || history.count == 1
    }

    /// The epoch with the lowest (finite) test loss among the epochs measured on the same test
    /// images as the final network; nil where they cannot be ranked (`ranksTestEpochs`). Under
    /// `test_eval 200` a 200-image loss of 1.2351 at epoch 19 is not lower than the whole test
    /// set's 1.3043 at epoch 20: they are different images.
    public var lowestTestLossEpoch: EpochMetrics? {
        guard ranksTestEpochs else { return nil }
        return comparableEpochs.filter { $0.testLoss.isFinite }.min { $0.testLoss < $1.testLoss }
    }

    /// `bestTestEpoch` where the run's epochs can be ranked (`ranksTestEpochs`): what a report or
    /// table may call "best test".
    public var rankedBestTestEpoch: EpochMetrics? {
        ranksTestEpochs ? bestTestEpoch : nil
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

// MARK: - RunResult as JSON

/// A run as JSON, in one schema (`overfit-run/1`) for `overfit run --json`, the tutor's
/// `export RUN FILE.json` and `overfit check-lessons --json`; the README has a table of its
/// fields. Every field is always present (`null` where it does not apply), keys keep the knob
/// table's order so files diff well, and there are no wall-clock times: the same settings and
/// seed give the same file, byte for byte.
extension RunResult {
    public static let jsonSchema = "overfit-run/1"

    /// The run as a JSON value; `id` is its number in a tutor session (none from `overfit run`);
    /// `fixed` are knobs a lesson's rules keep, which the diagnosis never advises.
    public func jsonValue(id: Int? = nil, fixed: Set<KnobID> = []) -> JSONValue {
        let knobs = RunConfig.knobs.map { ($0.name, $0.typedValue(in: config).json) }
        var divergedAt = JSONValue.null
        if case .diverged(let epoch, let batch) = status {
            divergedAt = .object([("epoch", .integer(epoch)), ("batch", .integer(batch))])
        }
        return .object([
            ("schema", .string(Self.jsonSchema)),
            ("tool", .string("overfit \(OverfitVersion.current)")),
            ("run", id.map(JSONValue.integer) ?? .null),
            ("status", .string(status.name)),
            ("diverged_at", divergedAt),
            ("training_images", .integer(trainingImages)),
            ("restored_epoch", restoredEpoch.map(JSONValue.integer) ?? .null),
            ("stopped_early_after_epoch", stoppedEarlyAfterEpoch.map(JSONValue.integer) ?? .null),
            ("config", .object(knobs)),
            ("history", .array(history.map(\.jsonValue))),
            ("diagnosis", Diagnosis(self).jsonValue(keeping: fixed)),
        ])
    }

    /// The run as JSON text: one line, or `pretty` with indents.
    public func json(id: Int? = nil, fixed: Set<KnobID> = [], pretty: Bool = false) -> String {
        jsonValue(id: id, fixed: fixed).text(pretty: pretty)
    }
}

extension EpochMetrics {
    /// One epoch's figures; `val_loss` and `val_acc` are `null` without a validation split.
    var jsonValue: JSONValue {
        .object([
            ("epoch", .integer(epoch)),
            ("train_loss", .number(trainLoss)),
            ("train_penalty", .number(trainPenalty)),
            ("train_acc", .number(trainAccuracy)),
            ("val_loss", validationLoss.map(JSONValue.number) ?? .null),
            ("val_acc", validationAccuracy.map(JSONValue.number) ?? .null),
            ("test_loss", .number(testLoss)),
            ("test_acc", .number(testAccuracy)),
            // `test_eval N`: the test figures cover the first N test images only.
            ("test_sampled", sampledTestImages.map(JSONValue.integer) ?? .null),
        ])
    }
}

extension Diagnosis {
    /// `{"verdict": "collapsed", "advice": [{"knob": "weight_decay", "value": 0.03, "with": []}]}`:
    /// the verdict as the README lists them, and the advice in order, the first most likely to help.
    public func jsonValue(keeping fixed: Set<KnobID> = []) -> JSONValue {
        .object([
            ("verdict", .string(verdict.rawValue)),
            ("advice", .array(advice(keeping: fixed).map(\.jsonValue))),
        ])
    }
}
