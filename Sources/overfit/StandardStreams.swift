import CInterrupt
import Foundation

/// Standard output and standard error for the whole program, written with POSIX `write`.
///
/// Foundation's `FileHandle.write` traps on Linux when a write fails (a full disk, a closed pipe,
/// a closed descriptor), printing a trace; buffered `print` loses its errors at exit, so
/// `overfit run > /dev/full` used to exit 0. Here a failed write prints one line on the other
/// stream (if that one works), later writes to the broken stream are dropped, and the program
/// ends with status 74 (EX_IOERR) instead of the status it would have had.
enum StandardStreams {
    /// The status of a program whose output could not be written (sysexits' EX_IOERR).
    static let failureStatus: Int32 = 74

    nonisolated(unsafe) private static var broken: Set<Int32> = []

    /// Whether a write to standard output or standard error has failed.
    static var failed: Bool { !broken.isEmpty }

    /// Whether standard output failed: the REPL stops reading commands (after the current one
    /// is autosaved) rather than run them unseen.
    static var outputFailed: Bool { broken.contains(STDOUT_FILENO) }

    /// Call first thing. A closed descriptor 0, 1 or 2 gets /dev/null opened read-only in its
    /// place: writes to it then fail (and are reported) instead of landing in the next file the
    /// program opens, such as the autosave. SIGPIPE is ignored so a closed pipe is an EPIPE error
    /// to report, not a silent death. At exit, buffered stdio (`print`, the argument parser's
    /// help and errors) is flushed and checked too.
    static func prepare() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            _ = open("/dev/null", O_RDONLY)
        }
        signal(SIGPIPE, SIG_IGN)
        atexit {
            for descriptor in [STDOUT_FILENO, STDERR_FILENO] where overfit_stdio_flush_failed(descriptor) != 0 {
                StandardStreams.report(descriptor, code: errno)
            }
            if StandardStreams.failed { _exit(StandardStreams.failureStatus) }
        }
    }

    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
    /// `text` and a newline on standard output: `print`, but checked.
    static func line(_ text: String) { out(text + "\n") }
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    static func write(_ text: String, to descriptor: Int32) {
        guard !broken.contains(descriptor), !text.isEmpty else { return }
        // Anything `print` buffered goes first, so the order on the stream is the order written.
        if overfit_stdio_flush_failed(descriptor) != 0 {
            report(descriptor, code: errno)
            return
        }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                report(descriptor, code: count < 0 ? errno : ENOSPC)
                return
            }
            offset += count
        }
        bytes.removeAll()
    }

    /// One line on the other stream, once per broken stream.
    private static func report(_ descriptor: Int32, code: Int32) {
        guard broken.insert(descriptor).inserted else { return }
        let name = descriptor == STDOUT_FILENO ? "standard output" : "standard error"
        let other = descriptor == STDOUT_FILENO ? STDERR_FILENO : STDOUT_FILENO
        write("overfit: cannot write to \(name) (\(String(cString: strerror(code)))); stopping\n", to: other)
    }
}
