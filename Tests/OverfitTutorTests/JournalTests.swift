import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The autosave: every command on disk as soon as it is done, at the cost of what it added.
@Suite struct JournalTests {
    @Test func everyCommandIsOnDiskAsSoonAsItIsDone() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, _) = historySession(directory: directory)
        let commands = ["set epochs 3", "run", "set dropout 0.2", "run", "runs", "set seed 4"]
        for (index, command) in commands.enumerated() {
            #expect(session.execute(command))
            let stored = try storedSession(directory)
            #expect(stored.commands == Array(commands.prefix(index + 1)))
            #expect(stored.results.count == session.state.runs.count && stored.recordsFigures)
        }
        let entry = try #require(session.autosave?.entry)
        #expect(FileManager.default.fileExists(atPath: entry.journalPath))
        session.closeAutosave()
        // At exit the journal is folded into the file, which alone holds everything.
        #expect(!FileManager.default.fileExists(atPath: entry.journalPath))
        let whole = try Session.loadSessionFile(entry.filePath)
        #expect(whole.commands == commands && whole.results == session.file.results)
    }

    /// kill -9 or a full disk in the middle of an append leaves a torn tail: it is ignored on
    /// load and cut off before the next append, so the journal never holds it in the middle.
    @Test func aTornTailIsIgnoredAndCutOffBeforeTheNextAppend() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        var entry: HistoryEntry?
        do {
            let (session, _) = historySession(["set epochs 3", "run", "set seed 2"], directory: directory)
            while let line = session.terminal.readLine(prompt: "") { session.execute(line) }
            entry = session.autosave?.entry
            // Not closed: the tutor was killed.
        }
        let journal = try #require(entry).journalPath
        let torn = "command run\nresult 2 finished 3 epochs=3\noutcome training_images=300 restored_ep"
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data(torn.utf8))
        try handle.close()
        #expect(try storedSession(directory).commands == ["set epochs 3", "run", "set seed 2"])

        let (session, _, outcome, _) = try resumed(directory)
        #expect(
            outcome
                == .restored(
                    "resumed session 1 (last used \(try #require(SessionHistory(dataDirectory: directory, owner: false).latest()).lastUsedText)): 3 commands, 1 run\n"
                ))
        #expect(session.execute("set seed 5"))
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!text.contains("result 2 finished") && text.hasSuffix("command set seed 5\ncommit 5 lesson=-\n"))
        #expect(try storedSession(directory).commands == ["set epochs 3", "run", "set seed 2", "set seed 5"])
    }

    @Test func damageBeforeTheLastCommitIsAnErrorNamingTheLine() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, _) = historySession(directory: directory)
        for command in ["set epochs 3", "set seed 2", "set seed 3"] { session.execute(command) }
        let journal = try #require(session.autosave?.entry).journalPath
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        try text.replacingOccurrences(of: "command set seed 2", with: "comand set seed 2").write(
            toFile: journal, atomically: false, encoding: .utf8)
        let summary = try #require(SessionHistory(dataDirectory: directory, owner: false).list().first)
        #expect(summary.problem == "session file \(journal), line 8: unknown journal entry `comand`")
        #expect(throws: HintedError.self) {
            try SessionHistory(dataDirectory: directory, owner: true).resumable(.number(1))
        }
    }

    /// A crash after the file was rewritten but before the journal was emptied: the journal's
    /// entries are already in the file, and are not read twice.
    @Test func aCompactionCutShortReadsNothingTwice() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, _) = historySession(directory: directory)
        for command in ["set epochs 3", "run", "set seed 2"] { session.execute(command) }
        let entry = try #require(session.autosave?.entry)
        let journal = try Data(contentsOf: URL(fileURLWithPath: entry.journalPath))
        #expect(session.execute("set seed 3"))
        session.closeAutosave()
        // The old journal (3 entries of the 5 the file holds) comes back, as if never emptied.
        try journal.write(to: URL(fileURLWithPath: entry.journalPath))
        #expect(try storedSession(directory).commands == ["set epochs 3", "run", "set seed 2", "set seed 3"])
        // And a journal one entry ahead of the file adds that entry once.
        let ahead = String(decoding: journal, as: UTF8.self) + "command set seed 9\ncommit 5 lesson=-\n"
        try Session.loadSessionFile(entry.filePath).withEntries(3).render().write(
            toFile: entry.filePath, atomically: true, encoding: .utf8)
        try ahead.write(toFile: entry.journalPath, atomically: true, encoding: .utf8)
        #expect(try storedSession(directory).commands == ["set epochs 3", "run", "set seed 2", "set seed 9"])
    }

    /// Saving a command writes what it added: the 1,000th `set` costs what the 10th did, and the
    /// whole session is written once (today's file was rewritten whole after every command).
    @Test func savingACommandCostsWhatItAdded() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let filling = FillableDisk()
        let (session, _) = historySession(directory: directory, disk: filling.disk)
        session.execute("set epochs 3")
        var cost: [Int] = []
        for seed in 1...1000 {
            let before = filling.counters().bytes
            session.execute("set seed \(seed % 2 == 0 ? 1000 + seed : 2000 + seed)")
            cost.append(filling.counters().bytes - before)
        }
        // Only the commit count grows a digit or two (11 → 1001).
        #expect(
            cost[9] > 0 && cost[9] < 100 && abs(cost[999] - cost[9]) <= 3,
            "bytes per command: \(cost[9]), then \(cost[999])")
        #expect(filling.counters().bytes < 1000 * 100)
        #expect(try storedSession(directory).commands.count == 1001)
    }

    /// `replay FILE` of 20,000 commands in the REPL writes the session once, at the end.
    @Test func replayingTwentyThousandCommandsWritesOnceAtTheEnd() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let commands = (0..<20_000).map { $0 % 2 == 0 ? "set seed \($0)" : "set lr 0.0\($0 % 9 + 1)" }
        let path = directory + "/long.ovf"
        try SessionFile(entries: commands.map(SessionFile.Entry.command)).render().write(
            toFile: path, atomically: true, encoding: .utf8)
        let filling = FillableDisk()
        let (session, _) = historySession(directory: directory + "/data", disk: filling.disk)
        session.execute("set epochs 3")
        let before = filling.counters().calls
        let clock = ContinuousClock(), start = clock.now
        #expect(session.execute("replay \(path)"))
        let elapsed = clock.now - start
        // The entry of the session replaced is folded into its file (one write), the replayed
        // session is saved in one append.
        #expect(filling.counters().calls - before <= 2, "\(filling.counters().calls - before) writes")
        #expect(try storedSession(directory + "/data").commands.count == 20_000)
        print("replay of 20,000 commands in the REPL: \(elapsed)")
    }
}
