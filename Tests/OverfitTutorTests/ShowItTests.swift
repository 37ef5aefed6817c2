import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Issue 13's "show it": reused runs, sweeps, overlaid plots, digits one run gets right and
/// another wrong, and reports that fit a screen.
@Suite struct ShowItTests {
    /// Words separated by single spaces, rules cut to two dashes: text as wrapping leaves it.
    func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).map { $0.allSatisfy { $0 == "─" } ? "──" : String($0) }.joined(
            separator: " ")
    }

    /// The session's runs as a file, replayed into a fresh session over a fresh fake backend.
    func replayed(_ session: Session) -> (output: String, backend: FakeBackend, session: Session) {
        let (again, terminal, backend) = makeSession(width: 72)
        let check = again.replay(session.file)
        return (terminal.output + "replay passed: \(check.passed), identical: \(check.identical)\n", backend, again)
    }

    @Test func anIdenticalRunIsReusedNotRetrainedAndStillRecordedAndReplayed() {
        let (session, terminal, backend) = makeSession([
            "set epochs 3", "run", "set dropout 0.2", "run", "reset dropout", "run", "runs",
        ])
        #expect(session.runLoop() == 0)
        #expect(backend.trainCalls == 2, "run 3 has run 1's knobs and seed")
        #expect(session.state.runs.count == 3)
        #expect(session.state.runs[2].result.history == session.state.runs[0].result.history)
        #expect(
            flat(terminal.output).contains(
                "── run 3: dropout 0.2 → 0 ── Same knobs and seed as run 1, so the same numbers, bit for bit: its figures are reused, not trained again."
            ))
        #expect(session.file.results.count == 3, "the session file records the reused run as a run")
        let replay = replayed(session)
        #expect(replay.backend.trainCalls == 2)
        #expect(replay.session.state.runs.map(\.result.history) == session.state.runs.map(\.result.history))
        #expect(replay.output.hasSuffix("replay passed: true, identical: 3\n"))
    }

    @Test func aDifferentSeedOrACancelledRunIsTrainedAgain() {
        let (session, _, backend) = makeSession(["set epochs 3", "run", "set seed 1", "run"])
        _ = session.runLoop()
        #expect(backend.trainCalls == 2)
        let (stopped, _, stoppedBackend) = makeSession(["set epochs 5", "run", "run"])
        stoppedBackend.interruptAfterEpoch = 2
        _ = stopped.runLoop()
        #expect(stoppedBackend.trainCalls == 2, "a cancelled run is no run to reuse")
    }

    @Test func sweepRunsEachValueReusesFinishedRunsAndDrawsTheAccuracies() {
        let run = transcript([
            "set epochs 4", "run", "sweep dropout 0,0.25,0.5", "show dropout", "sweep dropout 1.5,0", "sweep",
            "sweep dropout 0.2", "sweep dropout 0,,0.1", "runs",
        ])
        expectGolden(run.output, Golden.sweep, "sweep")
        #expect(run.status == 1)
    }

    @Test func sweepRefusesEveryBadValueBeforeAnyTraining() {
        let (session, terminal, backend) = makeSession(["set epochs 3 val_size 20", "sweep train_size 300,10"])
        _ = session.runLoop()
        #expect(backend.trainCalls == 0, "train_size 10 cannot hold val_size 20: refused before the 300 trains")
        #expect(terminal.output.contains("error: val_size (20) must be smaller than train_size (10)"))
        #expect(session.state.runs.isEmpty && session.state.config.trainSize == 300)
    }

    /// Ctrl-C in the second run: the first is kept, the second kept as cancelled, the third never
    /// made; the knobs are as before; the file replays to the same runs.
    @Test func ctrlCStopsTheSweepAndKeepsTheRunsFinishedBeforeIt() {
        let (session, terminal, backend) = makeSession(["sweep epochs 2,5,6", "show epochs", "runs"])
        backend.interruptAfterEpoch = 3
        _ = session.runLoop()
        #expect(session.state.runs.map(\.result.status) == [.finished, .cancelled])
        #expect(session.state.config.epochs == 100)
        #expect(
            flat(terminal.output).contains("sweep stopped (Ctrl-C) at epochs 5; the 1 run finished before it is kept."))
        let replay = replayed(session)
        #expect(replay.session.state.runs.map(\.result.status) == [.finished, .cancelled])
        #expect(replay.output.hasSuffix("replay passed: true, identical: 2\n"))
    }

    @Test func plotOverlaysRunsWithALegendAndMarksTheLowestTestLoss() {
        let lines = [
            "set epochs 8", "run", "set dropout 0.5 epochs 10", "run", "plot 1 2", "plot 1 2 loss", "plot 2 loss",
            "plot 1 2 3 4 5", "plot 1 x loss",
        ]
        let unicode = transcript(lines, width: 64)
        expectGolden(unicode.output, Golden.overlay, "overlay")
        let ascii = transcript(lines, width: 64, unicode: false)
        expectGolden(ascii.output, Golden.overlayAscii, "overlayAscii")
    }

    @Test func chartMarksTheRequestedPointOverTheCurves() {
        let chart = Chart.render(
            [Chart.Series(name: "test", values: [3, 2, 1, 2, 3])], axisEpochs: 5, height: 4, marks: [(0, 2)],
            format: Text.loss, style: RenderStyle(width: 30, unicode: false))
        let rows = chart.split(separator: "\n")
        #expect(rows[3].contains("@") && !rows[0].contains("@"), "the lowest value's cell, on the bottom row")
        #expect(chart.filter { $0 == "@" }.count == 1)
    }

    /// Runs 1 and 2 with hand-made predictions over 12 synthetic digits.
    func sessionWithPredictions(_ first: [UInt8], _ second: [UInt8]) -> (Session, TranscriptTerminal) {
        let (session, terminal, backend) = makeSession(width: 80, unicode: false)
        for (id, predictions) in [first, second].enumerated() {
            var result = RenderingTests.result(epochs: 3)
            result.testPredictions = predictions
            session.state.runs.append(Session.RunRecord(id: id + 1, result: result, previous: RunConfig()))
        }
        #expect(backend.test.count == 12)
        return (session, terminal)
    }

    /// `samples 1 vs 2` on two Fashion-MNIST runs asked for the test images without a dataset
    /// on main, and drew MNIST digits against Fashion predictions.
    @Test func samplesAVersusBDrawsTheRunsOwnTestSet() {
        let (session, _, backend) = makeSession(width: 80, unicode: false)
        for id in 1...3 {
            var result = RenderingTests.result(epochs: 3)
            result.config.dataset = id == 3 ? .mnist : .fashion
            result.testPredictions = Synthetic.dataset(count: 12, split: "test").labels
            session.state.runs.append(Session.RunRecord(id: id, result: result, previous: RunConfig()))
        }
        #expect(session.execute("samples 1 vs 2 2"))
        #expect(backend.testSetsAskedFor == [.fashion])
        #expect(!session.execute("samples 1 vs 3 2"), "a Fashion run against an MNIST run is refused")
    }

    @Test func samplesAVersusBDrawsTheDigitsOnlyAGetsRightAndCountsTheReverse() {
        let labels = Synthetic.dataset(count: 12, split: "test").labels
        var first = labels, second = labels
        for index in [1, 4, 7] { second[index] = (labels[index] + 1) % 10 }
        for index in [2] { first[index] = (labels[index] + 2) % 10 }
        for index in [5] { first[index] = 9; second[index] = 8 }
        let (session, terminal) = sessionWithPredictions(first, second)
        #expect(session.execute("samples 1 vs 2 2"))
        #expect(session.execute("samples 2 #1 1"))
        #expect(session.execute("samples 1 2"), "a bare number after one run is still a count")
        #expect(!session.execute("samples 1 vs 2 99"))
        expectGolden(terminal.output, Golden.samplesVersus, "samplesVersus")
    }

    /// The default report fits 24 lines with its header whatever the run's length, and keeps the
    /// epochs it names; verbose shows every epoch.
    @Test func aReportFitsOneScreenAndKeepsTheEpochsItNames() {
        var result = RenderingTests.result(epochs: 100)
        result.config.validationSize = 50
        for index in result.history.indices {
            result.history[index].validationLoss = result.history[index].testLoss * 0.9
            result.history[index].validationAccuracy = result.history[index].testAccuracy
        }
        let words = DiagnosisWordsTests.lessonWords
        let report = RunReport.render(result, style: .plain, words: words)
        expectGolden(report, Golden.report100, "report100")
        #expect(RunReport.lineCount(report) <= 23)
        for epoch in [1, 4, 100] {
            #expect(report.contains("\n" + Text.padLeft(String(epoch), 5) + "  "), "epoch \(epoch)")
        }
        let verbose = RunReport.render(result, style: .plain, words: words, verbose: true)
        #expect(RunReport.lineCount(verbose) > 100)
    }

    @Test func verboseIsASessionSettingThatReportsObey() {
        let (session, terminal, _) = makeSession([
            "set epochs 60", "verbose on", "run", "verbose", "verbose off", "verbose loud",
        ])
        #expect(session.runLoop() == 1)
        let report = terminal.output.components(separatedBy: "overfit> run\n")[1].components(separatedBy: "overfit> ")[
            0]
        #expect(RunReport.lineCount(report) > 60)
        #expect(terminal.output.contains("verbose is on: reports show every epoch"))
        #expect(terminal.output.contains("error: verbose takes on or off (got `loud`)"))
        #expect(
            session.state.config
                == {
                    var c = RunConfig(); c.epochs = 60; return c
                }(), "verbose is not a knob")
    }
}
