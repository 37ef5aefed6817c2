import CZlib
import Foundation
import Testing

/// The hostile files again, through the real binary with a temporary HOME: `~` in a path, the
/// working directory, planted lessons, and the process's streams on /dev/full or closed. Each
/// costs a process start; only the stream tests train (10 images, 1 epoch).
@Suite(.serialized) struct HostileBinaryTests {
    static let enabled = EndToEndTests.binary != nil

    /// A temporary tree: `home/` (HOME, with the data directory under it), `work/` (the
    /// working directory), and a file outside both that must survive.
    struct Tree {
        let root = temporaryDirectory()
        var home: String { root + "/home" }
        var data: String { home + "/.local/share/overfit" }
        var work: String { root + "/work" }
        var environment: [String: String] { ["HOME": home, "NO_COLOR": "1", "COLUMNS": "400"] }

        init() throws {
            for directory in [home, data, work] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try "precious\n".write(toFile: root + "/victim.txt", atomically: true, encoding: .utf8)
        }

        func run(
            _ arguments: [String], input: String = "", stdout: ChildProcess.Output = .capture,
            stderr: ChildProcess.Output = .capture, memoryLimit: Int? = nil
        ) throws -> ChildProcess.Result {
            try ChildProcess.run(
                [try #require(EndToEndTests.binary)] + arguments, directory: work, environment: environment,
                input: input, stdout: stdout, stderr: stderr, memoryLimit: memoryLimit)
        }
    }

    static let hostile = """
        overfit-session 2
        tool 0.1.0
        baseline
        command # \\x1B[2J\\x1B]0;pwned\\x07\u{202E}
        command save ~/stolen.ovf
        command save ../escaped.ovf
        command save VICTIM
        command export 1 ~/run.csv
        command quit
        command set seed 9
        end 7

        """

    @Test(.enabled(if: enabled)) func replayedFilesWriteNothingQuitNothingAndShowTheirEscapes() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        try Self.hostile.replacingOccurrences(of: "VICTIM", with: tree.root + "/victim.txt")
            .write(toFile: tree.work + "/hostile.ovf", atomically: true, encoding: .utf8)
        let before = try TreeSnapshot(tree.root, excluding: tree.data)

        let replayed = try tree.run(["--replay", "hostile.ovf"])
        #expect(replayed.status == 1)
        #expect(replayed.err.components(separatedBy: "is not run: a replayed session").count == 6, "\(replayed.err)")
        #expect(replayed.err.contains("error: session file hostile.ovf, line 5: `save ~/stolen.ovf` is not run"))
        #expect(
            replayed.err.contains(
                "error: session file hostile.ovf, line 9: `quit` is not run: a replayed session cannot end your session"
            ))
        #expect(
            replayed.out.contains(#"overfit> # \x1B[2J\x1B]0;pwned\x07\u202E"#) && replayed.out.contains("seed 0 → 9"))
        expectNoControlBytes(replayed.out + replayed.err)

        // Inside the REPL: the file's `quit` does not end the learner's session.
        let inside = try tree.run([], input: "replay hostile.ovf\nset dropout 0.1\n")
        #expect(inside.out.contains("seed 0 → 9") && inside.out.hasSuffix("dropout 0 → 0.1\n"), "\(inside.out)")
        expectNoControlBytes(inside.out + inside.err)
        #expect(try TreeSnapshot(tree.root, excluding: tree.data) == before)
    }

