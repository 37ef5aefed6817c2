import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A backend that looks at the session history on disk each time a run starts: what a kill -9
/// at that moment would leave.
final class PeekingBackend: TrainingBackend {
    let inner = FakeBackend()
    let directory: String
    private(set) var storedRunsAtEachStart: [Int] = []

    init(directory: String) { self.directory = directory }

    var needsLoading: Bool { false }
    func testImages(of source: DatasetSource) throws -> Dataset { try inner.testImages(of: source) }
    func trainingImages(of source: DatasetSource) throws -> Dataset { try inner.trainingImages(of: source) }
    func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws -> RunResult {
        storedRunsAtEachStart.append((try? storedSession(directory).results.count) ?? 0)
        return try inner.train(config, onEvent: onEvent, isCancelled: isCancelled)
    }
}

/// Sweeps keep each run as it finishes; a sweep cut short is re-made as it was; Ctrl-C stops a
/// replay; a long session loads in linear time and says how far it is.
@Suite struct SweepAndReplayStopTests {
    /// A refused sweep's hint is a sweep that runs: two different values, in the syntax a sweep
    /// reads (dashes inside a layer list). On main it offered `sweep lr 0.1,0.1` and
    /// `sweep layers 100,100,100,100 100,100,100,100`, the same value twice.
    @Test func everyKnobsSweepHintIsASweepOfTwoDifferentValues() throws {
        for knob in RunConfig.knobs {
            let example = SweepPlan.example(knob)
            let plan = try SweepPlan([knob.name, example], current: RunConfig())
            #expect(plan.values.count == 2 && plan.values[0] != plan.values[1], "\(knob.name): \(example)")
        }
    }

