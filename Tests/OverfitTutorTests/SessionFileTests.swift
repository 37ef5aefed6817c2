import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

@Suite struct SessionFileTests {
    static let valid = """
        overfit-session 1
        tool 0.1.0
        baseline
        command set epochs 3
        command run
        result 1 finished 3 epochs=3
        end 2

        """

    /// What the command table marks `changesState` makes a session worth autosaving; a session
    /// of only looking is not, so it cannot push real work out of the autosave.
    @Test func onlyCommandsThatChangeStateMakeASessionWorthKeeping() {
        for line in [
            "set dropout 0.2", "reset", "lesson 3", "START 3", "next", "answer higher", "back", "skip", "continue",
        ] {
            #expect(SessionFile.Entry.command(line).isWorthKeeping, "`\(line)`")
        }
        for line in ["show", "help set", "compare", "plot", "lessons", "where", "hint", "explain lr", "bogus", ""] {
            #expect(!SessionFile.Entry.command(line).isWorthKeeping, "`\(line)`")
        }
    }

    @Test func rendersAndParsesBack() throws {
        var config = RunConfig()
        try config.set("dropout", to: "0.2")
        var baseline = RunConfig()
        try baseline.set("train_size", to: "1500")
        let file = SessionFile(
            toolVersion: "0.1.0", baseline: baseline,
            entries: [
                .command("set dropout 0.2"), .command("run"),
                .result(.init(id: 1, status: "cancelled", epochsDone: 7, config: config)),
                .command("explain \\ weird\t\u{1}"),
            ])
        let text = file.render()
        #expect(text.contains("\nbaseline train_size=1500\n"))
        #expect(text.contains("\ncommand explain \\\\ weird\\t\\x01\n"))
        #expect(text.hasSuffix("end 3\n"))
        #expect(try SessionFile.parse(text, file: "x.ovf") == file)
    }

    /// A resumed file whose last command fails when re-executed leaves the learner's exit
    /// status alone: at a terminal it is the last command's, and the learner typed none yet.
    @Test func aRestoredFailingCommandIsNotTheLearnersFailure() {
        let (session, _, _) = makeSession()
        _ = session.restore(SessionFile(entries: [.command("set epochs 5"), .command("bogus")]), from: "test")
        #expect(!session.lastCommandFailed)
        #expect(session.failures == 0)
    }

    /// Every escape reads back as the character it stands for: a newline is not the letter n.
    @Test func escapesReadBackAsTheirCharacters() {
        let line = "note a\nb\tc\\d\u{1}e\u{7F}"
        let escaped = SessionFile.escape(line)
        #expect(!escaped.contains("\n") && !escaped.contains("\t"))
        #expect(SessionFile.unescape(escaped) == line)
        #expect(SessionFile.unescape("a\\nb") == "a\nb")
        #expect(SessionFile.unescape("a\\tb") == "a\tb")
    }

    @Test func minimalFileParses() throws {
        let file = try SessionFile.parse(Self.valid, file: "s.ovf")
        #expect(file.commands == ["set epochs 3", "run"])
        #expect(file.results.map(\.epochsDone) == [3])
        #expect(file.results.first?.config.epochs == 3)
    }

