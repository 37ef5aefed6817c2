import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The narration audit (`check-lessons` reads every lesson as a learner does and checks each
/// printed figure against the run, epoch and test images it came from): a walked lesson's
/// figures all hold, and each way a sentence can be untrue of its numbers is caught.
@Suite struct NarrationAuditTests {
    static let lesson = """
        lesson: 1
        title: Audited
        goal: Every figure true.
        sources: the lab slides
        start: epochs=12

        say:
          First the baseline.
        run: base
        say:
          It ended at {base.test_acc} (best {base.best_test_acc}), a gap of {base.gap}, test loss {base.test_loss}.
        predict: drop.test_acc vs base
          With dropout 0.5, will test accuracy be higher, lower or the same?
        do: set dropout 0.5
        run: drop
        claim: drop.test_acc > base.test_acc
          Dropout added {drop.test_acc - base.test_acc}: {drop.test_acc} against {base.test_acc}.
        recap:
          - Dropout: {drop.test_acc}; none: {base.test_acc}.
        """

    /// Walks the lesson above on the fake backend (its test loss turns at epoch 4 while test
    /// accuracy climbs to epoch 12: the diagnosis's turn sentence names both).
    static func walked() throws -> (blocks: [LessonWalk.Block], runs: [String: RunResult]) {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try lesson.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            atPath: packageRoot + "/lessons/diagnosis.txt", toPath: directory + "/diagnosis.txt")
        let library = LessonLibrary.load(directory: directory)
        let lesson = try #require(library.lesson(number: 1))
        let blocks = LessonWalk.walk(lesson, library: library, backend: FakeBackend(), width: 110)
        var base = RunConfig()
        base.epochs = 12
        var drop = base
        drop.dropout = 0.5
        let runs = [base, drop].map { config in
            (try? FakeBackend().train(config, onEvent: { _ in }, isCancelled: { false }))
        }
        return (blocks, ["base": try #require(runs[0]), "drop": try #require(runs[1])])
    }

    @Test func aWalkedLessonsFiguresAllHold() throws {
        let (blocks, runs) = try Self.walked()
        let audit = NarrationAudit(blocks, runs: runs)
        #expect(audit.findings == [], "\(audit.findings)")
        let figures = blocks.flatMap(\.figures)
        // Placeholders, the claim's sentence, the prediction's verdict, the diagnosis and the recap.
        #expect(audit.figures == figures.count)
        #expect(audit.figures >= 20)
        let text = blocks.map(\.output).joined()
        #expect(text.contains("Lesson 1 done"))
        // The diagnosis's turn: test accuracy at the epoch of lowest test loss (4), not the final one.
        let base = try #require(runs["base"])
        let turn = CitedFigure.Term(run: nil, history: base.history, epoch: 4, measure: .testAccuracy)
        #expect(figures.contains { $0.terms == [turn] })
        // Best test accuracy read at its own epoch, and the claim's difference cites both runs.
        #expect(figures.contains { $0.terms.map(\.run) == ["drop", "base"] })
    }

    /// A block printing `text` for one term of `base`.
    static func block(_ text: String, printed: String? = nil, _ terms: [CitedFigure.Term]) -> LessonWalk.Block {
        LessonWalk.Block(
            typed: "", output: "… " + (printed ?? text) + " …", errors: "", figures: [CitedFigure(terms, text: text)])
    }

    static func history(sampledUntil last: Int = 0) -> [EpochMetrics] {
        (1...5).map { epoch in
            var metrics = FakeBackend.metrics(epoch: epoch, config: RunConfig())
            if epoch <= last { metrics.sampledTestImages = 200 }
            return metrics
        }
    }

    /// A lesson's best test accuracy is cited at the epoch it was reached, not the last one.
    @Test func bestTestAccuracyIsCitedAtItsOwnEpoch() {
        var history = Self.history()
        history[2].testAccuracy = 0.9
        let result = RunResult.made(history)
        let log = CitationLog()
        let text = CitationLog.$current.withValue(log) { RunFigures(result, name: "base").shown(.bestTestAccuracy) }
        let figures = log.take()
        #expect(text == "90.00%")
        #expect(figures.map { $0.terms.map(\.epoch) } == [[3]])
        let block = LessonWalk.Block(typed: "", output: text ?? "", errors: "", figures: figures)
        #expect(NarrationAudit([block], runs: ["base": result]).findings == [])
    }

    @Test func aFigureBesideTheWrongEpochIsFound() {
        let history = Self.history()
        let atFour = FigureFormat.percent(history[3].testAccuracy)
        let term = CitedFigure.Term(run: "base", history: history, epoch: 2, measure: .testAccuracy)
        let audit = NarrationAudit(
            [Self.block(atFour, [term])],
            runs: ["base": RunResult.made(history)])
        #expect(audit.findings.count == 1)
        #expect(audit.findings.first?.problem.contains("at `base`'s epoch 2") == true)
        #expect(audit.held == 0)
    }

    @Test func aFigureOfAnotherRunIsFound() {
        let history = Self.history()
        var other = history
        other[4].testAccuracy += 0.01
        let term = CitedFigure.Term(run: "base", history: other, epoch: 5, measure: .testAccuracy)
        let audit = NarrationAudit(
            [Self.block(FigureFormat.percent(other[4].testAccuracy), [term])], runs: ["base": RunResult.made(history)])
        #expect(
            audit.findings.map(\.problem) == [
                "figure \(FigureFormat.percent(other[4].testAccuracy)): names run `base` but comes from another run"
            ])
        let unknown = NarrationAudit(
            [Self.block("1", [CitedFigure.Term(run: "gone", history: history, epoch: 5, measure: .testAccuracy)])],
            runs: [:])
        #expect(unknown.findings.first?.problem.contains("which the lesson did not make") == true)
    }

    @Test func aSubsetFigureBesideAWholeTestSetFigureIsFound() {
        let history = Self.history(sampledUntil: 4)
        let subset = CitedFigure.Term(run: nil, history: history, epoch: 3, measure: .testAccuracy)
        let whole = CitedFigure.Term(run: nil, history: history, epoch: 5, measure: .testAccuracy)
        let texts = [FigureFormat.percent(history[2].testAccuracy), FigureFormat.percent(history[4].testAccuracy)]
        let block = LessonWalk.Block(
            typed: "run", output: "ended at \(texts[1]) against \(texts[0]) at epoch 3", errors: "",
            figures: [CitedFigure([whole], text: texts[1]), CitedFigure([subset], text: texts[0])])
        let audit = NarrationAudit([block], runs: [:])
        #expect(audit.findings.count == 1)
        #expect(audit.findings.first?.problem.contains("on 200 test images") == true)
        // Each alone is true; a difference of the two is not.
        let difference = CitedFigure([whole, subset], text: "+1.00")
        #expect(NarrationAudit.check(difference, output: "+1.00", runs: [:])?.contains("different test images") == true)
    }

    @Test func aFigureNotOnScreenOrWrongByARoundingIsFound() {
        let history = Self.history()
        let term = CitedFigure.Term(run: nil, history: history, epoch: 5, measure: .testLoss)
        let shown = FigureFormat.fixed(history[4].testLoss, digits: 4)
        #expect(NarrationAudit.check(CitedFigure([term], text: shown), output: shown, runs: [:]) == nil)
        #expect(NarrationAudit.check(CitedFigure([term], text: shown), output: "nothing", runs: [:]) != nil)
        let off = FigureFormat.fixed(history[4].testLoss + 0.0002, digits: 4)
        #expect(NarrationAudit.check(CitedFigure([term], text: off), output: off, runs: [:]) != nil)
    }

    @Test func aStepThatFailsIsAFinding() {
        let block = LessonWalk.Block(typed: "run", output: "", errors: "error: no\n", figures: [])
        #expect(NarrationAudit([block], runs: [:]).findings.map(\.problem) == ["the step failed: error: no"])
    }

    @Test func numbersAreReadAsPrinted() {
        #expect(NarrationAudit.number(in: "+2.90 points")?.value == 2.90)
        #expect(NarrationAudit.number(in: "-0.52")?.value == -0.52)
        #expect(NarrationAudit.number(in: "1,500 images")?.value == 1500)
        #expect(NarrationAudit.number(in: "1.234e+03")?.value == 1234)
        #expect(NarrationAudit.number(in: "76.37%")?.decimals == 2)
    }
}

extension RunResult {
    /// A finished run with `history`, for audits that only read its epochs.
    static func made(_ history: [EpochMetrics]) -> RunResult {
        RunResult(
            config: RunConfig(), history: history, status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: [], trainingImages: 300, totalSeconds: 0)
    }
}