    @Test func aSweepKeepsEachRunAsItFinishes() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let backend = PeekingBackend(directory: directory)
        let terminal = TranscriptTerminal(lines: ["set epochs 3", "sweep seed 1,2,3,4"], width: 80)
        let session = Session(
            terminal: terminal, backend: backend, options: Session.Options(dataDirectory: directory))
        #expect(session.runLoop() == 0)
        // Run N starts with the N-1 runs before it on disk: kill -9 then would lose none.
        #expect(backend.storedRunsAtEachStart == [0, 1, 2, 3], "\(terminal.output)")
        #expect(try storedSession(directory).results.count == 4)
    }

    /// A session file whose sweep recorded `recorded` of its `values` runs (kill -9 during it).
    static func cutShortSweep(values: Int, recorded: Int) -> SessionFile {
        let session = Session(
            terminal: TranscriptTerminal(
                lines: ["set epochs 3", "sweep seed " + (1...values).map(String.init).joined(separator: ",")]),
            backend: FakeBackend())
        _ = session.runLoop()
        var file = session.file
        var kept = 0
        file.entries.removeAll {
            guard case .result = $0 else { return false }
            kept += 1
            return kept > recorded
        }
        return file
    }

    @Test func aSweepCutShortIsResumedAndReplayedAsItWas() throws {
        let file = Self.cutShortSweep(values: 5, recorded: 3)
        let text = file.render()
        let read = try SessionFile.parse(text, file: "cut.ovf")

        let backend = FakeBackend()
        let session = Session(terminal: TranscriptTerminal(), backend: backend)
        guard case .restored(let note) = session.restore(read, from: "cut.ovf") else {
            Issue.record("not restored")
            return
        }
        #expect(note == "resumed cut.ovf: 2 commands, 3 runs\n")
        #expect(session.state.runs.count == 3 && backend.trainCalls == 0)
        #expect(session.file.entries == read.entries)

        let terminal = TranscriptTerminal(width: 200)
        let replayer = Session(terminal: terminal, backend: FakeBackend())
        let check = replayer.replay(read)
        #expect(replayer.state.runs.count == 3 && check.passed, "\(terminal.output)")
        #expect(terminal.output.contains("sweep cut short at seed 4: the recorded session holds 3 of its 5 runs"))
        #expect(terminal.output.hasSuffix("replay check: 3 runs identical to the recorded figures\n"))
    }

    /// A file of `runs` runs, each after a `set seed`.
    static func manyRuns(_ runs: Int) -> SessionFile {
        var lines = ["set epochs 4"]
        for seed in 1...runs { lines += ["set seed \(seed)", "run"] }
        let session = Session(terminal: TranscriptTerminal(lines: lines), backend: FakeBackend())
        _ = session.runLoop()
        return session.file
    }

    @Test func ctrlCStopsAReplayAndKeepsTheRunsMade() throws {
        let file = Self.manyRuns(5)
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, terminal) = historySession(["set seed 9"], directory: directory)
        #expect(session.runLoop() == 0)
        let backend = FakeBackend()
        let replayTerminal = TranscriptTerminal(width: 200)
        backend.terminal = replayTerminal
        let replayer = Session(
            terminal: replayTerminal, backend: backend, options: Session.Options(dataDirectory: directory))
        // Ctrl-C in the second epoch of the first run that trains.
        backend.interruptAfterEpoch = 2
        let check = replayer.replay(file)
        _ = terminal
        #expect(check.stopped != nil)
        #expect(replayer.state.runs.map(\.result.status) == [.cancelled], "\(replayTerminal.output)")
        #expect(backend.trainCalls == 1)
        #expect(
            replayTerminal.output.hasSuffix(
                "replay stopped: 8 of 11 commands and 4 of 5 recorded runs were left; the 1 run made so far is kept\n"),
            "\(replayTerminal.output)")
        // The runs made are kept in the history, as a session of their own.
        let stored = SessionHistory(dataDirectory: directory, owner: false).list().compactMap {
            try? $0.entry.load().file
        }
        #expect(stored.map(\.results.count).sorted() == [0, 1])
        #expect(stored.first { !$0.results.isEmpty }?.results.map(\.status) == ["cancelled"])
    }

    /// This thread's CPU time in seconds: unlike the wall clock, other processes' load (CI's
    /// lesson checks on the other core) does not enter it, so a ratio of two is a ratio of work.
    static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// The CPU time to parse and resume a session of `commands` commands (a run every 500), best of 3.
    static func loadTime(commands: Int) throws -> Double {
        var lines: [String] = ["set epochs 2"]
        while lines.count < commands { lines.append(lines.count % 500 == 0 ? "run" : "set seed \(lines.count % 997)") }
        let made = Session(terminal: TranscriptTerminal(lines: lines), backend: FakeBackend())
        _ = made.runLoop()
        let text = made.file.render()
        var best = Double.infinity
        for _ in 0..<3 {
            let start = threadCPUSeconds()
            let file = try SessionFile.parse(text, file: "long.ovf")
            let session = Session(terminal: TranscriptTerminal(), backend: FakeBackend())
            guard case .restored = session.restore(file, from: "long.ovf") else { return .infinity }
            #expect(session.file.entries.count == file.entries.count)
            best = min(best, threadCPUSeconds() - start)
        }
        return best
    }

    /// Linear, not quadratic: four times the commands take well under six times the CPU time (the
    /// quadratic version took 20 times as long). CPU time of this thread, not wall time: a ratio
    /// of work, which a loaded machine does not change.
    @Test func loadingALongSessionIsLinear() throws {
        let small = try Self.loadTime(commands: 10_000), large = try Self.loadTime(commands: 40_000)
        print("parse + resume: 10,000 commands \(small) s, 40,000 commands \(large) s (ratio \(large / small))")
        #expect(large / small < 6, "10,000 commands: \(small) s; 40,000: \(large) s")
    }

    @Test func aLongLoadSaysHowFarItIs() throws {
        var lines = ["set epochs 2"]
        for seed in 1...999 { lines.append("set seed \(seed)") }
        let made = Session(terminal: TranscriptTerminal(lines: lines), backend: FakeBackend())
        _ = made.runLoop()
        let terminal = TranscriptTerminal(interactive: true)
        var options = Session.Options()
        options.loadProgressAfter = .zero
        let session = Session(terminal: terminal, backend: FakeBackend(), options: options)
        _ = session.restore(made.file, from: "long\u{1B}.ovf")
        let expected = "resuming long\\x1B.ovf: 512 of 1,000 commands (Ctrl-C stops the resume)…"
        #expect(terminal.progressLines.contains(expected))
        // Under the threshold nothing is drawn.
        let quiet = TranscriptTerminal(interactive: true)
        _ = Session(terminal: quiet, backend: FakeBackend()).restore(made.file, from: "long.ovf")
        #expect(quiet.progressLines.isEmpty)
    }
}
