import Dispatch

/// A mutual-exclusion lock (a semaphore of one), for the little state threads share: the chunks
/// an evaluation hands out (`ChunkQueue`, `InferenceTeam`), a trainer's cache of test-set copies,
/// the mailbox of parallel seeds' events. (`Mutex` from Synchronization needs macOS 15; the
/// package supports 14.)
public final class Lock: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)

    public init() {}

    public func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        semaphore.wait()
        defer { semaphore.signal() }
        return try body()
    }
}
