import CInterrupt
import Foundation

/// Lines from standard input for scripts and pipes, read with poll and read(2).
///
/// Not `Swift.readLine`: it retries getline on EINTR, and glibc's getline, once a signal has
/// set the stream's error flag, fails at once with errno still EINTR, so a SIGTERM that came
/// while the tutor waited for piped input spun it at 100% CPU for ever (a tutor that could not
/// be stopped, and lost the session it was meant to save). Here a signal ends the wait: the
/// handlers write to a self-pipe polled beside standard input, so even one that came just
/// before the wait began is seen.
struct InputLines {
    enum Outcome: Equatable {
        case line([UInt8])
        /// End of input (a last line without a newline was returned before this).
        case end
        /// A signal asked the tutor to stop.
        case stopped
        /// Reading failed (errno says why: EISDIR for `overfit < DIRECTORY`).
        case failed(Int32)
    }

    /// Bytes read and not yet returned start at `lineStart`; those before `scanned` hold no
    /// newline. Returned lines are dropped only when more is read, so a chunk of many short
    /// lines is not shifted once per line.
    private var buffered: [UInt8] = []
    private var lineStart = 0
    private var scanned = 0
    private var atEnd = false
    private let descriptor: Int32
    private let stopRequested: () -> Bool

    init(descriptor: Int32 = STDIN_FILENO, stopRequested: @escaping () -> Bool) {
        self.descriptor = descriptor
        self.stopRequested = stopRequested
    }

    /// The next line without its newline, or why there is none.
    mutating func next() -> Outcome {
        while true {
            if let newline = buffered[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffered[lineStart..<newline])
                lineStart = newline + 1
                scanned = lineStart
                return .line(line)
            }
            scanned = buffered.count
            if atEnd {
                guard lineStart < buffered.count else { return .end }
                defer { lineStart = buffered.count }
                return .line(Array(buffered[lineStart...]))
            }
            if stopRequested() { return .stopped }
            switch waitAndRead() {
            case .some(let code): return .failed(code)
            case .none: continue
            }
        }
    }

    /// Waits for input or a signal, then reads what is there. Returns an errno on failure.
    private mutating func waitAndRead() -> Int32? {
        let wake = overfit_wake_descriptor()
        var waiting = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        if wake >= 0 { waiting.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        if poll(&waiting, nfds_t(waiting.count), -1) < 0 {
            return errno == EINTR || errno == EAGAIN ? nil : errno
        }
        // A signal: the caller's next look at stopRequested sees it. One that asks nothing of
        // this reader (a Ctrl-C meant for a run) is drained, or every wait would return at once.
        if waiting.count > 1 && waiting[1].revents != 0 {
            if stopRequested() { return nil }
            var drain = [UInt8](repeating: 0, count: 64)
            while (drain.withUnsafeMutableBytes { read(wake, $0.baseAddress, $0.count) }) > 0 {}
        }
        guard waiting[0].revents != 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? nil : errno }
        if count == 0 {
            atEnd = true
        } else {
            buffered.removeFirst(lineStart)
            scanned -= lineStart
            lineStart = 0
            buffered += chunk[..<count]
        }
        return nil
    }
}
