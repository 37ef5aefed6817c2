import Foundation
import Testing

/// The real `overfit` binary, started with pipes: input written as it goes, output collected by
/// a reader thread, so a test can wait for a line, then kill -9 the process at that point.
final class RunningTutor: @unchecked Sendable {
    let process = Process()
    /// Close-on-exec pipes (ChildHygiene): no other test's child can hold them open.
    private let input: (read: FileHandle, write: FileHandle), output: (read: FileHandle, write: FileHandle)
    private let lock = NSLock()
    private var collected = Data()
    private var reader: Thread?
    private let done = DispatchSemaphore(value: 0)
    let errorPath: String

    /// The built binary, or a test failure saying how to build it: never a silent skip.
    static func binary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(
            EndToEndTests.binary, "no built overfit binary beside the tests: run `swift build -c release` first",
            sourceLocation: sourceLocation)
    }

    init(_ arguments: [String], dataHome: String, errorPath: String) throws {
        // A write to a killed tutor's input must fail, not end the test runner.
        signal(SIGPIPE, SIG_IGN)
        self.errorPath = errorPath
        input = try ChildHygiene.pipe()
        output = try ChildHygiene.pipe()
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["XDG_DATA_HOME": dataHome, "NO_COLOR": "1", "COLUMNS": "100"]) { $1 }
        process.standardInput = input.read
        process.standardOutput = output.write
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        // The child has its copies; ours would keep its input open and its output from ending.
        try input.read.close()
        try output.write.close()
        let handle = output.read
        reader = Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                lock.withLock { collected.append(data) }
            }
            done.signal()
        }
        reader?.start()
    }

    var pid: Int32 { process.processIdentifier }
    var text: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }
    var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    func send(_ text: String) {
        try? input.write.write(contentsOf: Data(text.utf8))
    }

    func closeInput() {
        try? input.write.close()
    }

    /// Waits until `predicate` holds for the output (or the process ended, or `seconds` passed).
    @discardableResult
    func waitFor(seconds: Double = 60, _ predicate: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if predicate(text) { return true }
            if !process.isRunning { return predicate(text) }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    /// kill -9 if it is still running; returns whether it was (whether the kill landed).
    @discardableResult
    func kill9() -> Bool {
        let alive = process.isRunning
        if alive { kill(pid, SIGKILL) }
        finish()
        return alive
    }

    /// Sends `signal` if it is still running; returns whether it was.
    @discardableResult
    func send(signal: Int32) -> Bool {
        let alive = process.isRunning
        if alive { kill(pid, signal) }
        return alive
    }

    /// Whether it ended by itself within `seconds`.
    func ends(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        return !process.isRunning
    }

    /// The status a shell would report: the exit status, or 128 + the signal that ended it.
    var shellStatus: Int32 {
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Waits for the process and its output to end; returns the exit status. A tutor still
    /// running ChildHygiene.hangGuard seconds after its input closed is killed, and the test fails.
    @discardableResult
    func finish(sourceLocation: SourceLocation = #_sourceLocation) -> Int32 {
        closeInput()
        if !ends(within: ChildHygiene.hangGuard) {
            kill(pid, SIGKILL)
            Issue.record(
                "the tutor was still running \(Int(ChildHygiene.hangGuard)) s after its input closed: killed",
                sourceLocation: sourceLocation)
        }
        process.waitUntilExit()
        if done.wait(timeout: .now() + ChildHygiene.hangGuard) == .timedOut {
            Issue.record("the tutor's output never ended: something else holds it open", sourceLocation: sourceLocation)
        } else {
            done.signal()  // so a second finish() (after kill9()) returns at once
        }
        return process.terminationStatus
    }
}
