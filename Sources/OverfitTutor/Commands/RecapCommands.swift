import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining

/// recap: the lessons finished in this session, as Markdown to keep.
enum RecapCommands {
    static let commands: [Command] = [
        Command(
            name: "recap", usage: "recap [FILE.md]",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count <= 1 else {
                    throw HintedError(
                        session.style.say(.errorRecapOne), hint: session.style.say(.hintRecapExample))
                }
                let text = LessonRecap.markdown(try session.lessonGuide(), session: session)
                guard let path = arguments.first else { return session.write(text) }
                try write(text, to: path, session: session)
            })
    ]

    static func write(_ text: String, to path: String, session: Session) throws(HintedError) {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HintedError(session.style.say(.errorRecapEmpty), hint: session.style.say(.hintRecapExample))
        }
        let target = FileAccess.expand(path)
        let wording = WriteTarget.Wording(command: "recap", example: "overfit-recap.md")
        guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
            return session.write(session.style.say(.recapKept, ["path": VisibleText.escaped(path)]) + "\n")
        }
        try FileAccess.writeAtomically(
            text, to: target, command: "recap", name: "overfit-recap.md", disk: session.options.disk)
        let count = session.guide?.finished.count ?? 0
        session.write(
            session.style.say(
                count == 1 ? .recapWroteOne : .recapWroteMany,
                ["count": String(count), "path": VisibleText.escaped(path)]) + "\n")
    }
}
