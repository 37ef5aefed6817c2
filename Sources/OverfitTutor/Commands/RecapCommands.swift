import Foundation
import OverfitData
import OverfitTraining

/// recap: the lessons finished in this session, as Markdown to keep.
enum RecapCommands {
    static let commands: [Command] = [
        Command(
            name: "recap", usage: "recap [FILE.md]",
            summary:
                "every lesson finished in this session as Markdown: what you saw, your runs, predictions and the published figures",
            help:
                "Without FILE.md, prints it. With one, writes it whole or not at all (a temporary file renamed into place); an existing file is replaced only after you confirm, and never from a script or a replayed file.",
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
        var status = stat()
        if lstat(target, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR {
            guard try confirmReplacing(path, session: session) else {
                return session.write("recap not written: \(VisibleText.escaped(path)) is kept as it was\n")
            }
        }
        try FileAccess.writeAtomically(
            text, to: target, command: "recap", name: "overfit-recap.md", disk: session.options.disk)
        let count = session.guide?.finished.count ?? 0
        session.write("wrote the recap of \(count) lesson\(count == 1 ? "" : "s") to \(VisibleText.escaped(path))\n")
    }

    /// Asks before replacing a file; a script (nobody to ask) is refused.
    static func confirmReplacing(_ path: String, session: Session) throws(HintedError) -> Bool {
        guard session.terminal.isInteractive else {
            throw HintedError(
                "\(VisibleText.escaped(path)) exists; recap replaces a file only when you confirm at the prompt",
                hint: "choose another name, e.g. recap overfit-recap-2.md")
        }
        session.flushOutput()
        let answer = session.terminal.readLine(prompt: "\(VisibleText.escaped(path)) exists: replace it? [y/N] ") ?? ""
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
