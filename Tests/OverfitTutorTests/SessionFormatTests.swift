import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Format 3: every run's figures saved and read back bit for bit; formats 1 and 2 still work.
@Suite struct SessionFormatTests {
    /// splitmix64: awkward but reproducible figures.
    struct Figures {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// Any finite Double, most of them with all 17 significant digits.
        mutating func double() -> Double {
            while true {
                let value = Double(bitPattern: next())
                if value.isFinite { return value }
            }
        }
    }

    static func outcome(epochs: Int, status: RunStatus, validation: Bool, predictions: Int, seed: UInt64) -> RunOutcome
    {
        var figures = Figures(state: seed)
        let specials: [Double] = [-0.0, 5e-324, 1e-300, .infinity, .nan, 0.1, 2.2250738585072014e-308]
        let history = (1...max(1, epochs)).prefix(epochs).map { epoch in
            EpochMetrics(
                epoch: epoch, trainLoss: figures.double(), trainPenalty: specials[epoch % specials.count],
                trainAccuracy: Double(figures.next() % 301) / 300, validationLoss: validation ? figures.double() : nil,
                validationAccuracy: validation ? Double(figures.next() % 51) / 50 : nil, testLoss: figures.double(),
                testAccuracy: Double(figures.next() % 10_001) / 10_000, seconds: 0)
        }
        return RunOutcome(
            history: history, status: status, restoredEpoch: validation ? 2 : nil,
            stoppedEarlyAfterEpoch: validation ? epochs : nil,
            testPredictions: (0..<predictions).map { _ in UInt8(figures.next() % 10) }, trainingImages: 250 + epochs)
    }

    static func run(_ id: Int, _ outcome: RunOutcome, epochs: Int) throws -> SessionFile.RunEntry {
        var config = RunConfig()
        try config.set("epochs", to: String(epochs))
        if outcome.restoredEpoch != nil { try config.set("val_size", to: "50"); try config.set("patience", to: "3") }
        return .init(
            id: id, status: outcome.status.name, epochsDone: outcome.history.count, config: config, outcome: outcome)
    }

