import Foundation
import OverfitData
import Testing

@testable import OverfitTutor

/// Issue 19, items 13 and 14: messages that misled, each now clear and with the exit status the
/// README documents. Through the real binary, each run with its own HOME and data directory.
@Suite(.serialized) struct HostileMessageTests {
    static let enabled = EndToEndTests.binary != nil

    /// Item 13: environment values are shown through the sanitiser.
    @Test(.enabled(if: enabled)) func environmentValuesAreShownSafely() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        for (name, value) in [("OVERFIT_KERNELS", "avx2\u{1B}[2J"), ("OVERFIT_THREADS", "4\u{1B}]0;pwned\u{07}")] {
            let result = try tree.run(["--version"], extra: [name: value])
            #expect(result.status == 2)
            #expect(result.err.hasPrefix("error: \(name)"), "\(result.err)")
            expectNoControlBytes(result.err)
            #expect(result.err.contains(VisibleText.escaped(value)))
        }
    }

    /// Item 13: under TERM=dumb the live line is not redrawn in place. In a pseudo-terminal
    /// (script(1)), the same run draws its `\r` + erase-line redraws under another TERM.
    @Test(.enabled(if: enabled)) func aDumbTerminalGetsNoRedraws() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let binary = try EndToEndTests.requireBinary()
        let command = "\(binary) run --set epochs=3 train_size=20"
        func inTerminal(_ term: String) throws -> String {
            try ChildProcess.run(
                ["/usr/bin/script", "-qec", command, "/dev/null"], directory: tree.work,
                environment: tree.environment.merging(["TERM": term]) { _, new in new }
            ).out
        }
        let redraw = "\r\u{1B}[2K"
        #expect(try inTerminal("xterm").contains(redraw))
        let dumb = try inTerminal("dumb")
        #expect(!dumb.contains(redraw) && !dumb.contains("\u{1B}"), "\(dumb.debugDescription)")
        #expect(dumb.contains("finished 3 epochs on 20 training images"))
    }

    /// Item 14: a 20 MB line in a replayed file is not echoed, and its error names the file and line.
    @Test(.enabled(if: enabled)) func aHugeReplayedLineIsNamedNotShown() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let line = String(repeating: "x", count: 20 << 20)
        try tree.write(
            "overfit-session 3\ntool 0\nbaseline\ncommand set seed 1\ncommand \(line)\ncommand set seed 2\nend 3\n",
            to: "big.ovf")
        let result = try tree.run(["--replay", "big.ovf"])
        #expect(result.status == 1)
        #expect(result.out.utf8.count < 4096, "the line was echoed: \(result.out.utf8.count) bytes")
        #expect(result.out.contains("… (20,971,520 bytes, not shown)"))
        #expect(
            result.err.contains("error: session file big.ovf, line 5: line too long (20,971,520 bytes; at most 4,096)"))
        #expect(result.out.contains("seed 1 → 2"))
    }

    /// Item 14: an unreadable data file says `permission denied` (not `file not found`). As root,
    /// which reads anything, the binary runs as nobody (setpriv).
    @Test(.enabled(if: enabled)) func anUnreadableDataFileSaysPermissionDenied() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let dataset = tree.work + "/digits"
        try HostileTree.writeDataset(dataset, trainLabels: [0, 1, 0, 1], testLabels: [0, 1], rows: 4, cols: 4)
        #expect(chmod(dataset + "/train-images-idx3-ubyte", 0) == 0)
        for path in [tree.root, tree.home, tree.data, tree.work, dataset] { chmod(path, 0o755) }
        let asNobody =
            getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try tree.run(["run", "--set", "dataset=digits", "train_size=4", "epochs=1"], prefix: asNobody)
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("digits/train-images-idx3-ubyte: permission denied"), "\(result.err)")
        #expect(result.err.contains("chmod u+r") && !result.err.contains("not found"))
    }

    /// Item 14: a folder of the learner's with 0 images is told to rebuild it with make-idx,
    /// not MNIST's make-mnist; one with 1 image is bad settings for `overfit run` (64), its
    /// hint in that command's syntax; stages too big for 10×10 pictures suggest ones that fit.
    @Test(.enabled(if: enabled)) func aSmallCustomDatasetIsExplainedInTheCommandsOwnTerms() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        try HostileTree.writeDataset(tree.work + "/empty", trainLabels: [], testLabels: [0, 1], rows: 4, cols: 4)
        let empty = try tree.run(["run", "--set", "dataset=empty"])
        #expect(empty.status == 2)
        #expect(empty.err.contains("datasets/make-idx") && !empty.err.contains("make-mnist"), "\(empty.err)")

        try HostileTree.writeDataset(tree.work + "/one", trainLabels: [1], testLabels: [0, 1], rows: 4, cols: 4)
        let one = try tree.run(["run", "--set", "dataset=one", "epochs=1"])
        #expect(one.status == 64, "\(one.err)")
        #expect(one.err.contains("e.g. --set train_size=1") && !one.err.contains("set train_size 1"), "\(one.err)")

        try HostileTree.writeDataset(
            tree.work + "/small", trainLabels: (0..<20).map { UInt8($0 % 2) }, testLabels: [0, 1], rows: 10, cols: 10)
        let conv = try tree.run([
            "run", "--set", "dataset=small", "train_size=20", "epochs=1", "layers=conv16,conv32,10",
        ])
        #expect(conv.status == 64, "\(conv.err)")
        #expect(conv.err.contains("e.g. --set layers=conv16,10"), "\(conv.err)")
        let fixed = try tree.run(["run", "--set", "dataset=small", "train_size=20", "epochs=1", "layers=conv16,10"])
        #expect(fixed.status == 0, "the suggested layers do not fit either: \(fixed.err)")
    }

    /// Item 14: `overfit sessions` with no data directory exits 1, as the README says, naming
    /// the variable it came from.
    @Test(.enabled(if: enabled)) func sessionsWithoutADataDirectoryExitsOne() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let missing = tree.root + "/nonexistent"
        let result = try tree.run(["sessions"], extra: ["XDG_DATA_HOME": missing])
        #expect(result.status == 1)
        #expect(
            result.err.hasPrefix(
                "error: there is no data directory: \(missing)/overfit (from XDG_DATA_HOME) does not exist"))
        try FileManager.default.createDirectory(atPath: tree.data + "/overfit", withIntermediateDirectories: true)
        let present = try tree.run(["sessions"])
        #expect(present.status == 0 && present.out.hasPrefix("No sessions kept yet"), "\(present.err)")
    }

    /// Item 14: where no session can be kept (a read-only HOME), the listing does not promise
    /// that every session is kept there.
    @Test func anUnwritableDataDirectoryMakesNoPromise() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try "a file".write(toFile: directory + "/file", atomically: true, encoding: .utf8)
        #expect(DataDirectory.isWritable(directory + "/new/overfit"))
        #expect(!DataDirectory.isWritable(directory + "/file/overfit"))
        let style = RenderStyle(width: 200, unicode: true, color: false)
        let writable = HistoryListing.render([], directory: directory, style: style, writable: true)
        let readOnly = HistoryListing.render([], directory: directory, style: style, writable: false)
        #expect(writable.contains("every session you start is kept there"))
        #expect(!readOnly.contains("every session you start") && readOnly.contains("it is not writable"))
    }

    /// Item 14: a directory on standard input is an error (exit 1), not an empty script.
    @Test(.enabled(if: enabled)) func aDirectoryOnStandardInputIsAnError() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let binary = try EndToEndTests.requireBinary()
        let result = try ChildProcess.run(
            ["/bin/sh", "-c", "exec \"$0\" < \"$1\"", binary, tree.work], directory: tree.work,
            environment: tree.environment)
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("error: cannot read commands from standard input: it is a directory"))
    }

    /// Item 14: `--resume` of a file from elsewhere says its figures are unchecked (a replay
    /// checks them, and catches the forgery); a replayed `run` the file records no result for
    /// is explained, not a silent status 3.
    @Test(.enabled(if: enabled)) func forgedFiguresAndMissingResultsAreExplained() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let saved = try tree.run([], input: "set epochs 1 train_size 10\nrun\nsave s.ovf\n")
        #expect(saved.status == 0, "\(saved.err)")
        let text = try String(contentsOfFile: tree.work + "/s.ovf", encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let epoch = try #require(lines.firstIndex { $0.hasPrefix("epoch 1 ") })
        var fields = lines[epoch].split(separator: " ").map(String.init)
        fields[fields.count - 1] = "0.99"
        lines[epoch] = fields.joined(separator: " ")
        try tree.write(lines.joined(separator: "\n"), to: "forged.ovf")

        let resumed = try tree.run(["--resume", "forged.ovf"], input: "runs\n")
        #expect(resumed.status == 0, "\(resumed.err)")
        #expect(
            resumed.out.contains(
                "note: the run's figures are the file's own, shown without training and not checked; `overfit --replay forged.ovf` re-makes every run and checks them"
            ), "\(resumed.out)")
        let replayed = try tree.run(["--replay", "forged.ovf"])
        #expect(replayed.status == 3)

        try tree.write(
            "overfit-session 3\ntool 0\nbaseline\ncommand set epochs 1 train_size 10\ncommand run\nend 2\n",
            to: "bare.ovf")
        let bare = try tree.run(["--replay", "bare.ovf"])
        #expect(bare.status == 3)
        #expect(
            bare.out.contains(
                "replay check: run 1 was made by the replay, but the file records no result for it (its `run` has no `result` line: the file was cut short or edited)"
            ), "\(bare.out)")
    }
}
