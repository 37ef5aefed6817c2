import OverfitLessons
import OverfitTraining
import Testing

@Suite struct ClaimTests {
    static func figures(train: Double, test: Double) -> RunFigures {
        let metrics = EpochMetrics(
            epoch: 1, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: train, validationLoss: nil,
            validationAccuracy: nil, testLoss: 0.5, testAccuracy: test, seconds: 0)
        return RunFigures(
            RunResult(
                config: RunConfig(), history: [metrics], status: .finished, restoredEpoch: nil,
                stoppedEarlyAfterEpoch: nil, testPredictions: [], trainingImages: 300, totalSeconds: 0))
    }

    static let runs = ["base": figures(train: 1, test: 0.7637), "drop": figures(train: 0.99, test: 0.7954)]

    func outcome(_ text: String) throws -> Claim.Outcome? {
        let lesson = try LessonParser.parse(
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: base\nrun: drop\nclaim: \(text)\n", file: "x",
            stepCommands: stepCommands)
        return lesson.claims[0].evaluate { Self.runs[$0] }
    }

    @Test func comparisonsWithOffsetsAndPercentages() throws {
        let beat = try #require(try outcome("drop.test_acc > base.test_acc + 3%"))
        #expect(beat.held && beat.figures == "79.54% > 76.37% + 3.00%")
        #expect(
            beat.sentence.contains("79.54%") && beat.sentence.contains("76.37%"),
            "the sentence carries both figures: \(beat.sentence)")
        #expect(try outcome("drop.test_acc > base.test_acc + 4%")?.held == false)
        let within = try #require(try outcome("base.test_acc in [73%, 81%]"))
        #expect(within.held && within.figures == "76.37% in [73.00%, 81.00%]")
        #expect(try outcome("drop.train_acc < 99.5%")?.held == true)
        #expect(try outcome("base.gap >= 0.2")?.held == true)
        #expect(try outcome("drop.epochs == 1")?.held == true)
    }

    /// Every operator below, at and above its bound, and between two runs with equal figures: a
    /// strict comparison that holds at equality (lesson 8's `stopped.epochs < 60` for a run that
    /// never stopped) fails here.
    @Test(arguments: [
        ("drop.epochs < 2", true), ("drop.epochs < 1", false), ("drop.epochs < 0", false),
        ("drop.epochs <= 2", true), ("drop.epochs <= 1", true), ("drop.epochs <= 0", false),
        ("drop.epochs > 0", true), ("drop.epochs > 1", false), ("drop.epochs > 2", false),
        ("drop.epochs >= 0", true), ("drop.epochs >= 1", true), ("drop.epochs >= 2", false),
        ("drop.epochs == 1", true), ("drop.epochs == 0", false), ("drop.epochs == 2", false),
        ("drop.epochs < base.epochs", false), ("drop.epochs > base.epochs", false),
        ("drop.epochs <= base.epochs", true), ("drop.epochs >= base.epochs", true),
        ("drop.epochs == base.epochs", true),
    ])
    func everyOperatorAtItsBoundary(claim: String, holds: Bool) throws {
        let result = try #require(try outcome(claim))
        #expect(result.held == holds, "\(claim): \(result.figures)")
    }

    @Test func placeholdersCarryTheLearnersNumbers() {
        let text = Template.fill("test {base.test_acc}, gap {drop.gap}, missing {other.test_acc}, {base.val_acc}") {
            Self.runs[$0]
        }
        #expect(text == "test 76.37%, gap 19.46 points, missing [no `other` run], [`base` has no val_acc]")
    }

    @Test func predictionsAreComparedWithWhatHappened() {
        let prediction = Prediction(run: "drop", metric: .testAccuracy, baseline: "base")
        #expect(prediction.outcome { Self.runs[$0] } == .higher)
        let same = Prediction(run: "drop", metric: .trainAccuracy, baseline: "base")
        #expect(same.outcome { Self.runs[$0] } == .same)
    }
}
