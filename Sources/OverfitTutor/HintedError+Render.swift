// Apart from HintedError.swift (OverfitTraining) as its own concern: how the tutor renders an error.
import OverfitData
import OverfitLessons
import OverfitTraining

extension HintedError {
    /// `error: MESSAGE` and, on the next line, `hint: HINT`, wrapped to the width, control
    /// characters made visible: how every error reaches the learner. A message or hint made of
    /// phrases is said in the style's language.
    public func render(style: RenderStyle) -> String {
        let message = Text.visible(phrase.map(style.say) ?? self.message)
        let hint = (hintPhrase.map(style.say) ?? self.hint).map(Text.visible)
        var out =
            Text.wrap(
                message, width: style.width, indent: "  ", firstIndent: style.paint(style.say(.errorLabel), .red) + " ")
            + "\n"
        if let hint {
            // The hint's later lines hang under its first word, whatever the label's width.
            let label = "  " + style.say(.hintLabel) + " "
            out +=
                Text.wrap(
                    hint, width: style.width, indent: String(repeating: " ", count: label.displayWidth),
                    firstIndent: label) + "\n"
        }
        return out
    }

    /// An error from loading data or training, as the learner reads it: ours as it is, a data
    /// file's with its path and its own hint, anything else after what was being done
    /// (`cannot load the test digits: …`).
    init(_ error: any Error, doing action: FailedAction) {
        switch error {
        case let error as HintedError:
            self = error
        case let error as DataError:
            self.init(error)
        default:
            self.init(
                Phrase(
                    id: action.key.rawValue, values: ["error": .text("\(error)")],
                    english: "cannot \(action.rawValue): \(error)"))
        }
    }
}

/// What the tutor was doing when an error that is not ours came: its English words, and its
/// sentence in the catalogue.
enum FailedAction: String, CaseIterable {
    case run
    case loadTrainingImages = "load the training images"
    case loadTestDigits = "load the test digits"
    case loadTestImages = "load the test images"

    var key: TutorMessages.Key {
        switch self {
        case .run: return .errorCannotRun
        case .loadTrainingImages: return .errorCannotLoadTrainingImages
        case .loadTestDigits: return .errorCannotLoadTestDigits
        case .loadTestImages: return .errorCannotLoadTestImages
        }
    }
}

extension RenderStyle {
    /// A phrase in the style's language: its sentence from the catalogue, values that are phrases
    /// said the same way. The English the phrase carries stands in where the catalogue lacks it
    /// (no `lessons/` found).
    public func say(_ phrase: Phrase) -> String {
        guard let key = TutorMessages.Key(rawValue: phrase.id), !words.isEmpty else { return phrase.english }
        return say(
            key,
            phrase.values.mapValues { value in
                switch value {
                case .text(let text): return text
                case .phrase(let inner): return say(inner)
                }
            })
    }
}
