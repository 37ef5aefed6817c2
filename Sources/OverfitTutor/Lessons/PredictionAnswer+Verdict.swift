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

    static func toleranceWords(_ metric: RunFigure, words: TutorMessages = .installed(.english)) -> String {
        metric.isAccuracy ? words.text(.unitPoints, ["value": "5"]) : "10%"
    }

    /// The verdict in `words`' language; what counts as right does not depend on it.
    func verdict(
        _ prediction: Prediction, figures: (String) -> RunFigures?, words: TutorMessages = .installed(.english)
    ) -> Verdict {
        let metric = prediction.metric
        let points = words.text(.unitPoints, ["value": "{value}"])
        guard let measured = figures(prediction.run), let value = measured.value(metric) else {
            return Verdict(sentence: "", right: nil)
        }
        if case .number(let guess) = self {
            let right = abs(guess - value) <= Self.tolerance(metric, actual: value) + 1e-9
            let shownGuess = metric.format(guess, points: points)
            let shownActual = measured.shown(metric) ?? "?"
            let values = [
                "guess": shownGuess, "actual": shownActual, "tolerance": Self.toleranceWords(metric, words: words),
            ]
            // A guess that reads the same as the figure printed beside it is not "within 10%": it is it.
            let key: TutorMessages.Key =
                !right ? .verdictNumberWrong : shownGuess == shownActual ? .verdictNumberExact : .verdictNumberRight
            return Verdict(sentence: words.text(key, values), right: right)
        }
        if case .option(let chosen) = self {
            return nearerVerdict(chosen, prediction: prediction, value: value, figures: figures, words: words)
        }
        guard let baseline = prediction.baseline, let earlier = figures(baseline), earlier.value(metric) != nil,
            let actual = prediction.outcome(figures)
        else {
            return Verdict(
                sentence: words.text(
                    .verdictNoBaseline,
                    [
                        "said": self.words(metric, words: words), "run": prediction.baseline ?? "",
                        "value": metric.format(value, points: points),
                    ]),
                right: nil)
        }
        let right: Bool
        var said = self.words(metric, words: words)
        switch self {
        case .direction(let direction): right = direction == actual
        case .yes(let yes):
            right = yes == (actual == prediction.yesMeans)
            if let yesMeans = prediction.yesMeans {
                said = words.text(
                    .answerYesMeans,
                    [
                        "answer": said, "figure": metric.words(words),
                        "direction": words.text(Self.directionKey(yesMeans, not: !yes)),
                    ])
            }
        case .number, .option: right = false
        }
        let change = "\(earlier.shown(metric) ?? "?") → \(measured.shown(metric) ?? "?")"
        return Verdict(
            sentence: words.text(
                .verdictDirection,
                [
                    "said": said, "figure": metric.words(words), "outcome": words.text(Self.outcomeKey(actual)),
                    "change": change, "result": words.text(right ? .verdictRight : .verdictWrong),
                ]),
            right: right)
    }

    /// "You predicted nearer clean; test accuracy came out 66.35%, nearer clean (75.43%) than
    /// chance (10.00%)": graded by distance, as the question asked, not by direction.
    private func nearerVerdict(
        _ chosen: String, prediction: Prediction, value: Double, figures: (String) -> RunFigures?,
        words: TutorMessages
    ) -> Verdict {
        let metric = prediction.metric
        let points = words.text(.unitPoints, ["value": "{value}"])
        let said = self.words(metric, words: words, prediction: prediction)
        guard let (winner, values) = prediction.nearest(figures) else {
            return Verdict(sentence: words.text(.verdictNearerSkipped, ["said": said]), right: nil)
        }
        let others = zip(prediction.options, values).filter { $0.0.name != winner.name }
            .map { words.text(.verdictOption, ["name": $0.0.shown, "value": metric.format($0.1, points: points)]) }
            .joined(separator: " " + words.text(.wordOr) + " ")
        let winnerValue = zip(prediction.options, values).first { $0.0.name == winner.name }.map { $0.1 } ?? value
        let right = winner.name == chosen
        return Verdict(
            sentence: words.text(
                .verdictNearer,
                [
                    "said": said, "figure": metric.words(words),
                    "value": figures(prediction.run)?.shown(metric) ?? metric.format(value, points: points),
                    "winner": winner.shown, "winner_value": metric.format(winnerValue, points: points),
                    "others": others, "result": words.text(right ? .verdictRight : .verdictWrong),
                ]),
            right: right)
    }

    /// `higher`, or `not higher` for a "no" to a question whose yes means higher.
    static func directionKey(_ direction: Prediction.Direction, not: Bool = false) -> TutorMessages.Key {
        switch (direction, not) {
        case (.higher, false): return .answerHigher
        case (.lower, false): return .answerLower
        case (.same, false): return .answerSame
        case (.higher, true): return .answerNotHigher
        case (.lower, true): return .answerNotLower
        case (.same, true): return .answerNotSame
        }
    }

    /// How a figure came out: `higher`, `lower`, `same` (`높아졌습니다` in Korean).
    static func outcomeKey(_ direction: Prediction.Direction) -> TutorMessages.Key {
        switch direction {
        case .higher: return .outcomeHigher
        case .lower: return .outcomeLower
        case .same: return .outcomeSame
        }
    }
}
