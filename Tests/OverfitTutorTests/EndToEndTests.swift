import Foundation
import OverfitTraining
import Testing

/// The real `overfit` binary: in a pseudo-terminal (tmux) with Ctrl-C mid-run, and with piped
/// input. Needs the executable built beside the tests (`swift build` or `swift test` builds it).
@Suite(.serialized) struct EndToEndTests {
    static let binary: String? = {
        let testDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [testDirectory.appendingPathComponent("overfit").path]
        for directory in testDirectory.pathComponents.reversed() where directory.hasSuffix(".xctest") {
            candidates.append(testDirectory.deletingLastPathComponent().appendingPathComponent("overfit").path)
        }
        for scratch in [".build", ".build-tutor"] {
            for configuration in ["debug", "release"] {
                candidates.append("\(packageRoot)/\(scratch)/\(configuration)/overfit")
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The binary, or a failure that says how to build it: these tests never pass by skipping.
    static func requireBinary() throws -> String {
        try #require(
            binary,
            "no built overfit binary beside the tests or in .build: run `swift build -c release` first (bin/test does)")
    }

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Runs `arguments` to the end; returns standard output, standard error and the exit status.
    @discardableResult
    static func run(
        _ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        capture: Bool = true
    ) throws -> (out: String, err: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // Close-on-exec pipes (ChildHygiene): no other test's child can hold them open.
        let stdin = try ChildHygiene.pipe(), stdout = try ChildHygiene.pipe(), stderr = try ChildHygiene.pipe()
        process.standardInput = stdin.read
        // A daemon (the tmux server) would hold captured pipes open forever.
        process.standardOutput = capture ? stdout.write : FileHandle.nullDevice
        process.standardError = capture ? stderr.write : FileHandle.nullDevice
        try process.run()
        let hang = ChildHygiene.guardHang(process.processIdentifier, label: "\(executable) \(arguments)")
        defer { hang.cancel() }
        // The child has its copies; ours would keep its input open and its output from ending.
        try stdin.read.close()
        try stdout.write.close()
        try stderr.write.close()
        if let input { try? stdin.write.write(contentsOf: Data(input.utf8)) }
        try stdin.write.close()
        guard capture else {
            process.waitUntilExit()
            return ("", "", process.terminationStatus)
        }
        // Standard error is read on its own thread: a child that fills one pipe while the test
        // reads the other would otherwise wait for ever.
        let errors = ErrorCollector(stderr.read)
        let out = stdout.read.readDataToEndOfFile(), err = errors.wait()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    }

    /// Reads a pipe to its end on a thread of its own.
    final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let finished = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                finished.signal()
            }.start()
        }

