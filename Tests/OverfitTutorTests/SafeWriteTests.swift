import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Writes that cannot be redirected and cannot lose the old file, even on a full disk.
@Suite struct SafeWriteTests {
    /// A symlink at the old temporary name (`FILE.tmp`), at the target, at the readline history
    /// or at the lock never sends a write to the file it points at.
    @Test func aSymlinkAtAnyPredictableNameIsNeverFollowed() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let victim = directory + "/victim"
        try "precious\n".write(toFile: victim, atomically: true, encoding: .utf8)
        for link in ["s.ovf.tmp", "t.ovf", "r.csv.tmp", "data/history", "data/lock"] {
            try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: directory + "/" + link, withDestinationPath: victim)
        }
        let (session, _, _) = makeSession()
        #expect(session.execute("set epochs 2"))
        #expect(session.execute("run"))
        #expect(session.execute("save \(directory)/s.ovf"))
        #expect(session.execute("save \(directory)/t.ovf"))
        #expect(session.execute("export 1 \(directory)/r.csv"))
        HistoryFile.append("set seed 1", to: directory + "/data/history")
        if case .acquired = DataDirectoryLock.acquire(directory: directory + "/data") {
            Issue.record("locked through a symlink")
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
        // The target's own symlink was replaced by the file, not written through.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/s.ovf.tmp") == victim)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: directory + "/t.ovf")) == nil)
        #expect(try Session.loadSessionFile(directory + "/t.ovf").commands == ["set epochs 2", "run"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// The disk fills: the learner is told once, what was saved stays saved, the session goes
    /// on; once there is room again, the next command saves everything.
    @Test func aFullDiskLosesNothing() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let filling = FillableDisk()
        let (session, terminal) = historySession(directory: directory, disk: filling.disk)
        for command in ["set epochs 3", "run", "set seed 1"] { #expect(session.execute(command)) }
        // Full in the middle of the next append: a torn write, cut back.
        filling.budget = 10
        for command in ["set seed 2", "run", "set seed 3"] { #expect(session.execute(command)) }
        #expect(terminal.output.components(separatedBy: "warning: autosave failed").count == 2)
        #expect(terminal.output.contains("No space left on device"))
        #expect(try storedSession(directory).commands == ["set epochs 3", "run", "set seed 1"])
        #expect(!session.execute("save \(directory)/copy.ovf"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/copy.ovf"))
        #expect(session.state.config.seed == 3 && session.state.runs.count == 2)

        filling.budget = .max
        #expect(session.execute("set seed 4"))
        let stored = try storedSession(directory)
        #expect(
            stored.commands == ["set epochs 3", "run", "set seed 1", "set seed 2", "run", "set seed 3", "set seed 4"])
        #expect(stored.results == session.file.results)
        // Closing on a full disk keeps the journal, which holds everything.
        filling.budget = 0
        session.closeAutosave()
        #expect(try storedSession(directory).commands.count == 7)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory + "/sessions")
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "\(files)")
    }

    /// save over an existing file on a full disk: the old file stays whole.
    @Test func aFailedSaveLeavesTheOldFile() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let filling = FillableDisk()
        let path = directory + "/s.ovf"
        let (session, terminal, _) = makeSession(width: 400, disk: filling.disk)
        session.execute("set epochs 3")
        #expect(session.execute("save \(path)"))
        let old = try Data(contentsOf: URL(fileURLWithPath: path))
        session.execute("run")
        filling.budget = 100
        #expect(!session.execute("save \(path)"))
        #expect(terminal.output.contains("error: cannot write \(path): No space left on device"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["s.ovf"])
    }
}
