import OverfitLessons
import OverfitTraining
import Testing

@Suite struct LessonParserTests {
    static let good = """
        # A comment
        lesson: 3
        title: Dropout
        goal: See dropout narrow the gap.
        sources: the lab slides
        start: epochs=20 layers=100,100

        say:
          First paragraph.

          Second paragraph.
        run: base
        predict: drop.test_acc vs base
          Will test accuracy go up?
        do: set dropout 0.2
        hint: Type it exactly.
        run: drop
          Base reached {base.test_acc}.
        claim: drop.test_acc > base.test_acc + 0.5%
          Dropout helped.
        claim: base.train_acc in [0.9, 100%]
        published: the lab slides: 79.54%
        """

    /// `answers:` after a `nearer` question gives its options words, kept on the prediction
    /// (the step's hint and line unchanged).
    @Test func answersGiveANearerQuestionsOptionsWords() throws {
        let text = """
            lesson: 1
            title: t
            goal: g
            sources: s
            run: clean
            predict: noisy.test_acc nearer clean or chance=10%
              Nearer which?
            hint: Think of the labels.
            answers:
              chance = 우연, 10%
              clean = 깨끗한 쪽, 깨끗한
            run: noisy
            """
        let lesson = try LessonParser.parse(text, file: "x", stepCommands: stepCommands)
        let step = lesson.steps[1]
        guard case .predict(let prediction, let question) = step.kind else {
            Issue.record("the second step should be the prediction")
            return
        }
        #expect(question == "Nearer which?" && step.hint == "Think of the labels." && step.line == 6)
        #expect(prediction.options.map(\.words) == [["깨끗한 쪽", "깨끗한"], ["우연", "10%"]])
        #expect(prediction.options.map(\.shown) == ["깨끗한 쪽", "우연"])
    }