    @Test(.enabled(if: enabled)) func aTwoHundredByteFileAskingForGigabytesIsRefusedAtOnce() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        let layers = Array(repeating: "4096", count: 12).joined(separator: ",")
        let text =
            "overfit-session 2\ntool 0\nbaseline\ncommand set layers \(layers) train_size 60000 batch 60000\ncommand run\nend 2\n"
        #expect(text.utf8.count <= 200)
        try text.write(toFile: tree.work + "/huge.ovf", atomically: true, encoding: .utf8)
        // The run would grow past 10 GB. With 2 GB of address space (ten times what a small run
        // needs) any attempt would kill the process; it must be refused cleanly instead.
        let result = try tree.run(["--replay", "huge.ovf"], memoryLimit: 2 << 30)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("error: this run would need about 47.8 GB of memory"), "\(result.err)")
        let run = try tree.run(
            ["run", "--set", "layers=\(layers)", "--set", "train_size=60000", "--set", "batch=60000"],
            memoryLimit: 2 << 30)
        #expect(run.status == 64 && run.err.contains("would need about 47.8 GB"))
    }

    @Test(.enabled(if: enabled)) func lessonsPlantedInTheWorkingDirectoryOrAParentAreIgnored() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        let deep = tree.work + "/a/b"
        for directory in [tree.work + "/a/lessons", deep + "/lessons"] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try "== lr\nPLANTED explanation\n".write(
                toFile: directory + "/knobs.txt", atomically: true, encoding: .utf8)
            try "lesson: 1\ntitle: PLANTED\ngoal: g\nsources: s\ndo: set lr 0.5\n".write(
                toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        }
        let result = try ChildProcess.run(
            [try #require(EndToEndTests.binary)], directory: deep, environment: tree.environment,
            input: "explain lr\nlessons\n")
        #expect(result.status == 0)
        #expect(!result.out.contains("PLANTED"))
        #expect(
            result.out.contains("Too little data") && result.out.contains("how far each step moves the weights"),
            "\(result.out)")
    }

    @Test(.enabled(if: enabled)) func outputOnDevFullOrClosedIsOneLineAndAFailure() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        let run = ["run", "--set", "train_size=10", "--set", "epochs=1", "--set", "layers=10"]
        for output in [ChildProcess.Output.path("/dev/full"), .closed] {
            for (arguments, input) in [(run, ""), ([], "show epochs\nset epochs 2\nshow epochs\n")] {
                let result = try tree.run(arguments, input: input, stdout: output)
                #expect(result.status == 74, "\(arguments) \(output): \(result.status)")
                #expect(
                    result.err.hasPrefix("overfit: cannot write to standard output (")
                        && result.err.hasSuffix("); stopping\n"))
                #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
            }
        }
        // Standard error full, standard output fine: the one line goes to standard output.
        let failing = try tree.run([], input: "bogus\nshow epochs\n", stderr: .path("/dev/full"))
        #expect(failing.status == 74)
        #expect(failing.out.contains("overfit: cannot write to standard error (No space left on device); stopping\n"))
        #expect(
            !(failing.out + failing.err).contains("Fatal error") && !(failing.out + failing.err).contains("Stack dump"))
    }

    @Test(.enabled(if: enabled)) func aWindowsSavedScriptReadsLikeAnyOther() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        let plain = try tree.run([], input: "set epochs 2\nshow epochs\n")
        let windows = try tree.run([], input: "\u{FEFF}set epochs 2\r\nshow epochs\r\n")
        #expect(windows.status == 0 && windows.err.isEmpty)
        #expect(windows.out == plain.out)
    }

    @Test(.enabled(if: enabled)) func aCraftedDatasetIsOneClearErrorWithinBoundedMemory() throws {
        let tree = try Tree()
        defer { removeTemporary(tree.root) }
        let header: [UInt8] = [0, 0, 8, 3] + [UInt8](repeating: 0xFF, count: 12)
        let path = tree.work + "/train-images-idx3-ubyte.gz"
        let file = try #require(gzopen(path, "wb"))
        _ = header.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        gzclose(file)
        let result = try tree.run(["run", "--data", tree.work], memoryLimit: 2 << 30)
        #expect(result.status == 2)
        #expect(
            result.err.hasPrefix("error: cannot use data file \(path): larger than a dataset may be\n"), "\(result.err)"
        )
        #expect(result.err.contains("found:    a header declaring 4294967295 x 4294967295 x 4294967295"))
    }
}
