import OverfitLessons
import OverfitTraining

extension PredictionAnswer {
    /// Whether an answer came true, and the sentence that says so with the learner's figures.
    struct Verdict: Equatable {
        let sentence: String
        /// Nil when it cannot be judged (a run it names was skipped): not counted either way.
        let right: Bool?
    }

    /// A number counts as right within 5 points for an accuracy, within 10% (and at least 1)
    /// for anything else: a guess, not a measurement, is being judged.
    static func tolerance(_ metric: RunFigure, actual: Double) -> Double {
        metric.isAccuracy ? 0.05 : max([.trainLoss, .testLoss].contains(metric) ? 0 : 1, abs(actual) * 0.1)
    }

    static func toleranceWords(_ metric: RunFigure) -> String {
        metric.isAccuracy ? "5 points" : "10%"
    }

    func verdict(_ prediction: Prediction, figures: (String) -> RunFigures?) -> Verdict {
        let metric = prediction.metric
        guard let measured = figures(prediction.run), let value = measured.value(metric) else {
            return Verdict(sentence: "", right: nil)
        }
        if case .number(let guess) = self {
            let right = abs(guess - value) <= Self.tolerance(metric, actual: value) + 1e-9
            let how =
                right
                ? "within \(Self.toleranceWords(metric)), counted right"
                : "more than \(Self.toleranceWords(metric)) off"
            return Verdict(
                sentence: "You predicted \(metric.format(guess)); it was \(measured.shown(metric) ?? "?"): \(how).",
                right: right
            )
        }
        if case .option(let chosen) = self {
            return nearerVerdict(chosen, prediction: prediction, value: value, figures: figures)
        }
        guard let baseline = prediction.baseline, let earlier = figures(baseline), earlier.value(metric) != nil,
            let actual = prediction.outcome(figures)
        else {
            let against = prediction.baseline.map { "`\($0)`" } ?? "the earlier run"
            return Verdict(
                sentence:
                    "You predicted \(words(metric)), but there is no \(against) run to compare \(metric.format(value)) with: it was skipped.",
                right: nil)
        }
        let right: Bool
        var said = words(metric)
        switch self {
        case .direction(let direction): right = direction == actual
        case .yes(let yes):
            right = yes == (actual == prediction.yesMeans)
            if let yesMeans = prediction.yesMeans {
                said += " (\(metric.words) \(yes ? "" : "not ")\(yesMeans.rawValue))"
            }
        case .number, .option: right = false
        }
        let change = "\(earlier.shown(metric) ?? "?") → \(measured.shown(metric) ?? "?")"
        return Verdict(
            sentence:
                "You predicted \(said); \(metric.words) came out \(actual.rawValue): \(change). \(right ? "You were right." : "Not this time.")",
            right: right)
    }

    /// "You predicted nearer clean; test accuracy came out 66.35%, nearer clean (75.43%) than
    /// chance (10.00%)": graded by distance, as the question asked, not by direction.
    private func nearerVerdict(
        _ chosen: String, prediction: Prediction, value: Double, figures: (String) -> RunFigures?
    ) -> Verdict {
        let metric = prediction.metric
        guard let (winner, values) = prediction.nearest(figures) else {
            return Verdict(
                sentence: "You predicted nearer \(chosen), but a run it compares with was skipped.", right: nil)
        }
        let others = zip(prediction.options, values).filter { $0.0.name != winner.name }
            .map { "\($0.0.name) (\(metric.format($0.1)))" }.joined(separator: " or ")
        let winnerValue = zip(prediction.options, values).first { $0.0.name == winner.name }.map { $0.1 } ?? value
        let right = winner.name == chosen
        return Verdict(
            sentence:
                "You predicted nearer \(chosen); \(metric.words) came out \(figures(prediction.run)?.shown(metric) ?? metric.format(value)), nearer \(winner.name) (\(metric.format(winnerValue))) than \(others). \(right ? "You were right." : "Not this time.")",
            right: right)
    }
}