        func wait() -> Data {
            finished.wait()
            return data
        }
    }

    /// Runs a short-lived command with stdin from /dev/null and stdout to `stdout`, and reaps it
    /// with waitpid. (Foundation's Process can leave a tmux client unreaped when it forks its server.)
    @discardableResult
    static func spawnAndWait(_ arguments: [String], stdout: String) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The tmux server this may fork outlives the test: it must hold none of the runner's pipes.
        ChildHygiene.closeInherited(&actions)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runs on a thread that blocks signals; the mask would pass through exec to
        // tmux and on to overfit, and Ctrl-C would never arrive. Start with an empty mask.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ) == 0 else { return -1 }
        return ChildHygiene.wait(pid, label: arguments.joined(separator: " "))
    }

    @Test
    func pipedCommandsRunWithoutPromptAndFailuresSetTheExitStatus() throws {
        let binary = try Self.requireBinary()
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let environment = ["XDG_DATA_HOME": home, "NO_COLOR": "1", "COLUMNS": "80"]
        let good = try Self.run(binary, [], input: "set epochs 2\nshow epochs\n", environment: environment)
        #expect(good.status == 0)
        #expect(good.out.hasPrefix("epochs 100 → 2\n   knob    value  about\n───"))
        #expect(good.out.hasSuffix("───\n*  epochs  2      (default 100) passes over the training images\n"))
        let garbage = "set dropout 1.5\n\u{0}\u{1B}[2J\u{FF}\n" + String(repeating: "y", count: 1 << 20) + "\nquit\n"
        let bad = try Self.run(binary, [], input: garbage, environment: environment)
        #expect(bad.status == 1)
        #expect(bad.out.isEmpty)
        #expect(bad.err.hasPrefix("error: dropout must be in [0, 1) (got 1.5)\n"))
        #expect(bad.err.contains("error: line too long (1,048,576 bytes; at most 4,096)"))
        #expect(!bad.err.contains("Fatal") && !bad.err.contains("Stack dump"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: home + "/overfit/sessions")
        #expect(kept.count == 1 && kept.allSatisfy { $0.hasSuffix(".ovf") }, "\(kept)")
    }

    @Test
    func replayOfAMissingOrCorruptFileExitsNonZero() throws {
        let binary = try Self.requireBinary()
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        try "overfit-session 1\ntool 0.1.0\ncommand set epochs 2\n".write(
            toFile: home + "/cut.ovf", atomically: true, encoding: .utf8)
        let cut = try Self.run(
            binary, ["--replay", home + "/cut.ovf"], environment: ["XDG_DATA_HOME": home, "COLUMNS": "400"])
        #expect(cut.status == 1)
        #expect(cut.err.contains("is truncated: it stops at line 4 without its `end` line"))
        let missing = try Self.run(
            binary, ["--replay", home + "/none.ovf"], environment: ["XDG_DATA_HOME": home, "COLUMNS": "400"])
        #expect(missing.status == 1 && missing.err.contains("no such file"))
    }

    /// `overfit run`'s bad input: a usage message in its own `--set knob=value` syntax and exit
    /// status 64, never a trace and never a run.
    @Test
    func runRejectsBadSettingsWithAUsageMessage() throws {
        let binary = try Self.requireBinary()
        let cases: [([String], String)] = [
            (
                ["--set", "dropout=0.2", "--set", "dropout=0.4"],
                "dropout is given twice (0.2, then 0.4); give each knob once, e.g. --set dropout=0.4"
            ),
            (
                ["--set", "lr=0.1", "LR=0.2"],
                "lr is given twice (0.1, then 0.2); give each knob once, e.g. --set lr=0.2"
            ),
            (
                ["--set", "dropuot=0.2", "--set", "dropuot=0.3"],
                "unknown knob `dropuot`; did you mean `dropout`?; `overfit run --help` lists the knobs"
            ),
            (["--set", "dropout=1.5"], "dropout must be in [0, 1) (got 1.5); e.g. --set dropout=0.2"),
            (["--set", "lr=1e-9"], "lr must be in [1e-6, 10] (got 1e-9); e.g. --set lr=0.1"),
            (["--set", "dropout"], "dropout needs a value: a number in [0, 1); e.g. --set dropout=0.2"),
            (
                ["--set", "layers=100,", "100", "patience=2"],
                "patience (early stopping) watches the validation loss, but val_size is 0"
            ),
            (
                ["--set", "bn_shared=on", "--set", "batchnorm=on", "--set", "layers=100,50"],
                "(layers is 100,50); e.g. --set layers=100,100,100,100, or --set bn_shared=off"
            ),
        ]
        for (arguments, message) in cases {
            let result = try Self.run(binary, ["run"] + arguments, environment: ["COLUMNS": "400"])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.err.contains(message), "\(arguments): \(result.err)")
            #expect(result.out.isEmpty && !result.err.contains("Fatal error"), "\(arguments)")
        }
    }

    /// Lists, workloads, completion scripts and the knob help come from the argument parser and
    /// the knob table: what they print, and what they refuse.
    @Test
    func theArgumentParserDoesTheParsing() throws {
        let binary = try Self.requireBinary()
        let help = try Self.run(binary, ["run", "--help"], environment: ["COLUMNS": "200"])
        #expect(help.status == 0)
        for knob in RunConfig.knobs {
            #expect(help.out.contains("\(knob.name)  ") && help.out.contains(knob.allowed), "\(knob.name)")
        }
        let cases: [([String], String)] = [
            (["check-lessons", "--seeds", "3-1"], "the range `3-1` runs backwards"),
            (["check-lessons", "--seeds", "0,x"], "`x` is not a whole number or a range LOW-HIGH"),
            (
                ["check-lessons", "--lessons", "1", "--seeds", "4294967296"],
                "seed must be in [0, 4294967295] (got 4294967296)"
            ),
            (["bench", "--workload", "nope"], "The value 'nope' is invalid for '--workload <name>'"),
        ]
        for (arguments, message) in cases {
            let result = try Self.run(binary, arguments, environment: ["COLUMNS": "400"])
            #expect(result.status == 64 && result.err.contains(message), "\(arguments): \(result.err)")
        }
        let workloads = try Self.run(binary, ["bench", "--workload", "nope"], environment: ["COLUMNS": "400"])
        for name in BenchmarkWorkload.all.map(\.name) + ["all", "none"] {
            #expect(workloads.err.contains("- \(name)\n"), "the refusal lists \(name): \(workloads.err)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try Self.run(binary, ["--generate-completion-script", shell])
            #expect(script.status == 0 && script.out.contains("---completion run -- --set"), "\(shell)")
        }
        let offered = try Self.run(
            binary, ["---completion", "run", "--", "--set", "3", "10", "overfit", "run", "--set", "optimizer="])
        #expect(
            offered.out.split(separator: "\n") == ["optimizer=sgd", "optimizer=momentum", "optimizer=adam"],
            "\(offered)")
    }

    /// Starts and quits cleanly. How long that takes is `bench/compare`'s (start-up), not a
    /// test's: a wall-clock limit fails on a busy machine.
    @Test
    func startsAndQuits() throws {
        let binary = try Self.requireBinary()
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let result = try Self.run(binary, [], input: "quit\n", environment: ["XDG_DATA_HOME": home])
        #expect(result.status == 0)
    }

    /// Start `overfit` in tmux, `set epochs 3`, `run` on all 60,000 images, Ctrl-C mid-run: the
    /// run is reported cancelled, the prompt comes back, `quit` leaves.
    @Test(.enabled(if: tmux != nil, "needs tmux (apt-get install tmux; CI installs it)"))
    func ctrlCStopsARunAndThePromptComesBack() throws {
        let binary = try Self.requireBinary(), tmux = try #require(Self.tmux)
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let socket = "overfit-e2e-\(UUID().uuidString.prefix(8))"
        let screenFile = home + "/screen.txt"
        func tmuxRun(_ arguments: [String]) throws -> String {
            let capture = arguments.first == "capture-pane"
            Self.spawnAndWait([tmux, "-L", socket] + arguments, stdout: capture ? screenFile : "/dev/null")
            return capture ? ((try? String(contentsOfFile: screenFile, encoding: .utf8)) ?? "") : ""
        }
        func screen() throws -> String { try tmuxRun(["capture-pane", "-p", "-J", "-S", "-200", "-t", "e2e"]) }
        func waitFor(_ text: String, seconds: Double) throws -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if try screen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        defer { _ = try? tmuxRun(["kill-server"]) }
        let command = "env XDG_DATA_HOME=\(home) TERM=xterm \(binary); echo EXIT=$?; sleep 5"
        _ = try tmuxRun(["new-session", "-d", "-s", "e2e", "-x", "100", "-y", "40", command])
        // capture-pane trims trailing spaces, so an empty prompt reads `overfit>`.
        #expect(try waitFor("overfit>", seconds: 10))
        // All 60,000 images one at a time: an epoch takes long enough to be interrupted.
        _ = try tmuxRun(["send-keys", "-t", "e2e", "set epochs 3 train_size 60000 batch 1 lr 0.01", "Enter"])
        #expect(try waitFor("train_size 300 → 60000", seconds: 5))
        _ = try tmuxRun(["send-keys", "-t", "e2e", "run", "Enter"])
        let progressed = try waitFor("epoch 1/3", seconds: 30)
        let during = try screen()
        #expect(progressed, "no progress line: \(during)")
        _ = try tmuxRun(["send-keys", "-t", "e2e", "C-c"])
        let cancelled = try waitFor("cancelled (Ctrl-C)", seconds: 30)
        let after = try screen()
        #expect(cancelled, "run not cancelled: \(after)")
        #expect(
            after.hasSuffix("overfit>\n") || after.components(separatedBy: "\noverfit>").count >= 4,
            "the prompt did not come back: \(after)")
        _ = try tmuxRun(["send-keys", "-t", "e2e", "typed then ", "C-c"])
        _ = try tmuxRun(["send-keys", "-t", "e2e", "quit", "Enter"])
        let exited = try waitFor("EXIT=0", seconds: 10)
        let final = try screen()
        #expect(exited, "did not quit: \(final)")
        // The farewell wraps at the pane's width: compared as one line.
        let flat = final.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("bye: this session is kept in \(home)/overfit/sessions/"))
        #expect(!final.contains("Fatal error") && !final.contains("Stack dump"))
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: home + "/overfit/sessions").first)
        let saved = try String(contentsOfFile: home + "/overfit/sessions/" + name, encoding: .utf8)
        #expect(saved.contains("\nresult 1 cancelled "), "\(saved)")
    }
}
