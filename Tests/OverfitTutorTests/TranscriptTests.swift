import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Whole sessions, commands in and transcript out, as a person at a terminal would see them.
@Suite struct TranscriptTests {
    @Test func helpListsEveryCommandAndHelpCommandExplainsOne() {
        let run = transcript(["help", "help set", "help rnu"])
        expectGolden(run.output, Golden.help, "help")
        #expect(run.status == 1)
    }

    @Test func showSetResetExplain() {
        let run = transcript([
            "show train_size layers seed", "set dropout 0.2 epochs 5", "set lr=0.05", "show lr dropout",
            "set dropout 0.2",
            "reset dropout", "reset", "reset", "explain dropout",
        ])
        expectGolden(run.output, Golden.knobs, "knobs")
        #expect(run.status == 0)
    }

    /// `show` alone: a row per knob in the table's order, each with its value and (cut to the
    /// width) its summary, and the line under the table. Read from the table, so that adding a
    /// knob needs no new golden.
    @Test func showListsEveryKnobInTheTablesOrder() {
        let run = transcript(["set dropout 0.2", "show"], width: 400)
        let lines = run.output.components(separatedBy: "overfit> show\n")[1].split(separator: "\n").map(String.init)
        #expect(lines.count == RunConfig.knobs.count + 3)
        #expect(lines[0].split(separator: " ") == ["knob", "value", "about"])
        for (knob, line) in zip(RunConfig.knobs, lines.dropFirst(2)) {
            let changed = knob.name == "dropout"
            let about = (changed ? "(default 0) " : "") + knob.summary
            let cells = [
                changed ? "*" : " ", knob.name,
                knob.value(
                    in: changed ? try! KnobSettings(parsing: "dropout 0.2").applied(to: RunConfig()) : RunConfig()),
                about,
            ]
            #expect(
                line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                    == cells.joined(separator: " ").trimmingCharacters(in: " "), "\(knob.name)")
        }
        #expect(
            lines.last
                == "* 1 changed from the defaults (the lab slides' baseline). `set KNOB VALUE` changes one, `explain KNOB` tells more."
        )
    }

    @Test func badValuesEachSayWhatIsAllowedAndChangeNothing() {
        let run = transcript([
            "set dropout 1.5", "set lr -1", "set layers 100,,x", "set batch 0", "set train_size 70000",
            "set dropuot 0.2", "set dropout", "set", "set epochs 3 dropout 2", "set dropout 0.2 dropout=0.4",
            "show epochs dropout",
            "explain", "explain lr dropout", "explain nothing",
        ])
        expectGolden(run.output, Golden.badValues, "badValues")
        #expect(run.status == 1)
    }

    @Test func runReportsTableSparklinesAndDiagnosis() {
        let run = transcript(["set epochs 12", "run", "set dropout 0.5", "run", "runs"])
        expectGolden(run.output, Golden.runs, "runs")
        #expect(run.status == 0)
    }

    @Test func divergedAndInvalidCombinationRuns() {
        let run = transcript(["set epochs 4 lr 6", "run", "reset lr", "set patience 5", "run", "run now"])
        expectGolden(run.output, Golden.diverged, "diverged")
        #expect(run.status == 1)
    }

    @Test func ctrlCDuringARunKeepsItsEpochsAndMarksItCancelled() {
        let run = transcript(["set epochs 10", "run", "runs"]) { $0.interruptAfterEpoch = 3 }
        expectGolden(run.output, Golden.cancelled, "cancelled")
        #expect(run.status == 0)
    }

    @Test func compareSideBySideAndItsErrors() {
        let run = transcript([
            "compare 1 2", "compare", "set epochs 6", "run", "set epochs 10 dropout 0.25", "run",
            "compare 1 2", "compare 1", "compare 1 7", "compare one 2",
        ])
        expectGolden(run.output, Golden.compare, "compare")
        #expect(run.status == 1)
    }

    @Test func compareAloneComparesTheLastTwoRuns() {
        let run = transcript([
            "set epochs 4", "run", "set epochs 6", "run", "set dropout 0.25", "run", "compare 2 3", "compare",
        ])
        let answers = run.output.components(separatedBy: "overfit> compare")
        #expect(answers.count == 3)
        #expect(answers[1].drop { $0 != "\n" } == answers[2].drop { $0 != "\n" }, "`compare` is `compare 2 3` here")
        #expect(answers[2].contains("run 2") && answers[2].contains("run 3"))
    }

    @Test func plotAndSamples() {
        let run = transcript(
            [
                "plot", "samples", "set epochs 8", "run", "plot", "plot 1 loss", "plot gap", "plot 1 speed",
                "samples 1 4", "samples 1 99",
            ], width: 60)
        expectGolden(run.output, Golden.plotSamples, "plotSamples")
        #expect(run.status == 1)
    }

    @Test func asciiModeDrawsWithoutUnicode() {
        let run = transcript(["set epochs 8", "run", "plot", "samples 1 2"], width: 60, unicode: false)
        expectGolden(run.output, Golden.ascii, "ascii")
        #expect(!run.output.unicodeScalars.contains { $0.value > 127 })
    }

    @Test func unknownCommandsSuggestTheClosest() {
        let run = transcript(["rnu", "shwo", "comapre 1 2", "xyzzy", "  ", "# a comment", "Run"]) { _ in }
        expectGolden(run.output, Golden.unknown, "unknown")
        #expect(run.status == 1)
    }

    /// A data error reaches the learner as an error with its file, what was expected and found,
    /// and the data's own hint on the hint line.
    @Test func missingDatasetIsAnErrorAtRunNotACrash() {
        let run = transcript(["run", "show epochs"], width: 200) { backend in
            backend.failure = DataError(
                kind: .unknownDirectory, path: "/nowhere", expected: "MNIST's four .gz files",
                found: "no such directory", hint: "run datasets/make-mnist")
        }
        #expect(
            run.output.contains(
                """
                overfit> run
                error: cannot use data directory /nowhere: no MNIST data directory found (expected MNIST's four .gz files; found no such directory)
                  hint: run datasets/make-mnist

                """))
        #expect(run.output.hasSuffix("epochs  100    passes over the training images\n"))
        #expect(run.status == 1)
    }

    @Test func quitStopsReadingAndEndOfInputLeavesToo() {
        let (session, terminal, _) = makeSession(["set epochs 2", "quit", "set epochs 3"])
        #expect(session.runLoop() == 0)
        #expect(session.state.config.epochs == 2)
        #expect(terminal.output == "overfit> set epochs 2\nepochs 100 → 2\noverfit> quit\n")
    }

    @Test func interactiveFarewellSaysWhereTheSessionIsAutosaved() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, terminal, _) = makeSession(["set epochs 2"], dataDirectory: directory, interactive: true)
        _ = session.runLoop()
        let path = try #require(session.autosavePath)
        #expect(path.hasPrefix(directory + "/sessions/") && path.hasSuffix(".ovf"))
        // The farewell wraps at the screen's width (a session's path is long): compared as one line.
        let flat = terminal.output.replacingOccurrences(of: "\n", with: " ")
        #expect(
            flat.hasSuffix(
                "bye: this session is kept in \(path); `overfit --resume` continues it, `overfit sessions` lists them all "
            ))
    }
}