    /// Each damaged file is refused with its line number and a message saying what is wrong.
    @Test(arguments: [
        ("", "session file s.ovf is empty"),
        (
            "hello\n",
            "session file s.ovf, line 1: not an overfit session file (it should start with `overfit-session 3`, found `hello`)"
        ),
        (
            "overfit-session 4\ntool 9.0\nend 0\n",
            "session file s.ovf, line 1: written by a newer overfit (session format 4; this overfit 0.1.0 reads format 3)"
        ),
        ("overfit-session x\n", "session file s.ovf, line 1: unreadable format version `x`"),
        (
            "overfit-session 1\ntool 0.1.0\ncommand run\n",
            "session file s.ovf is truncated: it stops at line 4 without its `end` line"
        ),
        (
            "overfit-session 1\ntool 0.1.0\ncommand run\nresult 1 finished 3 epochs=3 bogus=1\nend 1\n",
            "session file s.ovf, line 4: unknown knob `bogus`"
        ),
        (
            "overfit-session 1\ntool 0.1.0\nbaseline dropout=1.5\nend 0\n",
            "session file s.ovf, line 3: dropout must be in [0, 1) (got 1.5)"
        ),
        (
            "overfit-session 1\ntool 0.1.0\ncommand run\nend 2\n",
            "session file s.ovf, line 4: `end` says 2 commands but the file holds 1: lines are missing"
        ),
        (
            "overfit-session 1\ntool 0.1.0\nend 0\ncommand run\n",
            "session file s.ovf, line 4: text after the `end` line"
        ),
        (
            "overfit-session 1\ntool 0.1.0\ncommand r\u{0}un\nend 1\n",
            "session file s.ovf, line 3: binary data, not text: this is not an overfit session file"
        ),
        (
            "overfit-session 1\ntool 0.1.0\ncommand bad \\q\nend 1\n",
            "session file s.ovf, line 3: a bad `\\` escape in `bad \\q`"
        ),
        (
            "overfit-session 1\ntool 0.1.0\nfrobnicate\nend 0\n",
            "session file s.ovf, line 3: unknown entry `frobnicate` (expected command, result or end)"
        ),
        (
            "overfit-session 1\ntool 0.1.0\nresult 1 finished 3\nend 0\n",
            "session file s.ovf, line 3: a result with no command before it"
        ),
        (
            "overfit-session 1\ntool 0.1.0\ncommand run\nresult 1 exploded 3\nend 1\n",
            "session file s.ovf, line 4: unknown run status `exploded` (expected finished, cancelled or diverged)"
        ),
    ])
    func damagedFilesAreRefusedWithTheLine(text: String, message: String) {
        #expect(throws: HintedError.self) { try SessionFile.parse(text, file: "s.ovf") }
        do {
            _ = try SessionFile.parse(text, file: "s.ovf")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func aCorruptOrMissingReplayLeavesTheSessionUntouched() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let truncated = directory + "/truncated.ovf", garbage = directory + "/garbage.ovf",
            future = directory + "/future.ovf"
        try "overfit-session 1\ntool 0.1.0\ncommand set epochs 2\ncommand run\n".write(
            toFile: truncated, atomically: true, encoding: .utf8)
        try Data([0x6F, 0xFF, 0xFE, 0x00, 0x12]).write(to: URL(fileURLWithPath: garbage))
        try "overfit-session 7\n".write(toFile: future, atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(["set epochs 4", "run", "set dropout 0.3"], width: 300)
        _ = session.runLoop()
        let before = (session.file, session.state.config, session.state.runs.count)
        let length = terminal.output.count
        for path in [truncated, garbage, future, directory + "/missing.ovf", directory] {
            #expect(!session.execute("replay \(path)"))
        }
        #expect(session.file == before.0 && session.state.config == before.1 && session.state.runs.count == before.2)
        let errors = String(terminal.output.dropFirst(length))
        #expect(
            errors == """
                error: session file \(truncated) is truncated: it stops at line 5 without its `end` line
                  hint: the file was cut short; the current session is unchanged
                error: session file \(garbage) is not text (invalid UTF-8)
                  hint: session files are written by `save FILE` in the tutor
                error: session file \(future), line 1: written by a newer overfit (session format 7; this overfit 0.1.0 reads format 3)
                  hint: upgrade overfit to replay it; the current session is unchanged
                error: cannot read session file \(directory)/missing.ovf: no such file
                  hint: check the name; session files are written by `save FILE` in the tutor
                error: cannot read session file \(directory): it is a directory, not a regular file
                  hint: give the path of a file; session files are written by `save FILE` in the tutor

                """)
    }

    @Test func saveToAnUnwritablePathFailsClearly() {
        let (session, terminal, _) = makeSession()
        #expect(!session.execute("save /etc/passwd/inside.ovf"))
        #expect(!session.execute("save /nonexistent-dir/s.ovf"))
        #expect(!session.execute("save"))
        #expect(!session.execute("save /tmp"))
        #expect(
            terminal.output == """
                error: cannot write /etc/passwd/inside.ovf: Not a directory
                  hint: choose a directory you can write to, e.g. save
                        ~/overfit-session.ovf
                error: cannot write /nonexistent-dir/s.ovf: No such file or directory
                  hint: choose a directory you can write to, e.g. save
                        ~/overfit-session.ovf
                error: save takes one file name
                  hint: e.g. save s.ovf
                error: cannot write /tmp: it is a directory
                  hint: give a file name, e.g. save /tmp/overfit-session.ovf

                """)
    }
}