    /// A finished run with early stopping and a validation split, a cancelled one, a diverged
    /// one, and a run cancelled before its first epoch: saved and read back, the same bits.
    @Test func finishedCancelledAndDivergedRunsRoundTripBitForBit() throws {
        let finished = Self.outcome(epochs: 7, status: .finished, validation: true, predictions: 10_000, seed: 1)
        let cancelled = Self.outcome(epochs: 2, status: .cancelled, validation: false, predictions: 9_999, seed: 2)
        let diverged = Self.outcome(
            epochs: 1, status: .diverged(epoch: 2, batch: 7), validation: false, predictions: 10_000, seed: 3)
        let empty = Self.outcome(epochs: 0, status: .cancelled, validation: false, predictions: 0, seed: 4)
        let file = SessionFile(
            toolVersion: "0.1.0",
            entries: [
                .command("run"), .result(try Self.run(1, finished, epochs: 7)),
                .command("run"), .result(try Self.run(2, cancelled, epochs: 5)),
                .command("run"), .result(try Self.run(3, diverged, epochs: 5)),
                .command("run"), .result(try Self.run(4, empty, epochs: 5)),
            ])
        let text = file.render()
        let parsed = try SessionFile.parse(text, file: "r.ovf")
        #expect(parsed == file)
        #expect(parsed.render() == text)
        #expect(parsed.recordsFigures)
        for (read, written) in zip(parsed.results, file.results) {
            let a = try #require(read.outcome), b = try #require(written.outcome)
            #expect(
                a.status == b.status && a.testPredictions == b.testPredictions && a.history.count == b.history.count)
            for (x, y) in zip(a.history, b.history) {
                #expect(EpochFigures(x).values.map { $0?.bitPattern } == EpochFigures(y).values.map { $0?.bitPattern })
            }
        }
        #expect(text.contains("\noutcome training_images=257 restored_epoch=2 stopped_early_after=7 diverged_at=-\n"))
        #expect(text.contains("diverged_at=2,7\n"))
        #expect(text.contains("\npredictions 0\n"))
    }

    /// What the figures of one run look like after a format-3 `result` line, for the damage tests.
    static let block = """
        overfit-session 3
        tool 0.1.0
        baseline
        command run
        result 1 finished 2 epochs=2
        outcome training_images=300 restored_epoch=- stopped_early_after=- diverged_at=-
        epoch 1 2.3 0.0 0.1 - - 2.29 0.11
        epoch 2 2.2 0.0 0.2 - - 2.28 0.12
        predictions 3 EgA=
        end 1

        """

    @Test func theBlockParses() throws {
        let file = try SessionFile.parse(Self.block, file: "s.ovf")
        #expect(file.results.first?.outcome?.testPredictions == [1, 2, 0])
        #expect(file.results.first?.outcome?.history.map(\.testAccuracy) == [0.11, 0.12])
    }

    /// Each damaged figure is refused with its line and what was expected, before anything is
    /// allocated from a count the file states.
    @Test(arguments: [
        (
            "epoch 2 2.2 0.0 0.2 - - 2.28 0.12\n", "",
            "line 8: run 1's figures stop after 1 of 2 epochs (expected `epoch 2`)"
        ),
        (
            "epoch 2 2.2", "epoch 3 2.2",
            "line 8: expected `epoch 2` and 7 figures (train loss, train penalty, train accuracy, validation loss, validation accuracy, test loss, test accuracy)"
        ),
        ("epoch 2 2.2", "epoch 2 two", "line 8: train loss `two` is not a number"),
        ("epoch 2 2.2", "epoch 2 0x1p3", "line 8: train loss `0x1p3` is not a number"),
        ("- - 2.28 0.12", "0.5 - 2.28 0.12", "line 8: validation loss and accuracy go together (both, or both -)"),
        ("predictions 3 EgA=", "predictions 100001 EgA=", "line 9: 100001 test predictions (at most 100,000 are read)"),
        ("predictions 3 EgA=", "predictions 5 EgA=", "line 9: the predictions are not 5 digits in base64"),
        ("predictions 3 EgA=", "predictions 3 EgA", "line 9: the predictions are not 3 digits in base64"),
        ("predictions 3 EgA=", "predictions 3 /wA=", "line 9: prediction 1 is 15, not a digit 0-9"),
        (
            "diverged_at=-", "diverged_at=2,3",
            "line 6: diverged_at=2,3 does not fit a finished run (expected EPOCH,BATCH for a diverged run, else -)"
        ),
        ("restored_epoch=-", "restored_epoch=3", "line 6: `3` is not one of the run's 2 epochs"),
        (
            "restored_epoch=- ", "",
            "line 6: an `outcome` line holds training_images, restored_epoch, stopped_early_after, diverged_at, each once (and sampled_test if sampled)"
        ),
        ("predictions 3 EgA=\n", "", "line 9: run 1's figures have no `predictions` line"),
        (
            "command run\nresult 1 finished 2 epochs=2\n", "command run\n",
            "line 5: an `outcome` line with no `result` line before it"
        ),
        (
            "epoch 1 2.3 0.0 0.1 - - 2.29 0.11\n", "command run\n",
            "line 7: run 1's figures stop after 0 of 2 epochs (expected `epoch 1`) (found `command`)"
        ),
        ("overfit-session 3", "overfit-session 2", "line 6: unknown entry `outcome` (expected command, result or end)"),
    ])
    func damagedFiguresAreRefusedWithTheLine(old: String, new: String, message: String) {
        let text = Self.block.replacingOccurrences(of: old, with: new)
        #expect(text != Self.block)
        do {
            _ = try SessionFile.parse(text, file: "s.ovf")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.message == "session file s.ovf, " + message)
        }
    }

    @Test func aFileCutInsideARunsFiguresIsTruncated() {
        let cut = String(Self.block.prefix(upTo: Self.block.range(of: "epoch 2")!.lowerBound))
        #expect(
            throws: HintedError(
                "session file s.ovf is truncated: it stops at line 8 without its `end` line",
                hint: "the file was cut short; the current session is unchanged")
        ) {
            try SessionFile.parse(cut, file: "s.ovf")
        }
    }

    /// Files written before figures were recorded (committed fixtures) still load and replay;
    /// the replay says it has nothing to compare.
    @Test(arguments: [
        ("format1", 1, ["set epochs 4", "run"], [4]),
        ("format2", 2, ["set epochs 3 train_size 100", "run", "set dropout 0.2 epochs 6", "run", "runs"], [3, 2]),
    ])
    func olderFormatsStillLoadAndReplay(name: String, version: Int, commands: [String], epochs: [Int]) throws {
        let path = packageRoot + "/Tests/SessionFixtures/\(name).ovf"
        let file = try Session.loadSessionFile(path)
        #expect(file.version == version && file.commands == commands && !file.recordsFigures)
        let (session, terminal, backend) = makeSession()
        let check = session.replay(file)
        #expect(check.passed && session.failures == 0)
        #expect(session.state.runs.map(\.result.history.count) == epochs && backend.trainCalls == epochs.count)
        #expect(session.state.runs.last?.result.status == (version == 2 ? .cancelled : .finished))
        #expect(
            terminal.output.hasSuffix(
                "replay check: this file (session format \(version)) records no figures, so there is nothing to compare the runs with\n"
            ))
        // Saved again, it is format 3 with the figures.
        let again = try SessionFile.parse(session.file.render(), file: "again.ovf")
        #expect(again.version == 3 && again.recordsFigures && again.commands == commands)
    }
}
