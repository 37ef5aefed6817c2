import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The guided path driven like a learner would: start, press Enter, predict, run, read, leave,
/// come back. The fake backend makes dropout raise test accuracy, so the lesson's claims hold.
@Suite struct LessonGuideTests {
    static let lessonText = """
        lesson: 1
        title: Dropout in miniature
        goal: See dropout lift test accuracy.
        sources: the lab slides
        start: epochs=6

        say:
          First the baseline.
        run: base
        predict: drop.test_acc vs base
          With dropout 0.5, will test accuracy be higher, lower or the same?
        do: set dropout 0.5
        hint: Press Enter.
        run: drop
        claim: drop.test_acc > base.test_acc
          Dropout reached {drop.test_acc} against {base.test_acc}.
        claim: drop.train_acc > base.train_acc
          (This one is false for the fake backend.)
        published: the lab slides: 79.54%.
        """

    static let secondLesson = """
        lesson: 2
        title: Second
        goal: g
        sources: s
        run: only
        claim: only.epochs == 100
        """

    func session(_ lines: [String], progress: String? = nil) -> (Session, TranscriptTerminal, String) {
        let directory = temporaryDirectory()
        try? Self.lessonText.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        try? Self.secondLesson.write(toFile: directory + "/02.lesson", atomically: true, encoding: .utf8)
        if let progress { try? progress.write(toFile: directory + "/progress", atomically: true, encoding: .utf8) }
        let (session, terminal, _) = makeSession(lines, width: 80)
        session.guide = LessonGuide(
            library: LessonLibrary.load(directory: directory), progressPath: directory + "/progress")
        return (session, terminal, directory)
    }

