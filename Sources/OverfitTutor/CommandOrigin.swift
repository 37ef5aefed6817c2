import OverfitData
import OverfitLessons
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
    var place: String { place(FileWords()) }

    func place(_ words: FileWords) -> String {
        switch (kind, line) {
        case (.replay, let line?): words.say(.originReplayLine, ["file": file, "line": String(line)])
        case (.replay, nil): words.say(.originReplay, ["file": file])
        case (.lesson, let line?): words.say(.originLessonLine, ["file": file, "line": String(line)])
        case (.lesson, nil): file
        }
    }

    /// The error for `command` (named `name`), which a file may not run, in `language`.
    func refusal(of command: String, name: String, language: Language = .english) -> HintedError {
        let words = FileWords(language)
        let values = [
            "place": VisibleText.escaped(place(words)), "command": "`\(Text.shown(command, limit: 200))`",
        ]
        if ["quit", "exit", "q"].contains(name) {
            return HintedError(
                words.say(kind == .replay ? .originReplayNoQuit : .originLessonNoQuit, values),
                hint: words.say(.originHintNoQuit))
        }
        return HintedError(
            words.say(kind == .replay ? .originReplayNoWrite : .originLessonNoWrite, values),
            hint: words.say(.originHintNoWrite))
    }
}
