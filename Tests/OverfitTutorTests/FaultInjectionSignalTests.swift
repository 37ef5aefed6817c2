import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// kill -9, SIGTERM, SIGHUP, SIGINT and SIGQUIT at seeded random points of the real binary, its
/// input a pipe: during sweeps, during `replay FILE` in the tutor, and during `overfit --replay`.
/// After each (36 in all), no run shown finished and no command shown done is lost, a signal's
/// run in progress is kept as cancelled, the replayed file is untouched, and the exit status
/// names the signal.
@Suite(.serialized) struct FaultInjectionSignalTests {
    static let signals: [Int32] = [SIGKILL, SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    static let statuses: [Int32: Int32] = [SIGTERM: 143, SIGHUP: 129, SIGINT: 130, SIGQUIT: 143]

    static func runHeaders(_ output: String) -> Int { output.components(separatedBy: "── run ").count - 1 }

    /// Waits until `runs` run reports are shown (or the end), then `extra` seconds more.
    static func land(_ tutor: RunningTutor, after runs: Int, extra: Double, marker: String) -> Bool {
        guard tutor.waitFor(seconds: 120, { $0.contains(marker) }) else { return false }
        tutor.waitFor(seconds: 120) { runHeaders($0) >= runs }
        Thread.sleep(forTimeInterval: extra)
        return true
    }

    /// Sends `signal`; returns whether it landed. The tutor must then end by itself.
    static func hit(_ tutor: RunningTutor, _ signal: Int32, _ label: String) -> Bool {
        guard signal != SIGKILL else { return tutor.kill9() }
        let landed = tutor.send(signal: signal)
        #expect(tutor.ends(within: 60), "\(label): did not end")
        tutor.finish()
        if landed { SignalTests.expectNoCrashReport(tutor.errors, label) }
        return landed
    }

    @Test func signalsDuringSweepsLoseNothing() throws {
        var random = SessionFormatTests.Figures(state: 2026_12_05)
        var kills = 0
        let script = ["set epochs 8 train_size 200", "sweep seed 1,2,3,4,5", "set dropout 0.1", "run"]
        for trial in 0..<12 {
            let signal = Self.signals[trial % Self.signals.count]
            let label = "sweep trial \(trial), signal \(signal)"
            let home = temporaryDirectory()
            defer { removeTemporary(home) }
            let tutor = try RunningTutor([], dataHome: home, errorPath: home + "/stderr")
            tutor.send(script.map { $0 + "\n" }.joined())
            let after = Int(random.next() % 6), extra = Double(random.next() % 200) / 1000
            #expect(Self.land(tutor, after: after, extra: extra, marker: "train_size 300 → 200"), "\(label)")
            let landed = Self.hit(tutor, signal, label)
            if landed { kills += 1 }
            let output = tutor.text, shown = Self.runHeaders(output)
            let stored = try storedSession(home + "/overfit")
            #expect(Array(script.prefix(stored.commands.count)) == stored.commands, "\(label): \(stored.commands)")
            #expect(stored.commands.count >= (shown == 0 ? 1 : shown <= 5 ? 2 : 4), "\(label): \(stored.commands)")
            #expect(stored.results.count >= shown && stored.recordsFigures, "\(label): \(shown) shown")
            #expect(stored.results.dropLast().allSatisfy { $0.status == "finished" }, "\(label)")
            if landed && signal != SIGKILL {
                #expect(tutor.shellStatus == Self.statuses[signal], "\(label): \(tutor.errors)")
                // Everything kept was shown, the cancelled run included.
                #expect(stored.results.count == shown, "\(label): \(output)")
            }
            let resumed = try EndToEndTests.run(
                try RunningTutor.binary(), ["--resume"], input: "runs\n",
                environment: ["XDG_DATA_HOME": home, "COLUMNS": "100"])
            #expect(resumed.status == 0, "\(label): \(resumed.err)")
            #expect(
                resumed.out.contains("command\(stored.commands.count == 1 ? "" : "s"), \(stored.results.count) run"),
                "\(label): \(resumed.out)")
        }
        #expect(kills >= 10, "only \(kills) of 12 landed")
    }

    /// A file of four real runs, made once by the binary.
    static func fourRuns(home: String) throws -> String {
        let path = home + "/four.ovf"
        var lines = ["set epochs 8 train_size 200"]
        for seed in 1...4 { lines += ["set seed \(seed)", "run"] }
        lines.append("save \(path)")
        let made = try EndToEndTests.run(
            try RunningTutor.binary(), [], input: lines.map { $0 + "\n" }.joined(),
            environment: ["XDG_DATA_HOME": home + "/maker"])
        #expect(made.status == 0, "\(made.err)")
        return path
    }

    @Test func signalsDuringReplaysLoseNothing() throws {
        let files = temporaryDirectory()
        defer { removeTemporary(files) }
        let path = try Self.fourRuns(home: files)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let recorded = try Session.loadSessionFile(path)
        var random = SessionFormatTests.Figures(state: 4)
        var kills = 0
        for trial in 0..<24 {
            // Even trials: `replay FILE` typed into a piped tutor; odd: `overfit --replay FILE`.
            let inTutor = trial % 2 == 0
            let signal = Self.signals[(trial / 2) % Self.signals.count]
            let label = "\(inTutor ? "replay" : "--replay") trial \(trial), signal \(signal)"
            let home = temporaryDirectory()
            defer { removeTemporary(home) }
            let tutor = try RunningTutor(
                inTutor ? [] : ["--replay", path], dataHome: home, errorPath: home + "/stderr")
            if inTutor { tutor.send("set seed 9\nreplay \(path)\n") }
            let after = Int(random.next() % 4), extra = Double(random.next() % 200) / 1000
            #expect(
                Self.land(tutor, after: after, extra: extra, marker: inTutor ? "seed 0 → 9" : "overfit> "), "\(label)")
            let landed = Self.hit(tutor, signal, label)
            if landed { kills += 1 }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(label): the file changed")
            let output = tutor.text, shown = Self.runHeaders(output)
            let sessions = SessionHistory(dataDirectory: home + "/overfit", owner: false).list().compactMap {
                try? $0.entry.load().file
            }
            if inTutor {
                // The session before the replay is kept whatever happened.
                #expect(sessions.contains { $0.commands == ["set seed 9"] }, "\(label)")
            } else {
                #expect(sessions.isEmpty, "\(label): --replay writes no history")
            }
            guard landed && signal != SIGKILL else { continue }
            let stopped = output.contains("replay stopped: ")
            #expect(
                tutor.shellStatus == Self.statuses[signal] || (!stopped && !inTutor && tutor.shellStatus == 0),
                "\(label): \(tutor.shellStatus) \(tutor.errors)")
            if stopped {
                #expect(output.contains("and \(4 - shown) of 4 recorded runs were left; the \(shown) run"), "\(label)")
            }
            if inTutor {
                // The replayed session's runs made are kept, as their own session.
                let replayed = sessions.first { $0.commands != ["set seed 9"] }
                #expect(replayed?.results.count ?? 0 == shown, "\(label): \(output)")
                #expect(
                    replayed.map { Array(recorded.commands.prefix($0.commands.count)) == $0.commands } ?? true,
                    "\(label)")
            }
        }
        #expect(kills >= 20, "only \(kills) of 24 landed")
    }
}
