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
    /// To a `nearer` question: the name of the option chosen.
    case option(String)

    /// Words for each direction, any case. "better" and "worse" depend on the figure: better
    /// test accuracy is higher, a better loss or gap is lower.
    static let directionWords: [String: Prediction.Direction] = [
        "higher": .higher, "high": .higher, "up": .higher, "h": .higher, "more": .higher, "rise": .higher,
        "increase": .higher, "go up": .higher, "bigger": .higher, "larger": .higher,
        "lower": .lower, "low": .lower, "down": .lower, "l": .lower, "less": .lower, "fall": .lower,
        "decrease": .lower, "go down": .lower, "smaller": .lower,
        "same": .same, "s": .same, "the same": .same, "about the same": .same, "stay": .same, "equal": .same,
        "no change": .same, "unchanged": .same,
    ].merging(koreanDirectionWords) { english, _ in english }
    static let yesWords = Set(["yes", "y", "yeah", "yep", "sure"]).union(koreanYesWords)
    static let noWords = Set(["no", "n", "nope"]).union(koreanNoWords)

    /// The Korean words, accepted in either language (an answer is never refused for its
    /// language): plain (높다), polite (높아요) and "becomes" forms (높아진다, 올라간다).
    static let koreanDirectionWords: [String: Prediction.Direction] = [
        "높다": .higher, "높아요": .higher, "높아진다": .higher, "높아져요": .higher, "높아집니다": .higher,
        "올라간다": .higher, "올라가요": .higher, "오른다": .higher, "올라요": .higher, "높음": .higher,
        "낮다": .lower, "낮아요": .lower, "낮아진다": .lower, "낮아져요": .lower, "낮아집니다": .lower,
        "떨어진다": .lower, "떨어져요": .lower, "내려간다": .lower, "내려가요": .lower, "낮음": .lower,
        "비슷하다": .same, "비슷해요": .same, "비슷합니다": .same, "같다": .same, "같아요": .same,
        "그대로": .same, "그대로다": .same, "비슷함": .same,
    ]
    static let koreanYesWords: Set = ["예", "네", "응"]
    static let koreanNoWords: Set = ["아니오", "아니요", "아니", "아뇨"]
    /// A Korean sentence that opens with one of these answers yes or no (`네, 오를 것 같아요`,
    /// `아니요 안 오를 거예요`); `아니` alone is left out, since it also opens a sentence that goes on to
    /// say yes.
    static let koreanOpeningYes: Set = ["예", "네"]
    static let koreanOpeningNo: Set = ["아니오", "아니요", "아뇨"]
    /// Around a Korean number: "about" before it, "or so" after it, "percent" for `%`
    /// (`약 80%`, `80퍼센트 정도`, `80프로쯤`).
    static let koreanAbout: Set = ["약", "대략", "거의", "한"]
    static let koreanOrSo = ["정도", "쯤", "가량", "내외"]
    static let koreanPercent = ["퍼센트", "프로"]

    /// Reads `text` as an answer to `prediction`; an unclear answer is an error whose hint says
    /// what the question takes (the question stays open: it is asked again, not counted wrong).
    static func parse(
        _ text: String, for prediction: Prediction, words: TutorMessages = .installed(.english)
    ) throws(HintedError) -> PredictionAnswer {
        let word = normalised(text)
        switch prediction.kind {
        case .number: return try number(word, typed: text, metric: prediction.metric, words: words)
        case .nearer(let options): return try option(word, typed: text, options: options, words: words)
        case .direction, .yesNo: break
        }
        let direction = directionWords[word] ?? betterWorse(word, metric: prediction.metric)
        if let yesMeans = prediction.yesMeans {
            let opening = tokens(word).first ?? ""
            if yesWords.contains(word) || koreanOpeningYes.contains(opening) { return .yes(true) }
            if noWords.contains(word) || koreanOpeningNo.contains(opening) { return .yes(false) }
            if let direction { return .yes(direction == yesMeans) }
        } else if let direction {
            return .direction(direction)
        }
        let values = ["expected": expectedWords(prediction, words: words), "typed": Text.shown(text)]
        let notYesNo = prediction.yesMeans == nil && (yesWords.contains(word) || noWords.contains(word))
        throw HintedError(
            words.text(notYesNo ? .errorAnswerUnclearNotYesNo : .errorAnswerUnclear, values),
            hint: words.text(.hintAnswerUnclear, ["example": example(prediction, words: words)]))
    }

    /// The one option named among the words: `clean`, `nearer the clean run`, `Chance.`, in
    /// Korean with a particle or 쪽 after the name (`clean에 더 가깝다`, `chance 쪽`, `clean쪽`), and
    /// the same for each word the lesson gives the option (`answers:`: `깨끗한 쪽`, `우연`, `10%`).
    static func option(
        _ word: String, typed: String, options: [Prediction.Option], words: TutorMessages = .installed(.english)
    ) throws(HintedError) -> PredictionAnswer {
        let typedWords = tokens(word)
        let named = options.filter { option in
            ([option.name] + option.words).contains { names(tokens($0.lowercased()), in: typedWords) }
        }
        guard named.count == 1, let chosen = named.first else {
            let names = options.map { "`\($0.shown)`" }.joined(separator: " " + words.text(.wordOr) + " ")
            throw HintedError(
                words.text(
                    named.count > 1 ? .errorAnswerOptionMany : .errorAnswerOption,
                    ["options": names, "typed": Text.shown(typed)]),
                hint: words.text(.hintAnswerUnclear, ["example": options.first?.shown ?? ""]))
        }
        return .option(chosen.name)
    }

    /// The words of `text`: letters, digits and `_` (`10%` is `10`, `clean,` is `clean`).
    static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }

    /// Whether `phrase` (its words) stands in `typed` word for word, its last word perhaps with a
    /// Korean particle after it (`clean에`, `우연에`).
    static func names(_ phrase: [String], in typed: [String]) -> Bool {
        guard let last = phrase.last, typed.count >= phrase.count else { return false }
        return (0...(typed.count - phrase.count)).contains { start in
            let tail = typed[start + phrase.count - 1]
            return zip(phrase.dropLast(), typed[start...]).allSatisfy(==)
                && (tail == last || (tail.hasPrefix(last) && tail.dropFirst(last.count).allSatisfy(isHangul)))
        }
    }

    /// A Hangul syllable or jamo: what follows a name as a Korean particle (`clean에`).
    static func isHangul(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            (0xAC00...0xD7A3).contains(scalar.value) || (0x3131...0x318E).contains(scalar.value)
        }
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
        case .trainAccuracy, .testAccuracy, .validationAccuracy, .bestTestAccuracy, .meanTestAccuracy,
            .minTestAccuracy, .maxTestAccuracy:
            return true
        case .trainLoss, .testLoss, .gap: return false
        default: return nil
        }
    }

    /// `80`, `80%`, `80 %`, `76.5`, in Korean `80퍼센트`, `약 80%`, `80프로 정도`: for an accuracy,
    /// always a percentage.
    static func number(
        _ word: String, typed: String, metric: RunFigure, words: TutorMessages = .installed(.english)
    ) throws(HintedError) -> PredictionAnswer {
        let plain = koreanNumber(word)
        let digits = plain.hasSuffix("%") ? String(plain.dropLast()).trimmingCharacters(in: " ") : plain
        let shown = ["typed": Text.shown(typed)]
        guard let value = Double(digits), value.isFinite else {
            throw HintedError(
                words.text(metric.isAccuracy ? .errorAnswerPercentage : .errorAnswerNumber, shown),
                hint: words.text(metric.isAccuracy ? .hintAnswerPercentage : .hintAnswerNumber))
        }
        if metric.isAccuracy {
            // The question asks for a percentage: 80 means 80%, whatever the size of the number.
            guard (0...100).contains(value) else {
                throw HintedError(words.text(.errorPercentageRange, shown), hint: words.text(.hintPercentageRange))
            }
            return .number(value / 100)
        }
        guard value == value.rounded(), (0...100_000).contains(value) else {
            throw HintedError(words.text(.errorWholeNumber, shown), hint: words.text(.hintWholeNumber))
        }
        return .number(value)
    }

    /// `word` without the Korean words around a number: "about" before it, "or so" after it (apart
    /// or attached), "percent" as `%`. Anything else is left as it was typed.
    static func koreanNumber(_ word: String) -> String {
        var parts = word.split(separator: " ").map(String.init)
        while let first = parts.first, parts.count > 1, koreanAbout.contains(first) { parts.removeFirst() }
        while let last = parts.last, parts.count > 1, koreanOrSo.contains(last) { parts.removeLast() }
        var number = parts.joined(separator: " ")
        while let suffix = koreanOrSo.first(where: { number.hasSuffix($0) && number.count > $0.count }) {
            number = String(number.dropLast(suffix.count)).trimmingCharacters(in: " ")
        }
        if let percent = koreanPercent.first(where: { number.hasSuffix($0) && number.count > $0.count }) {
            number = String(number.dropLast(percent.count)).trimmingCharacters(in: " ") + "%"
        }
        return number
    }

    /// The line under a prediction question in Korean: the Korean words, each with the English
    /// one it stands for (English answers are taken too).
    /// What a prediction question takes, in words for prompts and errors.
    static func expectedWords(_ prediction: Prediction, words: TutorMessages = .installed(.english)) -> String {
        switch prediction.kind {
        case .yesNo: return words.text(.expectedYesNo)
        case .direction: return words.text(.expectedDirection)
        case .nearer(let options): return options.map(\.shown).joined(separator: " " + words.text(.wordOr) + " ")
        case .number: return words.text(prediction.metric.isAccuracy ? .expectedPercentage : .expectedNumber)
        }
    }

    /// An answer to show in a hint: `higher`, `yes`, `20`, or the first option.
    static func example(_ prediction: Prediction, words: TutorMessages = .installed(.english)) -> String {
        switch prediction.kind {
        case .yesNo: return words.text(.exampleYes)
        case .direction: return words.text(.exampleDirection)
        case .nearer(let options): return options.first?.shown ?? "higher"
        case .number: return prediction.metric.isAccuracy ? "80" : "20"
        }
    }

    /// The answer as the tutor repeats it: `higher`, `yes`, `80.00%`, `20` (in Korean `높아진다`, `예`);
    /// an option as `prediction` shows it (`깨끗한`), else by its name.
    func words(_ metric: RunFigure, words: TutorMessages = .installed(.english), prediction: Prediction? = nil)
        -> String
    {
        switch self {
        case .direction(let direction): return words.text(Self.directionKey(direction))
        case .yes(let yes): return words.text(yes ? .answerYes : .answerNo)
        case .number(let value): return metric.format(value, points: words.text(.unitPoints, ["value": "{value}"]))
        case .option(let name):
            let shown = prediction?.options.first { $0.name == name }?.shown ?? name
            return words.text(.answerNearer, ["name": shown])
        }
    }
}
