import Dispatch

/// The indices 0..<count, handed out one at a time to whichever thread asks: threads sharing a
/// loop this way finish together even when some indices cost more than others. Evaluation's chunks
/// do: a sparse first layer's rows cost what their nonzero pixels do, and MNIST's last 5,000 test
/// images have 12% more of them than its first 5,000, so halving the rows between two threads left
/// one waiting for the other.
public final class ChunkQueue: @unchecked Sendable {
    public let count: Int
    private let lock = DispatchSemaphore(value: 1)
    private var claimed = 0

    public init(count: Int) { self.count = max(0, count) }

    /// The next index no thread has taken, or nil when all have been.
    public func claim() -> Int? {
        lock.wait()
        defer { lock.signal() }
        guard claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }
}
