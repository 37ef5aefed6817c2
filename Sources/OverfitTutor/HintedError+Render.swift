// Apart from HintedError.swift (OverfitTraining) as its own concern: how the tutor renders an error.
import OverfitData
import OverfitLessons
import OverfitTraining

extension HintedError {
    /// `error: MESSAGE` and, on the next line, `hint: HINT`, wrapped to the width, control
    /// characters made visible: how every error reaches the learner.
    public func render(style: RenderStyle) -> String {
        let message = Text.visible(self.message), hint = self.hint.map(Text.visible)
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
    init(_ error: any Error, doing what: String) {
        switch error {
        case let error as HintedError:
            self = error
        case let error as DataError:
            self.init(error)
        default:
            self.init("cannot \(what): \(error)")
        }
    }
}
