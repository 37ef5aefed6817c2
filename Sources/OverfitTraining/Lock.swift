import Dispatch

/// A mutual-exclusion lock (a semaphore of one), for the little state the parallel seeds of a
/// run share: the trainer's cache of test-set copies and the mailbox of their events.
final class Lock: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        semaphore.wait()
        defer { semaphore.signal() }
        return try body()
    }
}
