import Foundation
import Testing

/// A temporary tree for driving the real binary with hostile files: `home/` (HOME, and
/// XDG_DATA_HOME under it: every run has its own data directory) and `work/` (the working
/// directory). Every run goes through `timeout -s KILL`, so a regression that hangs on a FIFO
/// fails as status 137 instead of hanging the suite (a guard, not a time limit on the result).
struct HostileTree {
    let root = temporaryDirectory()
    var home: String { root + "/home" }
    var data: String { home + "/data" }
    var work: String { root + "/work" }
    var environment: [String: String] {
        ["HOME": home, "XDG_DATA_HOME": data, "NO_COLOR": "1", "COLUMNS": "400"]
    }

    init() throws {
        for directory in [home, data, work] {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
    }

    /// Status 137 (SIGKILL) means the guard fired: the binary hung.
    static let hung: Int32 = 137

    func run(
        _ arguments: [String], input: String = "", extra: [String: String] = [:], memoryLimit: Int? = nil,
        prefix: [String] = []
    ) throws -> ChildProcess.Result {
        let binary = try EndToEndTests.requireBinary()
        return try ChildProcess.run(
            ["/usr/bin/timeout", "-s", "KILL", "300"] + prefix + [binary] + arguments, directory: work,
            environment: environment.merging(extra) { _, new in new }, input: input, memoryLimit: memoryLimit)
    }

    /// Writes `text` at `work/name`.
    func write(_ text: String, to name: String) throws {
        try text.write(toFile: work + "/" + name, atomically: false, encoding: .utf8)
    }

    /// A FIFO at `path`.
    static func makeFIFO(_ path: String) throws {
        guard mkfifo(path, 0o644) == 0 else {
            throw ChildFailure("mkfifo \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// A character device like the full device (1, 7) at `path`, if this process may make one
    /// (root); false otherwise, and the caller checks FIFOs only.
    /// (glibc encodes a small major and minor as major << 8 | minor; makedev is a C macro.)
    static func makeCharacterDevice(_ path: String) -> Bool {
        mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0
    }

    /// What the entry at `path` is, without following a symlink (S_IFIFO, S_IFCHR…).
    static func type(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & S_IFMT
    }

    /// Writes a directory of the four IDX files (plain, not gzipped): `trainLabels` and
    /// `testLabels` give the images' labels; the images are `rows`×`cols` of a pattern.
    static func writeDataset(_ directory: String, trainLabels: [UInt8], testLabels: [UInt8], rows: Int, cols: Int)
        throws
    {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (split, labels) in [("train", trainLabels), ("t10k", testLabels)] {
            var images = bigEndian([0x803, UInt32(labels.count), UInt32(rows), UInt32(cols)])
            images += (0..<(labels.count * rows * cols)).map { UInt8(truncatingIfNeeded: $0 * 7) }
            try Data(images).write(to: URL(fileURLWithPath: "\(directory)/\(split)-images-idx3-ubyte"))
            let labelBytes = bigEndian([0x801, UInt32(labels.count)]) + labels
            try Data(labelBytes).write(to: URL(fileURLWithPath: "\(directory)/\(split)-labels-idx1-ubyte"))
        }
    }

    static func bigEndian(_ values: [UInt32]) -> [UInt8] {
        values.flatMap { value in (0..<4).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }
}