    @Test func aLessonFromStartToFinish() throws {
        let (session, terminal, directory) = session(["lesson 1", "", "higher", "", "", "compare base drop", "where"])
        defer { removeTemporary(directory) }
        #expect(session.runLoop() == 0)
        let out = terminal.output
        #expect(out.contains("── lesson 1: Dropout in miniature"))
        #expect(
            flat(out).contains(
                "▶ Type `run` (or press Enter for a hint, and Enter again) to train; this run is called `base` in the lesson."
            ))
        #expect(out.contains("Noted: higher."))
        #expect(out.contains("overfit 1/2> set dropout 0.5\n"), "Enter typed the command, and the prompt line shows it")
        #expect(flat(out).contains("You predicted higher; test accuracy came out higher"))
        #expect(flat(out).contains("You were right."))
        #expect(
            flat(out).contains("✓ Test accuracy of `drop` is higher than `base`'s: 75.00% vs 70.00%."),
            "claims print as sentences")
        #expect(out.contains("Dropout reached 75.00% against 70.00%."))
        #expect(flat(out).contains("Train accuracy of `drop` is higher than `base`'s: 87.50% vs 100.00%."))
        #expect(out.contains("✗ The lesson expected this"))
        #expect(out.contains("Published: the lab slides: 79.54%."))
        #expect(
            flat(out).contains(
                "✓ Lesson 1 done. Predictions: 1 of 1 right. Press Enter or type `next` for lesson 2, Second"))
        #expect(out.contains("Lesson 1 of 2 (Dropout in miniature), step 4 of 4: the lesson is done"))
        #expect(
            session.state.runs.count == 2 && session.state.runs[1].result.config.dropout == 0.5
                && session.state.runs[1].result.config.epochs == 6)
        let progress = try #require(LessonProgress.load(path: directory + "/progress"))
        #expect(progress.done == [1] && progress.lesson == 1)
    }

    @Test func theSessionFileRecordsWhatEnterDidAndReplaysIdentically() {
        // Knobs set before the lesson, then set aside by it: the replay starts from the
        // session's first baseline, not the lesson's, so it prints the same changes.
        let (session, terminal, directory) = session(["set lr 0.05", "lesson 1", "", "up", "", "", "rank"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let commands = session.file.entries.compactMap { entry -> String? in
            if case .command(let line) = entry { return line } else { return nil }
        }
        #expect(commands == ["set lr 0.05", "lesson 1", "run", "answer up", "set dropout 0.5", "run", "rank"])
        #expect(terminal.output.contains("lr 0.1 → 0.05"))
        #expect(terminal.output.contains("The lesson sets its knobs: lr 0.05 → 0.1, epochs 100 → 6."))
        let (again, replayed, other) = self.session([])
        defer { removeTemporary(other) }
        again.replay(session.file, echo: true)
        // The replay echoes what Enter typed (`run`, `answer up`); everything else is identical.
        func withoutPrompts(_ text: String) -> [Substring] {
            text.split(separator: "\n").filter { !($0.hasPrefix("overfit") && $0.contains("> ")) }
        }
        #expect(
            withoutPrompts(replayed.output) == withoutPrompts(terminal.output) + [
                "replay check: 2 runs identical to the recorded figures"
            ])
        #expect(replayed.output.contains("overfit 1/2> answer up"))
    }

    /// The output as one line with single spaces, so wrapping does not matter.
    func flat(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// Findings of a learner's walk through the lessons, each kept fixed.
    @Test func questionsSayWhatTheyTakeAndTyposAtAQuestionAreCaught() {
        let (session, terminal, directory) = session([
            "lesson 1", "run", "where", "", "answer", "75", "sett dropout 0.5", "up",
        ])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = flat(terminal.output)
        #expect(out.contains("waiting for your prediction (higher, lower or same)."))
        #expect(out.contains("error: answer the question first: higher, lower or same"))
        #expect(out.contains("error: answer what? The question takes higher, lower or same"))
        #expect(out.contains("error: answer higher, lower or same (got `75`)"))
        #expect(out.contains("error: answer higher, lower or same (got `sett dropout 0.5`); or did you mean `set`?"))
        #expect(out.contains("Noted: higher."))
    }

    @Test func lessonRunNamesStillWorkAfterTheLessonMovesOn() {
        let (session, terminal, directory) = session(["lesson 1", "", "up", "", "", "lesson 2", "compare base drop"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let after = terminal.output.components(separatedBy: "overfit 2/2> compare base drop").last ?? ""
        // compare calls the runs by their lesson names.
        let header = after.split(separator: "\n").first { $0.contains("base") } ?? ""
        #expect(header.split(separator: " ") == ["base", "drop"] && !after.contains("error"))
    }

    /// A replayed session replaces the lesson state too: its names, not the old session's.
    @Test func replayingAnotherSessionForgetsThisOnesLessonRuns() throws {
        let (first, _, firstDirectory) = session(["lesson 1", "", "up", "", ""])
        defer { removeTemporary(firstDirectory) }
        _ = first.runLoop()
        let path = firstDirectory + "/other.ovf"
        try
            "overfit-session 2\ntool 0.1.0\nbaseline\ncommand set epochs 2\ncommand run\nresult 1 finished 2 epochs=2\nend 2\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let (session, terminal, directory) = self.session(["lesson 1", "", "replay \(path)", "compare base 1", "where"])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let after = flat(terminal.output.components(separatedBy: "overfit 1/2> replay").last ?? "")
        #expect(after.contains("error: run ids are numbers (got `base`)"))
        #expect(after.contains("No lesson in progress."))
    }

    /// Files of format 1 saved the lesson's knobs as their baseline: they still load, and `show`
    /// still tells the defaults apart from them.
    @Test func aFormatOneFileStillReplaysAndShowKnowsTheDefaults() throws {
        let (session, terminal, directory) = self.session([])
        defer { removeTemporary(directory) }
        let file = try SessionFile.parse(
            "overfit-session 1\ntool 0.1.0\nbaseline dropout=0.3\ncommand show dropout\nend 1\n", file: "old.ovf")
        session.replay(file, echo: false)
        #expect(flat(terminal.output).contains("* dropout 0.3 (default 0)"))
    }

    @Test func aCommandInBackticksIsNeverBrokenAcrossLines() {
        #expect(Text.unbreakableWords("type `set dropout 0.4` now") == ["type", "`set dropout 0.4`", "now"])
        #expect(
            Text.wrap("then type `set augment random` and run", width: 20) == "then type\n`set augment random`\nand run"
        )
    }

    @Test func listItemsInProseHangUnderTheirText() {
        let text = LessonNarration.prose(
            "Two mistakes:\n1. one two three four five six seven\n   eight nine\n- a b c d e f g h i j",
            style: RenderStyle(width: 20))
        #expect(
            text == """
                Two mistakes:
                1. one two three
                   four five six
                   seven eight nine
                - a b c d e f g h i
                  j


                """)
    }

    @Test func aSkippedBaselineIsSaidNotShownAsAQuestionMark() {
        let (session, terminal, directory) = session(["lesson 1", "skip", "up", "", ""])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = flat(terminal.output)
        #expect(
            out.contains("You predicted higher, but there is no `base` run to compare 75.00% with: it was skipped."))
        #expect(
            out.contains("runs `base` were skipped")
                || out.contains("run `base` was skipped: `lesson 1` starts the lesson again"))
        #expect(!out.contains("You predicted ?"))
    }

    @Test func aLessonRunWithTheLearnersOwnKnobsIsFlaggedBeforeItRuns() {
        let (session, terminal, directory) = session(["lesson 1", "set dropout 0.3", ""])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        #expect(
            flat(terminal.output).contains(
                "Note: this run becomes the lesson's `base`, but with your knobs, not the lesson's: dropout 0.3 (lesson: 0)."
            ))
    }

    @Test func freePlayThenContinueRestoresTheLessonsKnobs() {
        let (session, terminal, directory) = session([
            "lesson 1", "set lr 0.5 epochs 2", "where", "continue", "hint", "back", "skip", "skip",
        ])
        defer { removeTemporary(directory) }
        _ = session.runLoop()
        let out = terminal.output
        #expect(
            flat(out).contains(
                "Lesson 1 of 2 (Dropout in miniature), step 1 of 4: waiting for `run` (the lesson calls it `base`)."))
        #expect(
            session.state.config.epochs == 6 && session.state.config.learningRate == 0.1,
            "continue restored the lesson's knobs")
        #expect(out.contains("Type `run`, or press Enter and the tutor types it for you."))
        #expect(out.contains("error: this is the lesson's first step"))
    }

    @Test func predictionsRefuseNonsenseAndNumbersWork() {
        let (session, terminal, directory) = session(["lesson 1", "", "sideways", "answer", "next"])
        defer { removeTemporary(directory) }
        #expect(session.runLoop() == 1)
        #expect(terminal.output.contains("error: unknown command `sideways`") == false)
        #expect(terminal.output.contains("error: answer higher, lower or same (got `sideways`)"))
        #expect(terminal.output.contains("error: answer the question first"))
    }

    @Test func welcomeOffersLessonOneThenWelcomesBack() {
        let (fresh, _, first) = session([])
        defer { removeTemporary(first) }
        #expect(
            fresh.guide?.welcome(style: RenderStyle(width: 200))
                == "New here? Press Enter to start lesson 1, Dropout in miniature: See dropout lift test accuracy.\n")
        let (returning, terminal, second) = session(["", "where"], progress: "lesson 1\nstep 4\ndone \n")
        defer { removeTemporary(second) }
        #expect(
            returning.guide?.welcome(style: RenderStyle(width: 200))
                == "Welcome back: lesson 1 (Dropout in miniature), step 4 of 4. Press Enter to pick it up, or type `lessons` to choose another.\n"
        )
        _ = returning.runLoop()
        // Enter picks the lesson up; its earlier runs are gone with the old session, so it restarts.
        #expect(
            terminal.output.contains("(The runs from your last visit are not in this session, so the lesson starts"))
        #expect(terminal.output.contains("── lesson 1: Dropout in miniature"))
    }

    @Test func everyCommandTheRealLessonsNameExists() throws {
        let library = LessonLibrary.load(directory: packageRoot + "/lessons")
        #expect(library.problems.isEmpty, "\(library.problems)")
        #expect(library.lessons.count >= 11)
        for lesson in library.lessons {
            for step in lesson.steps {
                guard case .command(let command, _) = step.kind, let name = command.split(separator: " ").first else {
                    continue
                }
                #expect(
                    CommandTable.find(String(name)) != nil, "\(lesson.file):\(step.line): `\(name)` is not a command")
            }
        }
    }

    @Test func numberAnswersAreBoundedAndPercentagesReadAsPercent() throws {
        let accuracy = Prediction(run: "one", metric: .testAccuracy, baseline: nil)
        #expect(try PredictionAnswer.parse("1", for: accuracy) == .number(0.01))
        #expect(try PredictionAnswer.parse("80%", for: accuracy) == .number(0.8))
        #expect(throws: HintedError.self) { try PredictionAnswer.parse("1e308", for: accuracy) }
        #expect(throws: HintedError.self) { try PredictionAnswer.parse("101", for: accuracy) }
        let epoch = Prediction(run: "bare", metric: .lowestTestLossEpoch, baseline: nil)
        #expect(try PredictionAnswer.parse("20", for: epoch) == .number(20))
        #expect(throws: HintedError.self) { try PredictionAnswer.parse("1e19", for: epoch) }
        #expect(throws: HintedError.self) { try PredictionAnswer.parse("0.4", for: epoch) }
        #expect(RunFigure.lowestTestLossEpoch.format(1e19) == "1e+19")
    }

    @Test func aDamagedProgressFileKeepsWhatCanBeRead() {
        let progress = LessonProgress.parse("lesson 2\r\nstep 3\r\ndone 1,4\r\nversion 2\r\nstep x\n")
        #expect(progress == LessonProgress(lesson: 2, step: 0, done: [1, 4]))
        let (session, _, directory) = session([], progress: "lesson 1\nstep 99999\ndone \n")
        defer { removeTemporary(directory) }
        #expect(session.guide?.progress.step == 8, "a step past the end is clamped to the lesson's length")
    }

    /// What the challenge ranks and what the tutor says when every lesson is done come from
    /// lessons/: the lesson's `rules:` line and guide.txt.
    @Test func rankKeepsTheChallengesRulesAndTheFinaleComesFromGuideTxt() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try
            "lesson: 7\ntitle: Contest\ngoal: g\nsources: s\nrules: train_size=200 augment=none\nrun: a\nclaim: a.epochs == 2\n"
            .write(toFile: directory + "/07.lesson", atomically: true, encoding: .utf8)
        try "# comment\n== all-done\nAll done; lesson {challenge.number} ({challenge.title}) is the contest.\n"
            .write(toFile: directory + "/guide.txt", atomically: true, encoding: .utf8)
        try "lesson 7\nstep 2\ndone 7\n".write(toFile: directory + "/progress", atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(
            [
                "rank", "set epochs 2 train_size 200 val_size 20", "run", "set train_size 300", "run",
                "set train_size 200 dropout 0.5", "run", "set augment rotate", "run", "rank",
            ], width: 100)
        let library = LessonLibrary.load(directory: directory)
        #expect(library.problems.isEmpty && library.challenge?.number == 7)
        session.guide = LessonGuide(library: library, progressPath: directory + "/progress")
        #expect(
            session.guide?.welcome(style: RenderStyle(width: 200)) == "All done; lesson 7 (Contest) is the contest.\n")
        _ = session.runLoop()
        let answers = terminal.output.components(separatedBy: "overfit> rank\n")
        #expect(answers[1].hasPrefix("no finished runs with train_size 200, augment none yet: `run` one\n"))
        let rows = answers[2].split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter {
            $0.count > 1 && Int($0[0]) != nil
        }
        #expect(
            rows.map { $0[1] } == ["1", "3"],
            "runs 2 (300 images) and 4 (rotated copies) break the rules; by validation accuracy (the fake backend's is higher with less dropout) run 1 leads: \(answers[2])"
        )
    }
}
