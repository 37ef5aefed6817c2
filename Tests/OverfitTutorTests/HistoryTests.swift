import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The session history: every session kept, resumed without training, never lost to a new start.
@Suite struct HistoryTests {
    /// Longer than a file system's timestamp granularity (a jiffy), so sessions made one after
    /// the other are ordered by their times.
    static let tick = 0.012

    @Test func aNewStartNeverReplacesTheLastSession() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (first, _) = historySession(["set epochs 3", "run", "set dropout 0.2"], directory: directory)
        _ = first.runLoop()
        // Looking around only (help, show) keeps nothing, so it cannot push real work down the list.
        let (idle, _) = historySession(["help", "show epochs"], directory: directory)
        _ = idle.runLoop()
        Thread.sleep(forTimeInterval: HistoryTests.tick)
        let (second, _) = historySession(["set seed 1"], directory: directory)
        _ = second.runLoop()
        let list = SessionHistory(dataDirectory: directory, owner: false).list()
        #expect(list.map(\.number) == [1, 2])
        #expect(list.map(\.commands) == [1, 3] && list.map(\.runs) == [0, 1])
        #expect(try storedSession(directory, number: 2).commands == ["set epochs 3", "run", "set dropout 0.2"])
    }

    /// The last 50 are kept; pruning never takes a session that is open (being resumed).
    @Test func theHistoryKeepsTheLastFiftyAndNeverAnOpenOne() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (oldest, _) = historySession(["set seed 1000"], directory: directory)
        _ = oldest.runLoop()
        let open = try resumed(directory)
        for seed in 1...51 {
            Thread.sleep(forTimeInterval: HistoryTests.tick)
            let (session, _) = historySession(["set seed \(seed)"], directory: directory)
            _ = session.runLoop()
        }
        let list = SessionHistory(dataDirectory: directory, owner: false).list()
        #expect(list.count == SessionHistory.keep + 1)
        #expect(list.last?.inUse == true)
        #expect(list.dropLast().map(\.commands).allSatisfy { $0 == 1 })
        let seeds = try (1...SessionHistory.keep).map { try storedSession(directory, number: $0).commands.first ?? "" }
        #expect(seeds == (2...51).reversed().map { "set seed \($0)" })
        open.session.closeAutosave()
    }

    /// 47 runs come back from their recorded figures: the backend is never asked to train, and
    /// every view of them (runs, compare, plot, samples) prints what it printed before.
    @Test func resumeRestoresFortySevenRunsWithoutTraining() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        var lines = ["set epochs 100"]
        for id in 1...47 {
            lines += ["set seed \(id)", id % 10 == 0 ? "set lr 6" : "set lr 0.1", "run"]
        }
        let views = ["runs", "compare 1 47", "compare 9 10", "plot 47 loss", "samples 47 6", "samples 10 4"]
        let backend = FakeBackend(testImages: 10_000)
        let (original, terminal) = historySession(lines + views, directory: directory, backend: backend)
        #expect(original.runLoop() == 0)
        let before = terminal.output.components(separatedBy: "overfit> runs\n").last ?? ""

        let clock = ContinuousClock(), start = clock.now
        let again = FakeBackend(testImages: 10_000)
        let (session, resumedTerminal, outcome, _) = try resumed(directory, lines: views, backend: again)
        let elapsed = clock.now - start
        #expect(again.trainCalls == 0)
        #expect(outcome == .restored(try #require(Self.note(outcome))))
        #expect(session.state.runs.count == 47)
        for (a, b) in zip(session.state.runs, original.state.runs) {
            #expect(RunOutcome(a.result) == RunOutcome(b.result) && a.result.config == b.result.config)
        }
        #expect(session.state.runs[9].result.status == .diverged(epoch: 2, batch: 3))
        #expect(session.runLoop() == 0)
        #expect(resumedTerminal.output.components(separatedBy: "overfit> runs\n").last == before)
        print(
            "resume of 47 runs (100 epochs, 10,000 predictions each) and \(lines.count + views.count) commands: \(elapsed)"
        )
    }

    static func note(_ outcome: Session.RestoreOutcome) -> String? {
        if case .restored(let note) = outcome, note.hasSuffix(": 148 commands, 47 runs\n") { return note }
        return nil
    }

    /// Ctrl-C while an older file's runs are trained again: the resume stops, and every file is
    /// as it was. Resumed to the end, the entry is written with its figures, once.
    @Test func aResumeCutShortLeavesEveryFileAsItWas() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let sessions = directory + "/sessions"
        try FileManager.default.createDirectory(atPath: sessions, withIntermediateDirectories: true)
        let name = "20250101T000000Z-oldfile1.ovf"
        try FileManager.default.copyItem(
            atPath: packageRoot + "/Tests/SessionFixtures/format2.ovf", toPath: sessions + "/" + name)
        let before = snapshot(directory)

        let interrupted = FakeBackend()
        interrupted.interruptAfterEpoch = 1
        let cut = try resumed(directory, backend: interrupted)
        #expect(cut.outcome == .cancelled && interrupted.trainCalls == 1)
        #expect(snapshot(directory) == before)

        let whole = try resumed(directory)
        guard case .restored(let note) = whole.outcome else { Issue.record("not restored"); return }
        #expect(note.hasSuffix(": 5 commands, 2 runs (trained again: the file records no figures)\n"))
        whole.session.closeAutosave()
        let rewritten = try Session.loadSessionFile(sessions + "/" + name)
        #expect(rewritten.version == 3 && rewritten.recordsFigures && rewritten.commands.count == 5)
        let third = FakeBackend()
        _ = try resumed(directory, backend: third)
        #expect(third.trainCalls == 0)
    }

    /// `--resume FILE` of a file from elsewhere continues it as a new entry; the file is never written.
    @Test func resumingAFileFromElsewhereNeverWritesIt() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let path = directory + "/shared.ovf"
        let (maker, _) = historySession(["set epochs 3", "run"], directory: directory + "/other")
        _ = maker.runLoop()
        try maker.file.render().write(toFile: path, atomically: true, encoding: .utf8)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let data = directory + "/data"
        let (session, _, outcome, found) = try resumed(data, target: .file(path), lines: ["set seed 3"])
        #expect(found.journal == nil && outcome != .cancelled)
        _ = session.runLoop()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try storedSession(data).commands == ["set epochs 3", "run", "set seed 3"])
        // The history's own file, named as a file, continues that entry.
        let own = try #require(SessionHistory(dataDirectory: data, owner: false).latest()).entry.filePath
        let (again, _, _, reopened) = try resumed(data, target: .file(own), lines: ["set seed 4"])
        #expect(reopened.journal != nil)
        _ = again.runLoop()
        #expect(SessionHistory(dataDirectory: data, owner: false).list().count == 1)
        #expect(try storedSession(data).commands == ["set epochs 3", "run", "set seed 3", "set seed 4"])
    }

    /// The single autosave of earlier versions (session.ovf, previous-session.ovf) moves into the
    /// history on the first start, and `--resume` finds it.
    @Test func theOldAutosaveIsMigratedAndResumable() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try FileManager.default.copyItem(
            atPath: packageRoot + "/Tests/SessionFixtures/format1.ovf", toPath: directory + "/previous-session.ovf")
        try FileManager.default.copyItem(
            atPath: packageRoot + "/Tests/SessionFixtures/format2.ovf", toPath: directory + "/session.ovf")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -100)], ofItemAtPath: directory + "/previous-session.ovf")
        SessionHistory(dataDirectory: directory, owner: false).migrateLegacy()
        #expect(FileManager.default.fileExists(atPath: directory + "/session.ovf"))
        SessionHistory(dataDirectory: directory, owner: true).migrateLegacy()
        #expect(!FileManager.default.fileExists(atPath: directory + "/session.ovf"))
        let list = SessionHistory(dataDirectory: directory, owner: false).list()
        #expect(list.map(\.commands) == [5, 2])
        let (session, _, _, _) = try resumed(directory)
        #expect(session.state.runs.count == 2 && session.state.config.dropout == 0.2)
        session.closeAutosave()
    }

    @Test func anOpenSessionIsNotResumedTwice() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (first, _) = historySession(["set seed 1"], directory: directory)
        _ = first.runLoop()
        let open = try resumed(directory)
        #expect(throws: HintedError.self) {
            try SessionHistory(dataDirectory: directory, owner: false).resumable(.latest)
        }
        do {
            _ = try SessionHistory(dataDirectory: directory, owner: false).resumable(.latest)
        } catch {
            #expect(error.message.hasSuffix(" is open in another overfit"))
        }
        #expect(throws: HintedError.self) {
            try SessionHistory(dataDirectory: directory, owner: false).resumable(.number(2))
        }
        open.session.closeAutosave()
        #expect(throws: Never.self) { try SessionHistory(dataDirectory: directory, owner: false).resumable(.latest) }
    }

    /// `overfit sessions`: each session's lesson, what is open elsewhere; and a second tutor
    /// (not the directory's owner) keeps its own session but leaves lesson progress alone.
    @Test func theListingShowsLessonsAndWhatIsOpen() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let library = LessonLibrary.load(directory: packageRoot + "/lessons")
        let (second, _) = historySession(["lesson 2"], directory: directory, owner: false)
        second.guide = LessonGuide(library: library, progressPath: directory + "/progress")
        #expect(second.runLoop() == 0)
        #expect(!FileManager.default.fileExists(atPath: directory + "/progress"))
        Thread.sleep(forTimeInterval: HistoryTests.tick)
        let (first, _) = historySession(["lesson 3"], directory: directory)
        first.guide = LessonGuide(library: library, progressPath: directory + "/progress")
        #expect(first.runLoop() == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/progress"))

        let open = try resumed(directory, target: .number(2))
        let history = SessionHistory(dataDirectory: directory, owner: false)
        let summaries = history.list()
        #expect(summaries.map(\.lesson) == [3, 2] && summaries.map(\.inUse) == [false, true])
        let text = HistoryListing.render(summaries, directory: history.directory, style: RenderStyle(width: 100))
        #expect(
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").hasPrefix(
                "Sessions kept in \(history.directory), newest first: # last used"))
        #expect(
            text.contains(
                "\n  1  \(summaries[0].lastUsedText)         1     0       3  \(summaries[0].entry.name).ovf\n"),
            "\(text)")
        #expect(text.contains("\n  session 2 is open in another overfit\n"), "\(text)")
        #expect(
            HistoryListing.welcome(summaries[1], style: RenderStyle(width: 300))
                == "Your last session (1 command, 0 runs, lesson 2, last used \(summaries[1].lastUsedText)) is open in another overfit; `overfit sessions` lists them all.\n"
        )
        open.session.closeAutosave()
    }
}
