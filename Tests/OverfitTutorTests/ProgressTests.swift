import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Where the learner is, shown everywhere alike: the prompt, `lessons`, `where`, `back`, and
/// the tally of predictions that came true, kept with the lesson progress.
@Suite struct ProgressTests {
    let lessons = LessonGuideTests()

    @Test func thePromptSaysWhichLessonOfHowMany() {
        let (session, terminal, directory) = lessons.session([
            "show epochs", "lesson 2", "show epochs", "lesson 1", "where",
        ])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let prompts = terminal.output.split(separator: "\n").filter { $0.hasPrefix("overfit") && $0.contains("> ") }
        #expect(
            prompts == [
                "overfit> show epochs", "overfit> lesson 2", "overfit 2/2> show epochs", "overfit 2/2> lesson 1",
                "overfit 1/2> where",
            ])
    }

    @Test func lessonsShowsPercentDoneAndTicksTheCurrentLessonOnceDone() {
        let (session, terminal, directory) = lessons.session(["lessons", "lesson 1", "", "higher", "", "", "lessons"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let lists = terminal.output.components(separatedBy: "> lessons\n").dropFirst().map {
            $0.split(separator: "\n").map(String.init)
        }
        #expect(lists.count == 2)
        #expect(lists[0].first == "0 of 2 lessons done (0%).")
        #expect(lists[1].first == "1 of 2 lessons done (50%).")
        let row = lists[1].first { $0.contains("Dropout in miniature") } ?? ""
        #expect(row.hasPrefix("▶ ✓"), "the current lesson, finished, has both marks: \(row)")
        #expect(row.split(separator: " ").contains("1/1"), "one prediction, right: \(row)")
    }

    /// Steps are counted as the learner meets them: the ones that ask for something.
    @Test func whereAndBackAgreeOnTheStepNumber() {
        let (session, terminal, directory) = lessons.session(["lesson 1", "where", "", "up", "where", "back", "where"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = lessons.flat(terminal.output)
        #expect(out.contains("step 1 of 4: waiting for `run`"))
        #expect(out.contains("step 3 of 4: waiting for you to type `set dropout 0.5`"))
        #expect(out.contains("Back to step 2 of 4."))
        #expect(out.contains("step 2 of 4: waiting for your prediction"))
    }

    @Test func theTallyIsShownAtTheEndAndKeptAcrossStartsAndReplays() throws {
        let (session, terminal, directory) = lessons.session(["lesson 1", "", "Lower", "", ""])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        #expect(lessons.flat(terminal.output).contains("✓ Lesson 1 done. Predictions: 0 of 1 right."))
        let saved = try String(contentsOfFile: directory + "/progress", encoding: .utf8)
        #expect(saved.contains("\npredicted 1 drop=wrong\n"))
        let next = LessonGuide(library: try #require(session.guide?.library), progressPath: directory + "/progress")
        #expect(next.progress.tally(1) == (0, 1))
        // Re-executing the same session (as a resume does) counts each answer once.
        session.replay(session.file, echo: false)
        #expect(try #require(session.guide).progress.tally(1) == (0, 1))
    }

    @Test func enterPutsTheCommandItTypedOnThePromptLine() {
        let (session, terminal, directory) = lessons.session(["lesson 1", "", "higher", "", " "])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let lines = terminal.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains("overfit 1/2> run"))
        #expect(lines.contains("overfit 1/2> set dropout 0.5"))
        #expect(!lines.contains("overfit 1/2> ") && !lines.contains("overfit 1/2>  "), "no empty prompt line is left")
    }

    /// The guide asks; the session does: starting, skipping and going back return the knobs
    /// they want and leave the session's fields alone until the reply is applied.
    @Test func theGuideReturnsWhatItWantsInsteadOfWritingTheSession() throws {
        let (session, _, directory) = lessons.session([])
        defer { removeTemporary(directory) }
        let guide = try #require(session.guide)
        session.state.config.learningRate = 0.5
        let started = try guide.start(1, session: session)
        #expect(
            session.state.config.learningRate == 0.5 && session.state.config.epochs == 100
                && session.state.baseline == RunConfig())
        #expect(started.config?.epochs == 6 && started.baseline == started.config)
        #expect(started.text.contains("The lesson sets its knobs: lr 0.5 → 0.1, epochs 100 → 6."))
        session.apply(started)
        #expect(
            session.state.config.epochs == 6 && session.state.config.learningRate == 0.1
                && session.state.baseline.epochs == 6)
        guide.waiting = .command("set dropout 0.5")
        guide.stepIndex = 3
        let skipped = try guide.skip(session: session)
        #expect(skipped.config?.dropout == 0.5 && session.state.config.dropout == 0)
        let back = try guide.back(session: session)
        #expect(back.config?.dropout == 0 && back.text.hasPrefix("Back to step 3 of 4."))
    }

    @Test func modesAreOneValue() {
        #expect(SessionMode.interactive.muted == false && SessionMode.interactive.replaying == false)
        #expect(
            SessionMode.replaying.muted == false && SessionMode.replaying.replaying && !SessionMode.replaying.restoring)
        #expect(SessionMode.restoring.muted && SessionMode.restoring.replaying && SessionMode.restoring.restoring)
        let (session, _, _) = makeSession()
        session.replay(SessionFile(entries: [.command("show epochs")]), echo: false)
        #expect(session.mode == .interactive, "a replay ends in the mode it started from")
        _ = session.restore(SessionFile(entries: [.command("show epochs")]), from: "test")
        #expect(session.mode == .interactive)
    }
}
