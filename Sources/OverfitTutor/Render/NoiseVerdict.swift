import OverfitTraining

/// `compare`'s last lines: is the difference in final test accuracy between two runs clear, or
/// within seed-to-seed noise? The method is said with the figures (`help compare` states it too).
enum NoiseVerdict {
    static func render(
        _ a: Session.RunRecord, _ b: Session.RunRecord, labels: (String, String), style: RenderStyle
    ) -> String {
        guard let comparison = SeedComparison(a.seeds, b.seeds) else {
            return Text.wrap(
                "No verdict on noise: \(labels.0) or \(labels.1) has no finished seed to compare.", width: style.width)
                + "\n"
        }
        let difference = comparison.difference
        let interval = comparison.interval
        let head =
            "Test accuracy, \(labels.1) minus \(labels.0): \(signedPoints(difference)) points, 95% interval \(signedPoints(interval.lowerBound)) to \(signedPoints(interval.upperBound))"
        let sentence: String
        switch comparison.method {
        case .welch(let welch):
            let degrees = welch.degrees.map { String(format: "%.1f", $0) } ?? "-"
            let method =
                " (Welch's t over \(comparison.a.count) and \(comparison.b.count) seeds, \(degrees) degrees of freedom)"
            sentence =
                comparison.isClear
                ? head + method
                    + ": clear. The whole interval is \(difference > 0 ? "above" : "below") zero, so \(labels.1) is \(difference > 0 ? "better" : "worse") by more than seed-to-seed noise explains."
                : head + method
                    + ": within seed noise. The interval holds zero: these seeds cannot tell the two apart. More repeats narrow it."
        case .measured(let spread, let half):
            let which = [comparison.a.count == 1 ? labels.0 : nil, comparison.b.count == 1 ? labels.1 : nil]
                .compactMap { $0 }.joined(separator: " and ")
            let known =
                " (\(which) \(which.contains(" and ") ? "have" : "has") one seed, so no spread of \(which.contains(" and ") ? "their" : "its") own: the seed-to-seed spread of test accuracy measured on \(spread.how) is \(FigureFormat.points(spread.summary.standardDeviation, signed: false)) points, which makes ±\(FigureFormat.points(half, signed: false)) points between these runs)"
            if comparison.isClear {
                sentence =
                    head + known
                    + ": larger than that noise, so likely real; `set repeats 5` on both runs would measure it instead of borrowing the spread."
            } else if let repeats = spread.repeatsToSettle(difference) {
                sentence =
                    head + known
                    + ": a difference this small may be noise. If it is real and the runs spread like that, repeats \(repeats) on both would settle it (`set repeats \(repeats)`, then run each again)."
            } else {
                sentence =
                    head + known
                    + ": a difference this small may be noise, and even repeats \(RunConfig.maximumRepeats) on both would not tell it from noise."
            }
        }
        return Text.wrap(sentence, width: style.width) + "\n"
    }

    /// `+1.23` or `-0.45`: a difference of accuracies in points.
    static func signedPoints(_ fraction: Double) -> String { FigureFormat.points(fraction) }
}
