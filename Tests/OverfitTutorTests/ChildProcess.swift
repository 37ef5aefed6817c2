import Foundation
import Testing

/// The real `overfit` binary run as a child, with its standard streams wired as a test needs
/// (a file, /dev/full, or closed), in a chosen directory and environment, optionally with its
/// address space limited: a child that tried to allocate past the limit would die, so a clean
/// error under the limit proves the memory was bounded. (Its `ru_maxrss` cannot say so:
/// posix_spawn's vfork charges the child with the test process's own peak.)
struct ChildProcess {
    enum Output {
        case capture
        case path(String)
        case closed
    }

    struct Result {
        var out: String
        var err: String
        var status: Int32
        var seconds: Double
    }

    /// Runs `arguments` (the first is the executable) in `directory` with exactly `environment`
    /// (plus PATH), `input` on standard input, and at most `memoryLimit` bytes of address space.
    static func run(
        _ arguments: [String], directory: String, environment: [String: String], input: String = "",
        stdout: Output = .capture, stderr: Output = .capture, memoryLimit: Int? = nil
    ) throws -> Result {
        let scratch = NSTemporaryDirectory() + "overfit-child-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try input.write(toFile: scratch + "/in", atomically: true, encoding: .utf8)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, scratch + "/in", O_RDONLY, 0)
        for (descriptor, output, name) in [(Int32(1), stdout, "out"), (Int32(2), stderr, "err")] {
            switch output {
            case .capture:
                posix_spawn_file_actions_addopen(
                    &actions, descriptor, scratch + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            case .path(let path): posix_spawn_file_actions_addopen(&actions, descriptor, path, O_WRONLY, 0)
            case .closed: posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        }
        // Only 0, 1 and 2 reach the child (ChildHygiene).
        ChildHygiene.closeInherited(&actions)
        // The shell only sets the limit and the directory, then becomes the binary.
        let limit = memoryLimit.map { "ulimit -v \($0 / 1024) && " } ?? ""
        let shell = ["/bin/sh", "-c", limit + "cd \"$1\" && shift && exec \"$@\"", "sh", directory] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = shell.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = environment.merging(["PATH": "/usr/bin:/bin"]) { old, _ in old }.map { "\($0.key)=\($0.value)" }
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        // Test threads block signals; the mask would pass through exec. Start the child clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let started = Date()
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp) == 0 else {
            throw ChildFailure("posix_spawn failed")
        }
        let status = ChildHygiene.wait(pid, label: arguments.joined(separator: " "))
        let seconds = Date().timeIntervalSince(started)
        func read(_ name: String) -> String {
            (try? String(decoding: Data(contentsOf: URL(fileURLWithPath: scratch + "/" + name)), as: UTF8.self)) ?? ""
        }
        // Exited normally: the status byte; killed by a signal: 128 + the signal, as a shell says.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(out: read("out"), err: read("err"), status: code, seconds: seconds)
    }
}

struct ChildFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
