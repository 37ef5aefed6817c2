import OverfitLessons
import OverfitTraining
import Testing

/// Lesson 13's "at least twice as late" and lesson 12's weight count: a claim may scale a
/// figure (`b.fit_epoch * 2`), and runs know their first 100% epoch and their weights.
@Suite struct ClaimFactorTests {
    /// A run whose train accuracy reaches 100% at epoch `fit` (never, if nil), of `epochs` epochs.
    static func run(fit: Int?, epochs: Int, layers: String = "100,100,100,100") throws -> RunFigures {
        let history = (1...epochs).map { epoch in
            EpochMetrics(
                epoch: epoch, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: fit.map { epoch >= $0 ? 1 : 0.9 } ?? 0.9,
                validationLoss: nil, validationAccuracy: nil, testLoss: 0.5, testAccuracy: 0.5, seconds: 0)
        }
        let config = try KnobSettings(parsing: "layers \(layers)").applied(to: RunConfig())
        return RunFigures(
            RunResult(
                config: config, history: history, status: .finished, restoredEpoch: nil,
                stoppedEarlyAfterEpoch: nil, testPredictions: [], trainingImages: 300, totalSeconds: 0))
    }

    func outcome(_ claim: String, _ runs: [String: RunFigures]) throws -> Claim.Outcome? {
        let lesson = try LessonParser.parse(
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: clean\nrun: random\nclaim: \(claim)\n", file: "x",
            stepCommands: stepCommands)
        return lesson.claims[0].evaluate { runs[$0] }
    }

    @Test func aFigureTimesAFactor() throws {
        let runs = ["clean": try Self.run(fit: 20, epochs: 100), "random": try Self.run(fit: 41, epochs: 100)]
        let held = try #require(try outcome("random.fit_epoch >= clean.fit_epoch * 2", runs))
        #expect(held.held && held.figures == "41 >= 20 × 2")
        #expect(
            held.sentence
                == "the first epoch at 100% train accuracy of `random` is at least 2 times `clean`'s: 41 vs 20")
        #expect(try outcome("random.fit_epoch >= clean.fit_epoch * 2.1", runs)?.held == false)
        #expect(try outcome("random.fit_epoch > clean.fit_epoch * 2 + 1", runs)?.held == false)
        #expect(throws: LessonError.self) { try outcome("random.fit_epoch >= clean.fit_epoch * 0", runs) }
        #expect(throws: LessonError.self) { try outcome("random.fit_epoch >= clean.fit_epoch *", runs) }
    }

    @Test func aRunThatNeverFitsHasNoFitEpoch() throws {
        let runs = ["clean": try Self.run(fit: 20, epochs: 100), "random": try Self.run(fit: nil, epochs: 100)]
        #expect(runs["random"]?.value(.firstFitEpoch) == nil)
        #expect(try outcome("random.fit_epoch >= clean.fit_epoch * 2", runs) == nil)
    }

    @Test func weightsCountTheNetwork() throws {
        #expect(try Self.run(fit: 1, epochs: 1).value(.weights) == 109_810)
        #expect(try Self.run(fit: 1, epochs: 1, layers: "conv16,conv32,100").value(.weights) == 65_558)
    }
}