    @Test func parsesHeaderAndSteps() throws {
        let lesson = try LessonParser.parse(Self.good, file: "lessons/03.lesson", stepCommands: stepCommands)
        #expect(lesson.number == 3 && lesson.title == "Dropout" && lesson.sources == "the lab slides")
        #expect(lesson.runNames == ["base", "drop"])
        #expect(
            lesson.claims.map(\.source) == ["drop.test_acc > base.test_acc + 0.5%", "base.train_acc in [0.9, 100%]"])
        #expect(lesson.startConfig.epochs == 20 && lesson.startConfig.layers == [100, 100])
        guard case .say(let text) = lesson.steps[0].kind else { Issue.record("first step should be say"); return }
        #expect(text == "First paragraph.\n\nSecond paragraph.")
        #expect(lesson.steps[3].hint == "Type it exactly.")
    }

    @Test func planAppliesCommandsInOrder() throws {
        let plan = LessonPlan(try LessonParser.parse(Self.good, file: "x", stepCommands: stepCommands))
        #expect(plan.runs.map(\.name) == ["base", "drop"])
        #expect(plan.runs[0].config.dropout == 0 && plan.runs[1].config.dropout == 0.2)
        #expect(plan.runs[1].config.epochs == 20)
    }

    @Test(arguments: [
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nsay:\n  hi\nrnu: x",
            "x:7: unknown key `rnu:`; did you mean `run:`? (keys: say, do, hint, predict, answers, run, claim, published, recap, lesson, title, goal, sources, start, rules)"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\npredict: b.test_acc nearer a or chance=10%\nanswers:\n  a = 깨끗한\n  luck = 우연",
            "x:9: `answers:` names option `luck`, which the question above does not have (options: a, chance)"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\npredict: b.test_acc nearer a or chance=10%\nanswers:\n  a = 우연\n  chance = 찍기, 우연",
            "x:9: the word `우연` already names option `a`"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\npredict: b.test_acc nearer a or chance=10%\nanswers:\n  a 깨끗한",
            "x:8: an `answers:` line is `OPTION = word, word` (got `a 깨끗한`)"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\npredict: b.test_acc vs a\nanswers:\n  a = 깨끗한",
            "x:7: `answers:` must follow a `predict: RUN.FIGURE nearer A or B` step (it gives words for its options)"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\ndo: set dropout 1.5",
            "x:5: dropout must be in [0, 1) (got 1.5); e.g. set dropout 0.2"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\nclaim: b.test_acc > 0.5",
            "x:6: claim names run `b`, but no earlier `run:` step is called that (runs: a)"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\nclaim: a.test_acc >> 0.5",
            "x:6: expected a number in `> 0.5`"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\nclaim: a.test_accuracy > 0.5",
            "x:6: unknown figure `test_accuracy`; figures are train_acc, test_acc, val_acc, gap, train_loss, test_loss, best_test_acc, best_epoch, lowest_loss_epoch, epochs, diverged, loss_turned_up, restored_epoch, training_images, fit_epoch, weights, mean_test_acc, min_test_acc, max_test_acc, test_acc_range, seeds"
        ),
        ("lesson: 1\ntitle: t\ngoal: g\nsay:\n  hi", "x:1: the header has no `sources:` line"),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\n  stray",
            "x:4: `sources:` takes one line; indented text may follow only steps"
        ),
        ("  stray\nlesson: 1", "x:1: indented text with no `key:` line above it (indent only the text under a step)"),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nsay:\n  {a.test_acc}",
            "x:6: placeholder `{a.test_acc}` names run `a`, which no earlier `run:` step made"
        ),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\nrun: a",
            "x:6: a run called `a` was already made in this lesson"
        ),
        ("lesson: x\ntitle: t\ngoal: g\nsources: s\nrun: a", "x:1: `lesson:` must be a number in [1, 99]"),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nstart: dropout=2\nrun: a",
            "x:5: dropout must be in [0, 1) (got 2); e.g. set dropout 0.2"
        ),
        ("lesson: 1\ntitle: t\ngoal: g\nsources: s\nhint: early", "x:5: `hint:` must follow the step it helps with"),
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\npredict: a.test_acc vs a",
            "x:6: a prediction comes before its run, but `a` has already run"
        ),
        ("just some text", "x:1: expected `key: value` (e.g. `say:` or `run: base`), got `just some text`"),
        // A branch's leading space is dropped: lesson 1 read "lowest at epoch 13and rose after it".
        (
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a\nsay:\n  at epoch {a.best_epoch}{if a.diverged == 1:\n  and rose}",
            "x:7: `{if a.diverged == 1: …}` follows a word with no space and a branch starts with a word, so they would run together (\"13and rose\"); hint: put a space before `{if`"
        ),
    ])
    func malformedFilesNameTheLineAndProblem(text: String, message: String) {
        #expect(throws: LessonError.self) { try LessonParser.parse(text, file: "x", stepCommands: stepCommands) }
        do {
            _ = try LessonParser.parse(text, file: "x", stepCommands: stepCommands)
        } catch {
            #expect(error.description == message)
        }
    }
}

/// guide.txt: the guide's sentences, with the placeholders each one takes.
@Suite struct GuideMessagesTests {
    @Test func fillsThePlaceholdersItTakes() throws {
        let messages = try GuideMessages.parse("# c\n== all-done\nDone: `lesson {challenge.number}`.\n", file: "g.txt")
        #expect(messages.text(.allDone, values: ["challenge.number": "11"]) == "Done: `lesson 11`.")
        #expect(GuideMessages().text(.allDone, values: [:]) == nil)
    }

    @Test(arguments: [
        ("== finale\nx\n", "g.txt:1: `finale` is not a message (messages: all-done)"),
        (
            "== all-done\nlesson {lesson.number}\n",
            "g.txt:2: `{lesson.number}` is not a placeholder of `all-done` (it takes {challenge.number}, {challenge.title})"
        ),
        ("text\n== all-done\nx\n", "g.txt:1: text before the first `== MESSAGE` section"),
    ])
    func refusesWhatItDoesNotKnow(text: String, message: String) {
        #expect(throws: LessonError.self) { try GuideMessages.parse(text, file: "g.txt") }
        do {
            _ = try GuideMessages.parse(text, file: "g.txt")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func theRealGuideFileLoads() throws {
        let library = LessonLibrary.load(directory: LessonFilesTests.directory, stepCommands: stepCommands)
        #expect(library.problems.isEmpty)
        #expect(library.challenge?.rules.knobIDs == [.trainSize, .validationSize])
        #expect(library.messages.text(.allDone, values: ["challenge.number": "11"])?.contains("`lesson 11`") == true)
    }
}
