import Foundation
import OverfitData
import OverfitTraining

/// recap: the lessons finished in this session, as Markdown to keep.
enum RecapCommands {
    static let commands: [Command] = [
        Command(
            name: "recap", usage: "recap [FILE.md]",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count <= 1 else {
                    throw HintedError("recap takes at most one file name", hint: "e.g. recap overfit-recap.md")
                }
                let text = LessonRecap.markdown(try session.lessonGuide(), session: session)
                guard let path = arguments.first else { return session.write(text) }
                try write(text, to: path, session: session)
            })
    ]

    static func write(_ text: String, to path: String, session: Session) throws(HintedError) {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw HintedError("recap needs a file name, not an empty one", hint: "e.g. recap overfit-recap.md")
        }
        let target = FileAccess.expand(path)
        let wording = WriteTarget.Wording(command: "recap", example: "overfit-recap.md")
        guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
            return session.write("recap not written: \(VisibleText.escaped(path)) is kept as it was\n")
        }
        try FileAccess.writeAtomically(
            text, to: target, command: "recap", name: "overfit-recap.md", disk: session.options.disk)
        let count = session.guide?.finished.count ?? 0
        session.write("wrote the recap of \(count) lesson\(count == 1 ? "" : "s") to \(VisibleText.escaped(path))\n")
    }
}
