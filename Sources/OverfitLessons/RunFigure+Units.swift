import OverfitTraining

extension RunFigure {
    /// What a figure measures, so that only like figures subtract: percentages (and the gap, in
    /// points), losses, and counts (epochs, images, flags).
    enum Unit: Sendable { case fraction, loss, count }

    var unit: Unit {
        if isAccuracy { return .fraction }
        return [.trainLoss, .testLoss].contains(self) ? .loss : .count
    }

    /// A difference of two such figures as prose writes it: `2.90 points`, `0.0312`, `7`.
    /// `points` words percentage points in the prose's language (`{value} points`, `{value}%p`).
    func formatDifference(_ value: Double, points: String = RunFigures.englishPoints) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : "\(value)" }
        switch unit {
        case .fraction: return RunFigures.points(FigureFormat.points(value, signed: false), in: points)
        case .loss: return FigureFormat.fixed(value, digits: 4)
        case .count: return Int(value.rounded()).groupedDigits
        }
    }
}
