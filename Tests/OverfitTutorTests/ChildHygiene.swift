import Foundation
import Testing

/// What keeps the tests that start real processes from hanging one another.
///
/// The test runner runs suites on many threads at once, and a process it starts inherits every
/// descriptor the runner has open that is not close-on-exec. A tutor's input pipe inherited by a
/// tmux server (a daemon that outlives its test) would never reach end of file, and a captured
/// output pipe would never close: the waiting test hangs, and CI with it. So the pipes the tests
/// make are close-on-exec from birth, the children the tests spawn themselves keep only 0, 1
/// and 2, and every wait has a hang guard: a deadline that kills the child and fails the test
/// with its name. (A guard against a hang, never a timing assertion: it is minutes long.)
enum ChildHygiene {
    /// How long a child may run before it is taken for hung: far above any run the tests start.
    static let hangGuard: Double = 600

    /// A pipe whose two ends are close-on-exec from the start (no window in which another
    /// thread's spawn could inherit them). Foundation's `Process` dup2s an end onto 0, 1 or 2,
    /// which clears the flag on the copy the child gets.
    static func pipe() throws -> (read: FileHandle, write: FileHandle) {
        var ends: [Int32] = [-1, -1]
        guard let pipe2 = pipeWithFlags, pipe2(&ends, O_CLOEXEC) == 0 else {
            throw ChildFailure("pipe2 failed: errno \(errno)")
        }
        return (
            FileHandle(fileDescriptor: ends[0], closeOnDealloc: true),
            FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        )
    }

    private typealias PipeWithFlags = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    /// pipe2, looked up at run time because Swift's Glibc module declares it only under _GNU_SOURCE.
    private static let pipeWithFlags: PipeWithFlags? = dlsym(nil, "pipe2").map {
        unsafeBitCast($0, to: PipeWithFlags.self)
    }

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// glibc's posix_spawn_file_actions_addclosefrom_np (2.34 and later), looked up at run time
    /// because Swift's Glibc module does not declare it.
    private static let closeFrom: CloseFrom? = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast($0, to: CloseFrom.self)
    }

    /// Makes a spawn with `actions` close every descriptor from 3 up in the child; without
    /// closefrom, closes those open now (listed in /proc/self/fd).
    static func closeInherited(_ actions: inout posix_spawn_file_actions_t) {
        if let closeFrom, closeFrom(&actions, 3) == 0 { return }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    /// Waits for `pid`; past `seconds`, kills it and records a failure naming `label`.
    /// Returns the wait status.
    static func wait(
        _ pid: pid_t, label: String, seconds: Double = hangGuard, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return status }
            if Date() > deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                Issue.record(
                    "\(label) was still running after \(Int(seconds)) s: killed", sourceLocation: sourceLocation)
                return status
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    /// Kills `pid` if it is still running `seconds` from now, unless the returned work item is
    /// cancelled first, and records a failure naming `label`: for waits Foundation makes without
    /// a deadline (reading a pipe to its end). Cancel it once the process has been reaped.
    static func guardHang(_ pid: pid_t, label: String, seconds: Double = hangGuard) -> DispatchWorkItem {
        let guardItem = DispatchWorkItem {
            guard kill(pid, 0) == 0 else { return }
            kill(pid, SIGKILL)
            Issue.record("\(label) was still running after \(Int(seconds)) s: killed")
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: guardItem)
        return guardItem
    }
}
