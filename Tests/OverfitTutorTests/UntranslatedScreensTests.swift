import OverfitLessons
import Testing

@testable import OverfitTutor

/// A Korean session through every command, its errors and its reports, on the fake backend at
/// 80 and 110 columns: no screen may keep English prose (`UntranslatedText`). Lessons are
/// walked in Korean by `check-lessons`, which applies the same rule to their screens.
@Suite struct UntranslatedScreensTests {
    static let library = LessonLibrary.load(directory: packageRoot + "/lessons")

    /// Each command a learner can type, with the errors a slip gives.
    static let lines = [
        "help", "help sweep", "help set", "show", "show dropout", "explain dropout", "explain lr",
        "set dropout 2", "set batch zero", "set layers x", "set nothing 1", "set epochs",
        "set epochs 3", "run", "run", "set epochs 4", "run", "runs", "compare", "compare 1 2", "compare 9",
        "plot", "plot loss", "plot gap", "plot 1 2", "plot 9", "samples", "samples 1 vs 2", "samples 9",
        "rotations", "rotations 99999", "sweep lr 0.01,0.1", "sweep lr", "set repeats 3", "run", "compare",
        "set repeats 1", "set val_size 60", "run", "rank", "submit", "submit 99", "sources", "sources lab",
        "sources nothing", "lang", "lang xx", "verbose on", "verbose", "verbose off", "lessons", "where",
        "hint", "next", "skip", "back", "continue", "answer higher", "recap", "lesson 99", "lesson x",
        "export 1 /nonexistent/dir/x.csv", "export 99 x.csv", "save /nonexistent/dir/x.session",
        "replay /nonexistent/x.session", "reset", "reset dropout", "foo", "quitt",
    ]

    @Test(arguments: [80, 110])
    func aKoreanSessionKeepsNoEnglishProse(width: Int) throws {
        let (session, terminal, _) = makeSession(Self.lines, width: width)
        session.guide = LessonGuide(library: Self.library, progressPath: nil)
        try session.choose(language: .korean)
        _ = session.runLoop()
        let prompts = Set(Self.lines.map { "overfit> " + $0 })
        let screens = terminal.output.split(separator: "\n").filter { !prompts.contains(String($0)) }
            .joined(separator: "\n")
        let english = UntranslatedText.englishRuns(in: screens)
        #expect(english.isEmpty, "English left on a Korean screen: \(english)")
    }
}
