import CZlib
import Foundation
import Testing

/// Issue 19, items 9-11 through the real binary: limits that a symlink, a FIFO or a small file
/// describing big pictures used to slip past.
@Suite(.serialized) struct HostileLimitTests {
    static let enabled = EndToEndTests.binary != nil

    /// Item 9: a 1 GB sparse session file behind a symlink is refused by its own size, as it is
    /// when named directly (and within bounded memory: reading it whole would need a gigabyte);
    /// a symlink to 70 MB of comments is an error, not a silent success; a lesson behind a
    /// symlink in $OVERFIT_LESSONS is held to the lesson limit.
    @Test(.enabled(if: enabled)) func sizeLimitsCheckTheFileNotTheLink() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let sparse = tree.work + "/s.ovf"
        #expect(FileManager.default.createFile(atPath: sparse, contents: nil) && truncate(sparse, 1 << 30) == 0)
        try FileManager.default.createSymbolicLink(atPath: tree.work + "/l.ovf", withDestinationPath: sparse)
        for name in ["s.ovf", "l.ovf"] {
            let result = try tree.run(["--replay", name], memoryLimit: 2 << 30)
            #expect(result.status == 1)
            #expect(
                result.err.contains(
                    "error: session file \(name) is 1,073,741,824 bytes, more than the 67,108,864 a session file may have"
                ),
                "\(result.err)")
        }
        try String(repeating: "# a comment line of a session file, forty\n", count: 70 << 20 / 42)
            .write(toFile: tree.work + "/comments.ovf", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: tree.work + "/c.ovf", withDestinationPath: tree.work + "/comments.ovf")
        let comments = try tree.run(["--replay", "c.ovf"])
        #expect(comments.status == 1 && comments.err.contains("error: session file c.ovf is "), "\(comments.err)")

        let lessons = tree.root + "/lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try String(repeating: "# comment\n", count: 200_000).write(
            toFile: tree.root + "/big.lesson", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: lessons + "/01-big.lesson", withDestinationPath: tree.root + "/big.lesson")
        let lessonRun = try tree.run([], input: "help\n", extra: ["OVERFIT_LESSONS": lessons])
        #expect(
            lessonRun.err.contains(
                "warning: lessons/01-big.lesson:0: the file is 2000000 bytes; a lesson is at most 1048576"),
            "\(lessonRun.err)")
    }

    /// Item 10: a FIFO where a session, lesson, knobs or data file should be is refused at once
    /// with its kind named, never read (which would hang); a character device too, when this
    /// process may make one (as root, which could open anything).
    @Test(.enabled(if: enabled)) func fifosAndDevicesAreRefusedNeverRead() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        try HostileTree.makeFIFO(tree.work + "/fifo.ovf")
        let replay = try tree.run(["--replay", "fifo.ovf"])
        #expect(replay.status == 1)
        #expect(
            replay.err.contains(
                "error: cannot read session file fifo.ovf: it is a FIFO (named pipe), not a regular file"))
        let resume = try tree.run(["--resume", "fifo.ovf"], input: "quit\n")
        #expect(resume.status != HostileTree.hung && resume.err.contains("it is a FIFO (named pipe)"))
        if HostileTree.makeCharacterDevice(tree.work + "/zero.ovf") {
            let device = try tree.run(["--replay", "zero.ovf"])
            #expect(device.status == 1 && device.err.contains("it is a character device, not a regular file"))
        }

        // A dataset directory whose training images are a FIFO.
        let dataset = tree.work + "/digits"
        try HostileTree.writeDataset(dataset, trainLabels: [0, 1, 0, 1], testLabels: [0, 1], rows: 4, cols: 4)
        try FileManager.default.removeItem(atPath: dataset + "/train-images-idx3-ubyte")
        try HostileTree.makeFIFO(dataset + "/train-images-idx3-ubyte")
        let run = try tree.run(["run", "--set", "dataset=digits", "train_size=4", "epochs=1"])
        #expect(run.status == 2, "\(run.err)")
        #expect(run.err.contains("digits/train-images-idx3-ubyte: not a regular file"), "\(run.err)")
        #expect(run.err.contains("found:    a FIFO (named pipe)"))

        // Lessons and their knobs.txt.
        let lessons = tree.root + "/lessons"
        try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
        try HostileTree.makeFIFO(lessons + "/01-fifo.lesson")
        try HostileTree.makeFIFO(lessons + "/knobs.txt")
        let lessonRun = try tree.run([], input: "help\n", extra: ["OVERFIT_LESSONS": lessons])
        #expect(lessonRun.status == 0, "\(lessonRun.err)")
        #expect(
            lessonRun.err.contains(
                "warning: lessons/01-fifo.lesson:0: cannot read the file: it is a FIFO (named pipe), not a regular file"
            ))
        let unwrapped = lessonRun.err.replacingOccurrences(of: "\n  ", with: " ")
        #expect(
            unwrapped.contains("error: cannot read knob explanations \(lessons)/knobs.txt: it is a FIFO (named pipe)"),
            "\(lessonRun.err)")
    }

    /// Item 11: a two-line replayed file asking for gigabytes is refused under the replay
    /// budget (2 GB) with the budget's origin and a smaller batch than the one set.
    @Test(.enabled(if: enabled)) func aReplayedFileGetsALaptopBudget() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let layers = Array(repeating: "256", count: 12).joined(separator: ",")
        try tree.write(
            "overfit-session 3\ntool 0\nbaseline\ncommand set train_size 60000 batch 60000 layers \(layers)\ncommand run\nend 2\n",
            to: "huge.ovf")
        let result = try tree.run(["--replay", "huge.ovf"], memoryLimit: 2 << 30)
        #expect(result.status == 1)
        #expect(
            result.err.contains(
                "more than the budget of 2.0 GB (the default for a replayed file; --memory-budget raises it)"))
        #expect(result.err.contains("hint: use smaller batches, e.g. set batch 100"))
        #expect(result.err.contains("--memory-budget 4GB"), "\(result.err)")
    }

    /// Item 11: a directory whose headers promise big pictures is estimated from the headers and
    /// refused before any image is read. The files are cut right after their headers: reading
    /// them would say `truncated`, so the refusal proves nothing was read. The hint names the
    /// dataset, not the layers or the budget already given.
    @Test(.enabled(if: enabled)) func aDatasetIsEstimatedFromItsHeadersBeforeLoading() throws {
        let tree = try HostileTree()
        defer { removeTemporary(tree.root) }
        let dataset = tree.work + "/pictures"
        try FileManager.default.createDirectory(atPath: dataset, withIntermediateDirectories: true)
        for (split, count) in [("train", 12_000), ("t10k", 2_000)] {
            try Self.gzip(
                HostileTree.bigEndian([0x803, UInt32(count), 256, 256]),
                to: "\(dataset)/\(split)-images-idx3-ubyte.gz")
            try Self.gzip(
                HostileTree.bigEndian([0x801, UInt32(count)]), to: "\(dataset)/\(split)-labels-idx1-ubyte.gz")
        }
        let run = try tree.run(["run", "--set", "dataset=pictures", "epochs=1", "--memory-budget", "600MB"])
        #expect(run.status == 64, "\(run.err)")
        #expect(run.err.contains("this run would need about 2.1 GB of memory"), "\(run.err)")
        #expect(run.err.contains("the dataset's images are too many or too large for the budget"))
        #expect(!run.err.contains("--memory-budget 600MB") && !run.err.contains("truncated"))

        let tutor = try tree.run(["--memory-budget", "600MB"], input: "set dataset pictures epochs 1\nrun\n")
        #expect(tutor.status == 1)
        #expect(tutor.err.contains("this run would need about 2.1 GB of memory"), "\(tutor.err)")

        // A gzip whose header claims 1023 pictures of 1024×1024 (a gigabyte) is refused from the
        // header, not after inflating it.
        try Self.gzip(HostileTree.bigEndian([0x803, 1023, 1024, 1024]), to: "\(dataset)/train-images-idx3-ubyte.gz")
        // (A budget far above the claim, so the header check is what answers, on any machine.)
        let claimed = try tree.run(
            ["run", "--set", "dataset=pictures", "epochs=1", "--memory-budget", "64GB"], memoryLimit: 2 << 30)
        #expect(claimed.status == 2, "\(claimed.err)")
        #expect(claimed.err.contains("found:    1023 images of 1024x1024 pixels"), "\(claimed.err)")
    }

    static func gzip(_ bytes: [UInt8], to path: String) throws {
        let file = try #require(gzopen(path, "wb"))
        _ = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        gzclose(file)
    }
}
