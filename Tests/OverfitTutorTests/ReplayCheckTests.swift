import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A replay compares every re-made run with the figures its file recorded.
@Suite struct ReplayCheckTests {
    /// A session of two runs, saved to text and read back with `change` applied to run `run`.
    static func tampered(_ change: (inout RunOutcome) -> Void, run: Int) throws -> SessionFile {
        let (session, _, _) = makeSession(["set epochs 4", "run", "set dropout 0.2", "run"])
        _ = session.runLoop()
        var file = try SessionFile.parse(session.file.render(), file: "s.ovf")
        let index = try #require(
            file.entries.indices.filter { if case .result = file.entries[$0] { return true } else { return false } }[
                run - 1])
        guard case .result(var entry) = file.entries[index], var outcome = entry.outcome else {
            throw HintedError("no figures")
        }
        change(&outcome)
        entry.outcome = outcome
        file.entries[index] = .result(entry)
        return try SessionFile.parse(file.render(), file: "s.ovf")
    }

    static func replayed(_ file: SessionFile) -> (ReplayCheck, String) {
        let (session, terminal, _) = makeSession()
        let check = session.replay(file)
        return (check, terminal.output)
    }

    @Test func anUntouchedFileReplaysIdentically() throws {
        let (check, output) = Self.replayed(try Self.tampered({ _ in }, run: 1))
        #expect(check.passed && check.identical == 2)
        #expect(output.hasSuffix("replay check: 2 runs identical to the recorded figures\n"))
    }

    /// One test digit in 10,000 at epoch 3 of run 2: named, with both figures and the difference.
    @Test func anAccuracyThatDiffersIsNamedWithItsRunAndEpoch() throws {
        let file = try Self.tampered({ $0.history[2].testAccuracy += 0.0001 }, run: 2)
        let (check, output) = Self.replayed(file)
        #expect(!check.passed && check.identical == 1)
        var config = RunConfig()
        try config.set("epochs", to: "4")
        try config.set("dropout", to: "0.2")
        let now = FakeBackend.metrics(epoch: 3, config: config).testAccuracy
        let figures = String(format: "%.2f%% now, %.2f%% recorded", now * 100, (now + 0.0001) * 100)
        #expect(
            output.hasSuffix(
                "replay check: run 2 differs from the recorded figures at epoch 3: test accuracy \(figures) (-0.01 points); 1 of 2 recorded runs identical\n"
            ))
    }

    /// A loss one bit away is a difference too: identical means the same bits.
    @Test func aLossOneBitAwayIsCaught() throws {
        let (check, output) = Self.replayed(
            try Self.tampered({ $0.history[0].trainLoss = $0.history[0].trainLoss.nextUp }, run: 1))
        #expect(!check.passed)
        #expect(output.contains("replay check: run 1 differs from the recorded figures at epoch 1: train loss "))
        #expect(output.contains("(difference -2.22e-16)"))
    }

    @Test func predictionsAndEndingsThatDifferAreCaught() throws {
        let (predictions, predictionsOutput) = Self.replayed(
            try Self.tampered({ $0.testPredictions[5] = ($0.testPredictions[5] + 1) % 10 }, run: 1))
        #expect(!predictions.passed)
        #expect(
            predictionsOutput.contains(
                "replay check: run 1's test predictions differ from the recorded ones (1 of 12 digits); 1 of 2 recorded runs identical\n"
            ))
        let (ending, endingOutput) = Self.replayed(try Self.tampered({ $0.restoredEpoch = 2 }, run: 2))
        #expect(!ending.passed)
        #expect(endingOutput.contains("replay check: run 2 restored epoch none, recorded 2"))
    }
}

/// A `sweep` makes several runs from one command: its session file is read back whole, and
/// replaying it gives every run, identical to the recorded figures.
@Suite struct SweepSessionFileTests {
    @Test func aSweepsRunsAllFollowItsCommandAndReplay() throws {
        let (session, _, _) = makeSession(["set epochs 3", "sweep weight_decay 0,0.1,0.3"])
        _ = session.runLoop()
        let text = session.file.render()
        let file = try SessionFile.parse(text, file: "s.ovf")
        #expect(file.results.count == 3)
        #expect(file.commands == ["set epochs 3", "sweep weight_decay 0,0.1,0.3"])
        let (replayer, terminal, _) = makeSession()
        let check = replayer.replay(file)
        #expect(check.passed && check.identical == 3)
        #expect(terminal.output.hasSuffix("replay check: 3 runs identical to the recorded figures\n"))
        #expect(replayer.state.runs.count == 3)
    }
}
