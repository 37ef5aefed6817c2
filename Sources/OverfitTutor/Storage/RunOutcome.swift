import OverfitTraining

/// What a run produced, as a session file records it (format 3): every epoch's figures bit for
/// bit, how it ended, and the 10,000 test predictions, so `--resume` can show the run again
/// (`runs`, `plot`, `samples`, the lessons' figures) without training it. Wall-clock times are
/// not kept: they are never printed where a session must replay.
public struct RunOutcome: Sendable {
    public var history: [EpochMetrics]
    public var status: RunStatus
    public var restoredEpoch: Int?
    public var stoppedEarlyAfterEpoch: Int?
    public var testPredictions: [UInt8]
    public var trainingImages: Int

    public init(
        history: [EpochMetrics], status: RunStatus, restoredEpoch: Int?, stoppedEarlyAfterEpoch: Int?,
        testPredictions: [UInt8], trainingImages: Int
    ) {
        self.history = history
        self.status = status
        self.restoredEpoch = restoredEpoch
        self.stoppedEarlyAfterEpoch = stoppedEarlyAfterEpoch
        self.testPredictions = testPredictions
        self.trainingImages = trainingImages
    }

    public init(_ result: RunResult) {
        self.init(
            history: result.history.map {
                var metrics = $0; metrics.seconds = 0; return metrics
            },
            status: result.status, restoredEpoch: result.restoredEpoch,
            stoppedEarlyAfterEpoch: result.stoppedEarlyAfterEpoch,
            testPredictions: result.testPredictions, trainingImages: result.trainingImages)
    }

    /// The run as the trainer would have handed it back (with no wall-clock times).
    public func result(config: RunConfig) -> RunResult {
        RunResult(
            config: config, history: history, status: status, restoredEpoch: restoredEpoch,
            stoppedEarlyAfterEpoch: stoppedEarlyAfterEpoch, testPredictions: testPredictions,
            trainingImages: trainingImages, totalSeconds: 0)
    }
}

extension RunOutcome: Equatable {
    /// Bit for bit: a NaN equals a NaN with the same bits, and 0.0 differs from -0.0.
    public static func == (lhs: RunOutcome, rhs: RunOutcome) -> Bool {
        lhs.status == rhs.status && lhs.restoredEpoch == rhs.restoredEpoch
            && lhs.stoppedEarlyAfterEpoch == rhs.stoppedEarlyAfterEpoch && lhs.trainingImages == rhs.trainingImages
            && lhs.testPredictions == rhs.testPredictions && lhs.history.count == rhs.history.count
            && zip(lhs.history, rhs.history).allSatisfy { EpochFigures($0) == EpochFigures($1) }
            && lhs.history.map(\.sampledTestImages) == rhs.history.map(\.sampledTestImages)
    }
}
