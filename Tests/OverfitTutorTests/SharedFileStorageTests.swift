import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Where the session history's code (resume, format 3, the safe writer, the history listing)
/// meets the rules for files that are someone else's: a file given to `--resume FILE` may not
/// write or quit, a format-3 file saved on Windows reads the same, what names the data directory
/// reaches the terminal through the sanitiser, and a failed write keeps its command's hint.
@Suite struct SharedFileStorageTests {
    /// `overfit --resume FILE` restores a file from elsewhere: its `save`, `export` and `quit`
    /// are not run, and a command in it that fails is not the learner's last command.
    @Test func aResumedFileCannotWriteOrQuitAndLeavesTheExitStatusAlone() throws {
        let tree = temporaryDirectory()
        defer { removeTemporary(tree) }
        let data = tree + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try "precious\n".write(toFile: tree + "/victim.txt", atomically: true, encoding: .utf8)
        let text = """
            overfit-session 2
            tool 0.1.0
            baseline
            command set epochs 2
            command run
            result 1 finished 2 epochs=2
            command save \(tree)/victim.txt
            command export 1 \(tree)/run.csv
            command quit
            command set seed 7
            end 6

            """
        try text.write(toFile: tree + "/given.ovf", atomically: true, encoding: .utf8)
        let before = try TreeSnapshot(tree, excluding: data)
        let (session, _, _) = makeSession([], dataDirectory: data, interactive: true)
        let outcome = session.restore(try Session.loadSessionFile(tree + "/given.ovf"), from: tree + "/given.ovf")
        guard case .restored = outcome else { throw HintedError("the file was not restored: \(outcome)") }
        #expect(try TreeSnapshot(tree, excluding: data) == before)
        #expect(!session.wantsQuit)
        #expect(session.state.config.seed == 7 && session.state.runs.count == 1)
        // The resumed record keeps the lines it ran (set, run, set); since the linear-resume change
        // the refused save/export/quit lines are no longer copied into it (to revisit: issue 19 note).
        #expect(session.file.commands.count == 3)
        // Ctrl-D straight after: the refusals were not the learner's commands.
        #expect(session.runLoop() == 0)
    }

    /// A format-3 file (every epoch's figures) with CRLF line ends and a byte-order mark reads
    /// exactly as the plain file, figures and all.
    @Test func aFormatThreeFileSavedOnWindowsReadsTheSame() throws {
        let (session, _, _) = makeSession()
        for command in ["set epochs 3", "run", "set dropout 0.2", "run"] { #expect(session.execute(command)) }
        let plain = session.file.render()
        let windows = "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n")
        let read = try SessionFile.parse(windows, file: "w.ovf")
        #expect(read == (try SessionFile.parse(plain, file: "w.ovf")))
        #expect(read.recordsFigures && read.results.count == 2)
        #expect(read.results.map(\.outcome) == session.file.results.map(\.outcome))
    }

    /// A data directory named with escape sequences (it comes from $XDG_DATA_HOME or $HOME) is
    /// shown escaped in the farewell and in `overfit sessions`.
    @Test func theDataDirectoryIsShownThroughTheSanitiser() throws {
        let tree = temporaryDirectory()
        defer { removeTemporary(tree) }
        let data = tree + "/x\u{1B}[2Jy"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let (session, terminal, _) = makeSession(["set epochs 2"], dataDirectory: data, interactive: true)
        #expect(session.runLoop() == 0)
        expectNoControlBytes(terminal.output)
        // The farewell wraps at the screen's width: compared as one line.
        let flat = terminal.output.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains(#"bye: this session is kept in "# + tree + #"/x\x1B[2Jy/sessions/"#))

        let history = SessionHistory(dataDirectory: data, owner: false)
        let listing = HistoryListing.render(
            history.list(), directory: history.directory, style: RenderStyle(width: 100))
        expectNoControlBytes(listing)
        #expect(listing.contains(#"x\x1B[2Jy"#))
    }

    /// The safe writer's errors keep the hint of the command that failed (`export 1 ~/run1.csv`,
    /// not `save …`), and a full disk leaves no file behind.
    @Test func aFailedWriteKeepsItsCommandsHint() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let filling = FillableDisk()
        let (session, terminal, _) = makeSession(width: 200, disk: filling.disk)
        for command in ["set epochs 2", "run"] { #expect(session.execute(command)) }
        filling.budget = 0
        #expect(!session.execute("export 1 \(directory)/run1.csv"))
        #expect(!session.execute("save \(directory)/s.ovf"))
        #expect(terminal.output.contains("cannot write \(directory)/run1.csv: No space left on device"))
        #expect(terminal.output.contains("hint: choose a directory you can write to, e.g. export 1 ~/run1.csv"))
        #expect(terminal.output.contains("hint: choose a directory you can write to, e.g. save ~/overfit-session.ovf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
