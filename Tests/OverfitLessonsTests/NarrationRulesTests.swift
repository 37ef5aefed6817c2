import Foundation
import OverfitLessons
import OverfitTraining
import Testing

/// Issue 21's rules for lesson text, checked on the real lessons/ and on small texts.
@Suite struct NarrationRulesTests {
    static let library = LessonLibrary.load(directory: LessonFilesTests.directory, stepCommands: stepCommands)

    static func lesson(_ number: Int) -> Lesson? { library.lessons.first { $0.number == number } }

    static func predictions(_ lesson: Lesson) -> [Prediction] {
        lesson.steps.compactMap {
            if case .predict(let prediction, _) = $0.kind { return prediction } else { return nil }
        }
    }

    /// Lesson 13 asks which its noisy run lands nearer, and declares that kind (on main it was a
    /// higher/lower question against `clean`).
    @Test func lesson13AsksAChoiceBetweenNamedOptions() throws {
        let lesson = try #require(Self.lesson(13))
        let noisy = try #require(Self.predictions(lesson).first { $0.run == "noisy" })
        #expect(
            noisy.kind
                == .nearer([.init(name: "clean", anchor: .run("clean")), .init(name: "chance", anchor: .fixed(0.1))]))
    }

    @Test(arguments: [
        ("noisy.test_acc nearer clean or chance=10%", true),
        ("noisy.test_acc nearer clean chance=10%", false),
        ("noisy.test_acc nearer clean or gone", false),
        ("noisy.test_acc nearer clean or clean", false),
        ("noisy.test_acc nearer clean or chance=ten", false),
    ])
    func theChoiceGrammar(line: String, valid: Bool) {
        let text = "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: clean\npredict: \(line)\nrun: noisy\n"
        let loaded = (try? LessonParser.parse(text, file: "x", stepCommands: stepCommands)) != nil
        #expect(loaded == valid, "\(line)")
    }

    /// A run names the run it is measured against, like for like: `he1` against `depth1`, not
    /// the `depth6` made just before it (issue 21: "+3.99 points" against depth6, +0.28 against
    /// depth1). Every reference is an earlier run that differs in a few knobs.
    @Test func eachRunIsComparedLikeForLike() throws {
        let two = try #require(Self.lesson(2))
        #expect(two.reference(of: "he1") == "depth1")
        #expect(two.reference(of: "depth4") == "depth2", "a prediction's baseline is its reference")
        #expect(try #require(Self.lesson(5)).reference(of: "heavy") == "drop")
        #expect(try #require(Self.lesson(14)).reference(of: "drop") == "base")
        for lesson in Self.library.lessons {
            let plan = LessonPlan(lesson).runs
            for run in plan {
                guard let reference = lesson.reference(of: run.name) else { continue }
                let earlier = try #require(plan.first { $0.name == reference }, "\(lesson.file): \(run.name)")
                #expect(earlier.stepIndex < run.stepIndex)
                let changed = run.config.differences(from: earlier.config).count
                #expect((1...3).contains(changed), "\(lesson.file): \(run.name) against \(reference): \(changed) knobs")
            }
        }
    }

    @Test func aReferenceMustBeAnEarlierRun() {
        let text = "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: a against b\n"
        #expect(throws: LessonError.self) { try LessonParser.parse(text, file: "x", stepCommands: stepCommands) }
    }

    /// A goal line is read before the predictions: it must not announce their outcome (on main
    /// lessons 1, 4, 6, 7, 9, 12 and 13 did: "see train accuracy drop below 100%").
    @Test func noGoalGivesAwayAPrediction() throws {
        let outcome = try Regex(
            #"(accuracy|gap|loss)( \w+)? (rise|rises|fall|falls|drop|drops|narrow|close)\b|fail on|more test accuracy|reaches 100%|to chance"#
        )
        for lesson in Self.library.lessons where !Self.predictions(lesson).isEmpty {
            #expect(lesson.goal.lowercased().firstMatch(of: outcome) == nil, "\(lesson.file): \(lesson.goal)")
        }
    }

    /// The tutor's own line ("Press Enter or type `next`") ends every lesson; a lesson's text
    /// asking for `next` came after the lesson had already ended (lesson 5's question).
    @Test func noLessonTextAsksForNext() {
        for lesson in Self.library.lessons {
            for step in lesson.steps {
                let text: String
                switch step.kind {
                case .say(let prose): text = prose
                case .command(_, let note), .run(_, let note), .claim(_, let note): text = note
                default: continue
                }
                #expect(!text.contains("`next`"), "\(lesson.file):\(step.line)")
            }
        }
    }
}

/// Lesson 10 on seeds 0-1: batches of one hit NaN in epoch 7. On main its claim and recap
/// read "Batches of one ended at 53.51%… the run lurches and never settles".
@Suite struct DivergedNarrationTests {
    static func figures(_ name: String) -> RunFigures? {
        let status: RunStatus = name == "batch1" ? .diverged(epoch: 7, batch: 12) : .finished
        let epochs = name == "batch1" ? 6 : 20
        guard ["batch1", "batch10"].contains(name) else { return nil }
        let history = (1...epochs).map {
            EpochMetrics(
                epoch: $0, trainLoss: 0.5, trainPenalty: 0, trainAccuracy: 0.6, validationLoss: nil,
                validationAccuracy: nil, testLoss: 1, testAccuracy: name == "batch1" ? 0.5351 : 0.7457, seconds: 0)
        }
        return RunFigures(
            RunResult(
                config: RunConfig(), history: history, status: status, restoredEpoch: nil,
                stoppedEarlyAfterEpoch: nil, testPredictions: [], trainingImages: 300, totalSeconds: 1))
    }

    @Test func aDivergedRunIsNarratedAsDiverged() throws {
        let lesson = try #require(NarrationRulesTests.lesson(10))
        let notes = lesson.steps.compactMap { step -> String? in
            if case .claim(let claim, let note) = step.kind, claim.runs.contains("batch1") { return note }
            return nil
        }
        let text = (notes + lesson.recap).map { Template.fill($0, figures: Self.figures) }.joined(separator: "\n")
        #expect(text.contains("NaN after 6 epochs"), "\(text)")
        #expect(!text.contains("lurches") && !text.contains("ended at 53.51%"), "\(text)")
    }
}
