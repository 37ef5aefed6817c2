import OverfitTraining

/// One epoch's figures by name, in the order a session file writes them, for bit-exact
/// comparison and for naming the first figure that differs.
struct EpochFigures: Equatable {
    static let names = [
        "train loss", "train penalty", "train accuracy", "validation loss", "validation accuracy",
        "test loss", "test accuracy",
    ]
    let epoch: Int
    /// nil where the run had no validation split.
    let values: [Double?]

    init(_ metrics: EpochMetrics) {
        epoch = metrics.epoch
        values = [
            metrics.trainLoss, metrics.trainPenalty, metrics.trainAccuracy, metrics.validationLoss,
            metrics.validationAccuracy, metrics.testLoss, metrics.testAccuracy,
        ]
    }

    static func == (lhs: EpochFigures, rhs: EpochFigures) -> Bool {
        lhs.epoch == rhs.epoch && lhs.firstDifference(from: rhs) == nil
    }

    /// The index of the first figure whose bits differ, if any.
    func firstDifference(from other: EpochFigures) -> Int? {
        zip(values, other.values).enumerated().first { _, pair in
            pair.0?.bitPattern != pair.1?.bitPattern
        }?.offset
    }
}
