import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Signals sent to the real binary with its input a pipe: the run in progress is kept as
/// cancelled, nothing is lost, no crash report is printed, and the exit status says which
/// signal stopped it.
@Suite(.serialized) struct SignalTests {
    /// A run long enough to be caught in the middle (the signal lands within a second).
    static let longRun = "set epochs 300 train_size 1000"

    /// The signals that stop the tutor, each with the exit status a shell then reports.
    static let stopSignals: [(Int32, Int32)] = [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130), (SIGQUIT, 143)]

    static func expectNoCrashReport(_ errors: String, _ label: String) {
        for word in ["Backtrace", "Crash", "debug", "💣", "Fatal"] {
            #expect(!errors.contains(word), "\(label): \(errors)")
        }
    }

    @Test(arguments: stopSignals)
    func aSignalKeepsTheRunInProgressWithPipedInput(signal: Int32, status: Int32) throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let tutor = try RunningTutor([], dataHome: home, errorPath: home + "/stderr")
        tutor.send("\(Self.longRun)\nrun\nset seed 7\n")
        #expect(tutor.waitFor { $0.contains("train_size 300 → 1000") })
        Thread.sleep(forTimeInterval: 0.7)
        #expect(tutor.send(signal: signal), "the tutor ended before the signal")
        // Its input is still open: the signal alone ends it.
        #expect(tutor.ends(within: 60), "signal \(signal) did not end the tutor")
        tutor.finish()
        #expect(tutor.shellStatus == status, "signal \(signal): \(tutor.errors)")
        Self.expectNoCrashReport(tutor.errors, "signal \(signal)")
        let stored = try storedSession(home + "/overfit")
        #expect(stored.commands == [Self.longRun, "run"], "signal \(signal)")
        #expect(stored.results.map(\.status) == ["cancelled"] && stored.recordsFigures, "signal \(signal)")
        // What it printed of the cancelled run is what it kept.
        #expect(tutor.text.contains("── run 1:"), "\(tutor.text)")
    }

    /// A signal while the tutor waits for its next piped line ends it. (Swift's readLine retried
    /// getline on EINTR, which glibc then failed at once for ever: the tutor spun at 100% CPU,
    /// deaf to its input closing too, and CI hung on it for an hour and a half.)
    @Test(arguments: stopSignals)
    func aSignalEndsATutorWaitingForPipedInput(signal: Int32, status: Int32) throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let tutor = try RunningTutor([], dataHome: home, errorPath: home + "/stderr")
        tutor.send("set epochs 7\n")
        #expect(tutor.waitFor { $0.contains("epochs 100 → 7") })
        // Long enough to be waiting in the read for the next line.
        Thread.sleep(forTimeInterval: 0.3)
        #expect(tutor.send(signal: signal), "the tutor ended before the signal")
        let ended = tutor.ends(within: 60)
        #expect(ended, "signal \(signal) did not end a tutor waiting for input")
        if !ended { tutor.kill9() }
        tutor.finish()
        #expect(tutor.shellStatus == status, "signal \(signal): \(tutor.errors)")
        #expect(try storedSession(home + "/overfit").commands == ["set epochs 7"], "signal \(signal)")
    }

    /// `overfit run` under Ctrl-\ ends as under SIGTERM: no backtrace, no debugger prompt.
    @Test func sigquitEndsOverfitRunAsSigtermDoes() throws {
        var statuses: [Int32] = []
        for signal in [SIGTERM, SIGQUIT] {
            let home = temporaryDirectory()
            defer { removeTemporary(home) }
            let run = try RunningTutor(
                ["run", "--set", "epochs=300", "train_size=1000"], dataHome: home, errorPath: home + "/stderr")
            Thread.sleep(forTimeInterval: 1)
            #expect(run.send(signal: signal), "overfit run ended before signal \(signal)")
            #expect(run.ends(within: 30))
            run.finish()
            statuses.append(run.shellStatus)
            Self.expectNoCrashReport(run.errors, "overfit run, signal \(signal)")
        }
        #expect(statuses == [143, 143])
    }

    /// kill -9 after some of a sweep's runs printed: those runs are in the history, `--resume`
    /// brings them back without training, and a replay re-makes the sweep as far as it went.
    @Test func killedDuringASweepKeepsItsFinishedRuns() throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let tutor = try RunningTutor([], dataHome: home, errorPath: home + "/stderr")
        let sweep = "sweep seed 1,2,3,4,5,6,7,8"
        tutor.send("set epochs 30 train_size 300\n\(sweep)\n")
        #expect(tutor.waitFor(seconds: 120) { $0.contains("── run 3:") }, "\(tutor.text)\(tutor.errors)")
        #expect(tutor.kill9(), "the sweep ended before the kill")
        let shown = tutor.text.components(separatedBy: "── run ").count - 1
        let stored = try storedSession(home + "/overfit")
        #expect(stored.commands == ["set epochs 30 train_size 300", sweep])
        #expect(stored.results.count >= shown && shown >= 3, "\(shown) shown; \(stored.results.count) stored")
        #expect(stored.results.allSatisfy { $0.status == "finished" } && stored.recordsFigures)

        let binary = try RunningTutor.binary()
        let resumed = try EndToEndTests.run(
            binary, ["--resume"], input: "runs\n", environment: ["XDG_DATA_HOME": home, "COLUMNS": "100"])
        #expect(resumed.status == 0, "\(resumed.err)")
        #expect(resumed.out.contains(": 2 commands, \(stored.results.count) runs\n"), "\(resumed.out)")
        let path = home + "/cut.ovf"
        try stored.render().write(toFile: path, atomically: true, encoding: .utf8)
        let replayed = try EndToEndTests.run(binary, ["--replay", path], environment: ["COLUMNS": "200"])
        #expect(replayed.status == 0, "\(replayed.out)\(replayed.err)")
        #expect(
            replayed.out.contains(
                "sweep cut short at seed \(stored.results.count + 1): "
                    + "the recorded session holds \(stored.results.count) of its 8 runs"
            ), "\(replayed.out)")
        let check = "replay check: \(stored.results.count) runs identical to the recorded figures\n"
        #expect(replayed.out.hasSuffix(check))
    }

    /// Ctrl-C during `overfit --replay`: the replay stops, says what was left, exits 130.
    @Test func ctrlCStopsAReplayOfTheRealBinary() throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        var lines = ["set epochs 30 train_size 300"]
        for seed in 1...20 { lines += ["set seed \(seed)", "run"] }
        let made = Session(terminal: TranscriptTerminal(lines: lines), backend: FakeBackend())
        _ = made.runLoop()
        let path = home + "/twenty.ovf"
        try made.file.render().write(toFile: path, atomically: true, encoding: .utf8)
        let replay = try RunningTutor(["--replay", path], dataHome: home, errorPath: home + "/stderr")
        #expect(replay.waitFor(seconds: 120) { $0.contains("── run 1:") }, "\(replay.text)\(replay.errors)")
        #expect(replay.send(signal: SIGINT))
        #expect(replay.ends(within: 60))
        replay.finish()
        #expect(replay.shellStatus == 130, "\(replay.errors)")
        let runsMade = replay.text.components(separatedBy: "── run ").count - 1
        let last = try #require(replay.text.split(separator: "\n").last.map(String.init))
        let numbers = last.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // Stopped in run k (command 2k) or just after it: 40 - 2k or 39 - 2k commands left.
        let verb = runsMade == 1 ? "is" : "are"
        #expect(last.hasPrefix("replay stopped: ") && last.hasSuffix("made so far \(verb) kept"))
        #expect(numbers.count == 5 && [40 - 2 * runsMade, 39 - 2 * runsMade].contains(numbers[0]), "\(last)")
        #expect(Array(numbers.dropFirst()) == [41, 20 - runsMade, 20, runsMade], "\(last)")
        #expect(runsMade >= 1 && runsMade < 20)
    }
}
