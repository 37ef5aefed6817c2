import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// At a terminal the learner types: the first Enter on a step shows its hint, the second types
/// the command for them; the progress file counts which was which and `lessons` shows it. On
/// main the first Enter typed the command at once and nothing was counted.
@Suite struct LearnerTypesTests {
    func session(_ lines: [String]) -> (Session, TranscriptTerminal, String) {
        let directory = temporaryDirectory()
        try? LessonGuideTests.lessonText.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(lines, width: 100, interactive: true)
        session.guide = LessonGuide(
            library: LessonLibrary.load(directory: directory), progressPath: directory + "/progress")
        return (session, terminal, directory)
    }

    @Test func enterShowsTheHintThenTypesTheCommand() throws {
        // `run` typed by the learner; at `set dropout 0.5` Enter shows the hint, Enter types it;
        // at `run: drop` Enter, Enter again.
        let (session, terminal, directory) = session(["lesson 1", "run", "higher", "", "", "", "", "lessons"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = terminal.output
        #expect(out.contains("Press Enter."), "the step's own hint, shown by the first Enter")
        #expect(out.contains("Type `run`, or press Enter and the tutor types it for you."))
        let progress = try String(contentsOfFile: directory + "/progress", encoding: .utf8)
        #expect(progress.contains("typed 1 1 2"), "\(progress)")
        #expect(out.contains("1/3"), "`lessons` shows 1 of 3 typed by the learner: \(out)")
    }

    @Test func theCountSurvivesTheProgressFile() {
        var progress = LessonProgress()
        progress.countTyped(lesson: 4, byLearner: true)
        progress.countTyped(lesson: 4, byLearner: false)
        let read = LessonProgress.parse(progress.text)
        #expect(read?.typed[4]?.own == 1 && read?.typed[4]?.given == 1)
    }
}
