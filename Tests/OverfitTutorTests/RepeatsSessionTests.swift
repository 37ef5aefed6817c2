import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Runs with `repeats` in a session: every seed is recorded (and journaled as it finishes),
/// replays bit for bit, resumes without training, and seeds already in the session are reused.
@Suite struct RepeatsSessionTests {
    static let commands = [
        "set epochs 5 repeats 3", "run", "set dropout 0.2", "run", "compare", "runs", "set repeats 1 seed 1", "run",
        "compare 2 3",
    ]

    @Test func everySeedIsRecordedAndReplaysBitForBit() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let path = directory + "/s.ovf"
        let (session, terminal, backend) = makeSession(Self.commands)
        #expect(session.runLoop() == 0)
        // Run 3 is seed 1 of run 2: reused, not trained.
        #expect(backend.trainCalls == 6)
        #expect(session.state.runs.map(\.seeds.count) == [3, 3, 1])
        #expect(session.state.runs[1].seeds.map(\.config.seed) == [0, 1, 2])
        #expect(session.state.runs[2].result.history == session.state.runs[1].seeds[1].history)
        #expect(terminal.output.contains("Same knobs and seed as run 2"))
        #expect(terminal.output.contains("Welch's t over 3 and 3 seeds"))
        #expect(session.execute("save \(path)"))
        let file = try Session.loadSessionFile(path)
        #expect(file.results.map(\.id) == [1, 1, 1, 2, 2, 2, 3])
        #expect(file.results.allSatisfy { $0.config.repeats == 1 && $0.outcome != nil })

        let (replayed, replayTerminal, replayBackend) = makeSession()
        let check = replayed.replay(file)
        #expect(check.passed, "\(check.summary())")
        // Three runs, of 3, 3 and 1 seeds: the check counts runs, and says the seeds beside them.
        #expect(check.identical == 3 && check.identicalSeeds == 7)
        #expect(check.summary() == "replay check: 3 runs (7 seeds) identical to the recorded figures\n")
        #expect(replayBackend.trainCalls == 6)
        #expect(replayTerminal.output.hasPrefix(terminal.output.prefix(200)))
        #expect(replayed.file == file)

        // A resume takes every seed from its recorded figures: nothing trains.
        let (resumed, _, resumeBackend) = makeSession()
        guard case .restored = resumed.restore(file, from: "s.ovf") else {
            Issue.record("the resume did not restore")
            return
        }
        #expect(resumeBackend.trainCalls == 0)
        #expect(resumed.state.runs.map(\.seeds.count) == [3, 3, 1])
        #expect(resumed.state.runs[1].seeds.map(RunOutcome.init) == session.state.runs[1].seeds.map(RunOutcome.init))
    }

    /// Each seed is on disk as soon as it is done: when the third seed starts, the journal
    /// already holds the first two.
    @Test func eachSeedIsJournaledAsItFinishes() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, _, backend) = makeSession(["set epochs 3 repeats 3", "run"], dataDirectory: directory)
        var journaledBeforeSeed2 = -1
        backend.beforeTraining = { config in
            guard config.seed == 2, let path = session.autosave?.entry?.journalPath,
                let text = try? String(contentsOfFile: path, encoding: .utf8)
            else { return }
            journaledBeforeSeed2 = text.split(separator: "\n").count { $0.hasPrefix("result 1 ") }
        }
        #expect(session.runLoop() == 0)
        #expect(journaledBeforeSeed2 == 2)
    }

    /// A repeated run stopped by Ctrl-C replays as it was recorded: each seed stops at its own
    /// recorded epoch (the first after 4, the others, cancelled before they began, at 0), not at
    /// the end, and the replay check calls the run identical.
    @Test func aCancelledRepeatedRunReplaysEachSeedToItsEpoch() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let path = directory + "/s.ovf"
        let (session, _, backend) = makeSession(["set epochs 10 repeats 3", "run"])
        backend.interruptAfterEpoch = 4
        _ = session.runLoop()
        #expect(session.execute("save \(path)"))
        let file = try Session.loadSessionFile(path)
        #expect(file.results.map(\.status) == ["cancelled", "cancelled", "cancelled"])
        #expect(file.results.map(\.epochsDone) == [4, 0, 0])

        let (replayed, terminal, _) = makeSession()
        let check = replayed.replay(file)
        #expect(check.passed, "\(check.summary())")
        #expect(replayed.state.runs.first?.seeds.map(\.history.count) == [4, 0, 0])
        #expect(check.identical == 1 && check.identicalSeeds == 3)
        #expect(terminal.output.hasSuffix("replay check: 1 run (3 seeds) identical to the recorded figures\n"))
    }

    /// Lesson 16's recap showed `base5`'s first seed (75.43%) under the run's name beside a
    /// lesson that spoke of its mean (76.55%): the recap says whose figures the row holds.
    @Test func theRecapSaysARepeatedRowIsItsFirstSeed() throws {
        let (session, _, _) = makeSession(["set epochs 3 repeats 3", "run", "set repeats 1", "run"])
        _ = session.runLoop()
        let runs = session.state.runs.map { ("r\($0.id)", $0) }
        let table = LessonRecap.runTable(runs, start: RunConfig(), style: .plain)
        let mean = try #require(RepeatedRun(runs[0].1.seeds).summary(\.testAccuracy))
        #expect(
            table.hasSuffix(
                "\nA run with repeats shows its first seed's figures in the table; over all its seeds, mean test"
                    + " accuracy: r1 \(RepeatReport.meanAndSpread(mean)).\n"), "\(table)")
    }

    /// With `test_eval N` the mean curves' test figures are on N images until the last epoch: the
    /// report says so, as a single run's does (lesson 16's base5 drew 8.80% → 75.43% unlabelled).
    @Test func aRepeatedRunOnATestSubsetSaysSo() {
        let seeds = (0..<2).map { seed in
            var config = RunConfig()
            config.seed = UInt64(seed)
            var result = DiagnosisWordsTests.result(
                [(0.5, 0.4, 1.5), (0.8, 0.6, 1.2), (0.9, 0.65, 1.1)], config: config)
            for index in 0..<2 { result.history[index].sampledTestImages = 7 }
            return result
        }
        let record = Session.RunRecord(id: 1, result: seeds[0], previous: RunConfig(), seeds: seeds)
        let report = RepeatReport.render(record, reused: [], style: .plain, words: DiagnosisWordsTests.lessonWords)
        #expect(
            report.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(
                "test figures of 2 epochs are on the first 7 test images only (test_eval 7); epoch 3 measured all of them"
            ), "\(report)")
    }

    /// A seed past the largest is refused before anything trains, with a hint.
    @Test func repeatsPastTheLargestSeedAreRefused() {
        let (session, terminal, backend) = makeSession(["set seed 4294967295 repeats 2", "run"])
        #expect(session.runLoop() == 1)
        #expect(backend.trainCalls == 0)
        #expect(terminal.errors.contains("would pass the largest seed") && terminal.errors.contains("hint:"))
    }
}
