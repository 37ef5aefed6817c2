import OverfitData
import OverfitTraining

/// Where a command came from when the learner did not type it: a line of a replayed session
/// file, or a step of a lesson file. Such files are often someone else's (a teacher's, a
/// friend's), so what they may do is limited: commands that write files or end the session
/// (`save`, `export`, `replay`, `quit`) are refused, reported with the file and line, and the
/// rest of the file goes on.
struct CommandOrigin: Equatable {
    enum Kind: Equatable { case replay, lesson }

    let kind: Kind
    /// The file as the learner named it (a replay) or as the lesson library shows it.
    let file: String
    let line: Int?

    /// `session file s.ovf, line 7` or `lessons/05-dropout.lesson, line 12`.
    var place: String {
        let name = kind == .replay ? "session file \(file)" : file
        return line.map { "\(name), line \($0)" } ?? name
    }

    /// The error for `command` (named `name`), which a file may not run.
    func refusal(of command: String, name: String) -> HintedError {
        let shown = "`\(Text.shown(command, limit: 200))`"
        let from = kind == .replay ? "a replayed session" : "a lesson"
        if ["quit", "exit", "q"].contains(name) {
            return HintedError(
                "\(VisibleText.escaped(place)): \(shown) is not run: \(from) cannot end your session",
                hint: "the rest of the file goes on; Ctrl-D or `quit` typed by you leaves")
        }
        return HintedError(
            "\(VisibleText.escaped(place)): \(shown) is not run: \(from) cannot write files or replay others",
            hint: "nothing was written; type the command yourself if you want it")
    }
}
