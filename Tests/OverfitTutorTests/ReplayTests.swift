import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

@Suite struct ReplayTests {
    static let commands = [
        "set epochs 5", "run", "set dropout 0.2 seed 3", "run", "runs", "compare 1 2", "show dropout",
        "explain seed", "plot 2 loss", "samples 1 3", "help compare",
    ]

    /// Runs `commands` then `save`; returns the transcript before the save, the saved file and its path.
    func original(_ commands: [String], directory: String, backend configure: (FakeBackend) -> Void = { _ in }) throws
        -> (String, SessionFile, String)
    {
        let path = directory + "/s.ovf"
        let (session, terminal, backend) = makeSession(commands)
        configure(backend)
        #expect(session.runLoop() == 0)
        let transcript = terminal.output
        #expect(session.execute("save \(path)"))
        return (transcript, try Session.loadSessionFile(path), path)
    }

    @Test func replayPrintsTheSameBytes() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (transcript, file, path) = try original(Self.commands, directory: directory)
        #expect(file.commands == Self.commands)

        let (replayed, terminal, _) = makeSession()
        #expect(replayed.replay(file).passed)
        let check = "replay check: 2 runs identical to the recorded figures\n"
        #expect(terminal.output == transcript + check)
        #expect(replayed.file == file)

        let (inside, insideTerminal, _) = makeSession(["replay \(path)"])
        _ = inside.runLoop()
        #expect(insideTerminal.output == "overfit> replay \(path)\n" + transcript + check)
    }

    @Test func aCancelledRunReplaysToTheSameEpoch() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (transcript, file, _) = try original(["set epochs 10", "run", "runs"], directory: directory) {
            $0.interruptAfterEpoch = 4
        }
        #expect(file.results.first?.status == "cancelled" && file.results.first?.epochsDone == 4)
        let (replayed, terminal, _) = makeSession()
        replayed.replay(file)
        #expect(terminal.output == transcript + "replay check: 1 run identical to the recorded figures\n")
        #expect(replayed.state.runs.first?.result.status == .cancelled)
    }

    @Test func replayNotesARunThatNoLongerMatchesItsRecord() throws {
        var file = try SessionFile.parse(SessionFileTests.valid, file: "s.ovf")
        file.entries[2] = .result(.init(id: 1, status: "finished", epochsDone: 2, config: RunConfig()))
        let (session, terminal, _) = makeSession()
        session.replay(file)
        #expect(
            terminal.output.hasSuffix(
                """
                note: replayed run 1 differs from the recorded one: epochs 100 → 3; ended finished after 3 epochs, recorded finished after 2
                replay check: this file (session format 1) records no figures, so there is nothing to compare the runs with

                """))
    }

    /// The real trainer over a few synthetic images: the same session replays to the same bytes.
    @Test func realTrainerReplaysByteIdentically() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        func backend() -> DatasetBackend {
            DatasetBackend { _ in
                TrainingData(
                    train: Synthetic.dataset(count: 60, split: "train"),
                    test: Synthetic.dataset(count: 24, split: "test"))
            }
        }
        let lines = [
            "set train_size 30 layers 16,16 batch 5 epochs 4", "run", "set dropout 0.3", "run", "compare 1 2",
            "samples 2 2",
        ]
        let terminal = TranscriptTerminal(lines: lines, echo: true)
        let session = Session(terminal: terminal, backend: backend())
        #expect(session.runLoop() == 0)
        let transcript = terminal.output
        #expect(session.execute("save \(directory)/real.ovf"))

        let again = TranscriptTerminal(echo: true)
        Session(terminal: again, backend: backend()).replay(try Session.loadSessionFile(directory + "/real.ovf"))
        #expect(again.output == transcript + "replay check: 2 runs identical to the recorded figures\n")
        #expect(transcript.contains("finished 4 epochs on 30 training images"))
    }

    @Test func autosaveIntoAnUnwritableDirectoryWarnsOnceAndCarriesOn() {
        let (session, terminal, _) = makeSession(["set epochs 3", "set epochs 4"], dataDirectory: "/etc/passwd")
        #expect(session.runLoop() == 0)
        #expect(terminal.output.components(separatedBy: "warning: autosave failed").count == 2)
        #expect(session.state.config.epochs == 4)
    }

    @Test func exportWritesCSVAndJSON() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, terminal, _) = makeSession(
            [
                "set epochs 2", "run", "export 1 \(directory)/r.csv", "export 1 \(directory)/r.json",
                "export 1 \(directory)/r.txt", "export 3 x.csv", "export 1",
            ], width: 400)
        #expect(session.runLoop() == 1)
        let rows = (1...2).map { epoch in
            let m = FakeBackend.metrics(epoch: epoch, config: session.state.runs[0].result.config)
            return "\(epoch),\(m.trainLoss),0.0,\(m.trainAccuracy),,,\(m.testLoss),\(m.testAccuracy)\n"
        }
        #expect(
            try String(contentsOfFile: directory + "/r.csv", encoding: .utf8)
                == "epoch,train_loss,train_penalty,train_acc,val_loss,val_acc,test_loss,test_acc\n" + rows.joined())
        let json = try String(contentsOfFile: directory + "/r.json", encoding: .utf8)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["status"] as? String == "finished")
        #expect((object?["history"] as? [Any])?.count == 2)
        #expect(
            (object?["config"] as? [String: Any])?["epochs"] as? Int == 2, "knob values are typed: a number, not \"2\"")
        #expect(terminal.output.contains("error: export writes .csv or .json files (got `\(directory)/r.txt`)"))
        #expect(terminal.output.contains("error: no run 3: the runs are 1 to 1"))
        #expect(session.file.commands == ["set epochs 2", "run"])
    }
}
