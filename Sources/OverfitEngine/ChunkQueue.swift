import Dispatch

/// The indices 0..<count, handed out one at a time to whichever thread asks: threads sharing a
/// loop this way finish together even when some indices cost more than others. Evaluation's chunks
/// do: a sparse first layer's rows cost what their nonzero pixels do, and MNIST's last 5,000 test
/// images have 12% more of them than its first 5,000, so halving the rows between two threads left
/// one waiting for the other.
public final class ChunkQueue: @unchecked Sendable {
    public let count: Int
    private let lock = Lock()
    private var claimed = 0

    public init(count: Int) { self.count = max(0, count) }

    /// `body(index, thread)` for every index in 0..<count on `threads` threads (this one among
    /// them, `thread` numbering them from 0), each taking the next index no thread has taken, all
    /// with this thread's kernel settings; returns when every index is done.
    public static func perform(count: Int, threads: Int, _ body: @Sendable (_ index: Int, _ thread: Int) -> Void) {
        let queue = ChunkQueue(count: count)
        let settings = Engine.settings
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { thread in
            Engine.withSettings(settings) {
                while let index = queue.claim() { body(index, thread) }
            }
        }
    }

    /// The next index no thread has taken, or nil when all have been.
    public func claim() -> Int? {
        lock.withLock {
            guard claimed < count else { return nil }
            claimed += 1
            return claimed - 1
        }
    }
}
