import Foundation
import Testing

@testable import OverfitTutor

/// Issue 19, items 6-8: what `save`, `export` and `recap` may write over, and the temporary
/// files a killed write leaves. Through the real binary, with a script on standard input (no
/// one to ask), and through a session at a (transcript) terminal for the confirmation.
@Suite(.serialized) struct HostileWriteTests {
    static let enabled = EndToEndTests.binary != nil

    /// Item 6: a FIFO, a character device (when this process may make one) and a directory at the
    /// target are refused by name, and are still what they were afterwards.
    @Test(.enabled(if: enabled)) func devicesFIFOsAndDirectoriesAreNeverReplaced() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        try HostileTree.makeFIFO(tree.work + "/fifo.ovf")
        try HostileTree.makeFIFO(tree.work + "/fifo.csv")
        let device = HostileTree.makeCharacterDevice(tree.work + "/device.md")
        try FileManager.default.createDirectory(atPath: tree.work + "/folder.ovf", withIntermediateDirectories: true)
        let script =
            [
                "set epochs 1 train_size 10", "run", "save fifo.ovf", "export 1 fifo.csv", "save folder.ovf",
            ] + (device ? ["recap device.md", "save device.md"] : [])
        let result = try tree.run([], input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 1)
        #expect(result.err.contains("error: cannot write fifo.ovf: it is a FIFO (named pipe), not a regular file"))
        #expect(result.err.contains("error: cannot write fifo.csv: it is a FIFO (named pipe), not a regular file"))
        #expect(result.err.contains("error: cannot write folder.ovf: it is a directory"))
        #expect(HostileTree.type(tree.work + "/fifo.ovf") == S_IFIFO)
        #expect(HostileTree.type(tree.work + "/fifo.csv") == S_IFIFO)
        #expect(HostileTree.type(tree.work + "/folder.ovf") == S_IFDIR)
        if device {
            #expect(result.err.contains("error: cannot write device.md: it is a character device, not a regular file"))
            #expect(HostileTree.type(tree.work + "/device.md") == S_IFCHR)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tree.work).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Item 7, from a script: someone's file is refused (and kept byte for byte) by all three
    /// commands; files overfit wrote are replaced, as a second `save` of the same name should be.
    @Test(.enabled(if: enabled)) func aScriptReplacesOnlyFilesOverfitWrote() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        for name in ["notes.txt", "notes.csv", "notes.md"] { try tree.write("my own notes\n", to: name) }
        let script = [
            "set epochs 1 train_size 10", "run", "save notes.txt", "export 1 notes.csv", "recap notes.md",
            "save s.ovf", "set seed 3", "save s.ovf", "export 1 r.csv", "export 1 r.csv", "export 1 r.json",
            "export 1 r.json",
        ]
        let result = try tree.run([], input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 1)
        for (command, name) in [("save", "notes.txt"), ("export", "notes.csv"), ("recap", "notes.md")] {
            #expect(
                result.err.contains(
                    "error: \(name) exists and is not a file overfit wrote; \(command) replaces such a file only when you confirm at the prompt, never from a script"
                ))
            #expect(try String(contentsOfFile: tree.work + "/" + name, encoding: .utf8) == "my own notes\n")
        }
        #expect(result.err.components(separatedBy: "error:").count == 4, "\(result.err)")
        #expect(try String(contentsOfFile: tree.work + "/s.ovf", encoding: .utf8).contains("command set seed 3"))
        #expect(result.out.components(separatedBy: "exported run 1").count == 5)
    }

    /// Item 7, at a terminal: the learner is asked; no keeps the file, yes replaces it.
    @Test func aTerminalAsksBeforeReplacingSomeonesFile() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let notes = directory + "/notes.txt"
        try "my own notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(
            ["set seed 2", "save \(notes)", "n", "save \(notes)", "yes"], width: 400, interactive: true)
        _ = session.runLoop()
        #expect(terminal.output.contains("not saved: \(notes) is kept as it was"))
        #expect(
            terminal.output.components(separatedBy: "exists and overfit did not write it: replace it? [y/N]").count == 3
        )
        #expect(try String(contentsOfFile: notes, encoding: .utf8).contains("command set seed 2"))
    }

    /// What counts as ours: the first bytes of a session file (after its comment lines), an
    /// export and a recap; anything else, or a session file's name on someone's text, is not.
    @Test func oursIsKnownByTheFirstBytes() {
        let ours = [
            "# overfit session: a comment\noverfit-session 3\ntool 0.1.0\n",
            "\u{FEFF}overfit-session 2\r\ntool 0\r\n",
            "epoch,train_loss,train_penalty,train_acc,val_loss,val_acc,test_loss,test_acc\n1,2.3,0,0.1,,,2.3,0.1\n",
            "{\n  \"schema\" : \"overfit-run/1\",\n  \"tool\": \"overfit 0.1.0\"\n}\n",
            "# overfit: what you saw\n\nNo lesson was finished in this session yet.\n",
        ]
        let theirs = [
            "my own notes\n", "", "# overfit session\nmy notes about overfit-session 3\n",
            "{\"schema\": \"someone-else/1\"}\n", "epoch,loss\n1,2\n", "overfit-session3\n",
        ]
        for text in ours { #expect(WriteTarget.isOurs(head: Array(text.utf8)), "\(text)") }
        for text in theirs { #expect(!WriteTarget.isOurs(head: Array(text.utf8)), "\(text)") }
    }

    /// Item 8: the next `save` removes a temporary file a killed write left (nobody holds its
    /// lock), and leaves a live writer's (its lock held, here by this process), other names'
    /// temporaries, look-alikes that are not ours, and a symlink at a temporary name.
    @Test(.enabled(if: enabled)) func staleTemporaryFilesOfOursAreCleanedLiveOnesKept() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let stale = ".s.ovf.00112233aabbccdd.tmp", live = ".s.ovf.0123456789abcdef.tmp"
        let keep = [".t.ovf.00112233aabbccdd.tmp", ".s.ovf.0011.tmp", ".s.ovf.00112233AABBCCDD.tmp", "s.ovf.tmp"]
        for name in [stale, live] + keep { try tree.write("half a session", to: name) }
        try FileManager.default.createSymbolicLink(
            atPath: tree.work + "/.s.ovf.ffffffffffffffff.tmp", withDestinationPath: tree.work + "/s.ovf.tmp")
        let holder = open(tree.work + "/" + live, O_RDONLY)
        #expect(holder >= 0 && flock(holder, LOCK_EX) == 0)
        defer { close(holder) }

        let result = try tree.run([], input: "set seed 1\nsave s.ovf\n")
        #expect(result.status == 0, "\(result.err)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: tree.work))
        #expect(!names.contains(stale))
        #expect(names.isSuperset(of: [live, ".s.ovf.ffffffffffffffff.tmp", "s.ovf"] + keep), "\(names.sorted())")
    }

    /// Item 8 with a real kill: a writer killed while holding its temporary file (SIGKILL, no
    /// chance to clean up) leaves it; the next save of that name removes it.
    @Test(.enabled(if: enabled)) func aTemporaryFileLeftByAKilledWriterIsCleaned() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        // A stand-in writer: creates and locks a temporary name exactly as SafeFile does, then is killed.
        let name = ".s.ovf.fedcba9876543210.tmp"
        let writer = try ChildProcess.run(
            ["/bin/sh", "-c", "exec 9>\"$0\" && flock 9 && kill -9 $$", name], directory: tree.work,
            environment: [:])
        #expect(writer.status == 128 + SIGKILL)
        #expect(FileManager.default.fileExists(atPath: tree.work + "/" + name))
        let result = try tree.run([], input: "set seed 1\nsave s.ovf\n")
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: tree.work + "/" + name))
    }
}
