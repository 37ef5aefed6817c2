import OverfitLessons
import OverfitTraining

/// A learner's answer to a prediction question, read from what people type: higher/lower/same
/// and their everyday words, yes/no where the question is yes/no, a number with or without `%`.
enum PredictionAnswer: Equatable {
    case direction(Prediction.Direction)
    /// To a yes/no question: yes means the outcome the question names (`Prediction.yesMeans`).
    case yes(Bool)
    /// The figure itself, in its own unit (a fraction for an accuracy).
    case number(Double)

    /// Words for each direction, any case. "better" and "worse" depend on the figure: better
    /// test accuracy is higher, a better loss or gap is lower.
    static let directionWords: [String: Prediction.Direction] = [
        "higher": .higher, "high": .higher, "up": .higher, "h": .higher, "more": .higher, "rise": .higher,
        "increase": .higher, "go up": .higher, "bigger": .higher, "larger": .higher,
        "lower": .lower, "low": .lower, "down": .lower, "l": .lower, "less": .lower, "fall": .lower,
        "decrease": .lower, "go down": .lower, "smaller": .lower,
        "same": .same, "s": .same, "the same": .same, "about the same": .same, "stay": .same, "equal": .same,
        "no change": .same, "unchanged": .same,
    ]
    static let yesWords: Set = ["yes", "y", "yeah", "yep", "sure"]
    static let noWords: Set = ["no", "n", "nope"]

    /// Reads `text` as an answer to `prediction`; an unclear answer is an error whose hint says
    /// what the question takes (the question stays open: it is asked again, not counted wrong).
    static func parse(_ text: String, for prediction: Prediction) throws(HintedError) -> PredictionAnswer {
        let word = normalised(text)
        guard prediction.baseline != nil else { return try number(word, typed: text, metric: prediction.metric) }
        let direction = directionWords[word] ?? betterWorse(word, metric: prediction.metric)
        if let yesMeans = prediction.yesMeans {
            if yesWords.contains(word) { return .yes(true) }
            if noWords.contains(word) { return .yes(false) }
            if let direction { return .yes(direction == yesMeans) }
        } else if let direction {
            return .direction(direction)
        }
        let expected = expectedWords(prediction)
        let note =
            prediction.yesMeans == nil && (yesWords.contains(word) || noWords.contains(word))
            ? "; this question is not yes or no" : ""
        throw HintedError(
            "answer \(expected) (got `\(Text.shown(text))`)\(note)",
            hint: "e.g. \(prediction.yesMeans == nil ? "higher" : "yes"); or `skip` to go on without predicting")
    }

    /// Lower case, single spaces, no trailing `.`, `!` or `?`.
    static func normalised(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while let last = words.last, ".!?".contains(last) { words.removeLast() }
        return words
    }

    static func betterWorse(_ word: String, metric: RunFigure) -> Prediction.Direction? {
        guard word == "better" || word == "worse", let higherIsBetter = higherIsBetter(metric) else { return nil }
        return (word == "better") == higherIsBetter ? .higher : .lower
    }

    /// Whether a larger value of the figure is the better one; nil where neither is.
    static func higherIsBetter(_ metric: RunFigure) -> Bool? {
        switch metric {
        case .trainAccuracy, .testAccuracy, .validationAccuracy, .bestTestAccuracy: return true
        case .trainLoss, .testLoss, .gap: return false
        default: return nil
        }
    }

    /// `80`, `80%`, `80 %`, `76.5`: for an accuracy, always a percentage.
    static func number(_ word: String, typed: String, metric: RunFigure) throws(HintedError) -> PredictionAnswer {
        let digits = word.hasSuffix("%") ? String(word.dropLast()).trimmingCharacters(in: " ") : word
        guard let value = Double(digits), value.isFinite else {
            throw HintedError(
                "answer with \(metric.isAccuracy ? "a percentage" : "a number") (got `\(Text.shown(typed))`)",
                hint: "e.g. \(metric.isAccuracy ? "80 or 80%" : "20"); or `skip`")
        }
        if metric.isAccuracy {
            // The question asks for a percentage: 80 means 80%, whatever the size of the number.
            guard (0...100).contains(value) else {
                throw HintedError("a percentage is between 0 and 100 (got `\(Text.shown(typed))`)", hint: "e.g. 80")
            }
            return .number(value / 100)
        }
        guard value == value.rounded(), (0...100_000).contains(value) else {
            throw HintedError(
                "answer with a whole number from 0 to 100000 (got `\(Text.shown(typed))`)", hint: "e.g. 20")
        }
        return .number(value)
    }

    /// What a prediction question takes, in words for prompts and errors.
    static func expectedWords(_ prediction: Prediction) -> String {
        if prediction.yesMeans != nil { return "yes or no" }
        if prediction.baseline != nil { return "higher, lower or same" }
        return prediction.metric.isAccuracy ? "a number (a percentage)" : "a number"
    }

    /// The answer as the tutor repeats it: `higher`, `yes`, `80.00%`, `20`.
    func words(_ metric: RunFigure) -> String {
        switch self {
        case .direction(let direction): return direction.rawValue
        case .yes(let yes): return yes ? "yes" : "no"
        case .number(let value): return metric.format(value)
        }
    }
}
