import Dispatch
import OverfitEngine
import Testing

/// `ChunkQueue`: threads claiming at once get every index exactly once, then nil.
@Suite struct ChunkQueueTests {
    @Test func everyIndexGoesToExactlyOneThread() {
        let queue = ChunkQueue(count: 5_000)
        let claims = Claims(threads: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            while let index = queue.claim() { claims.add(index, thread: thread) }
        }
        #expect(claims.all.sorted() == Array(0..<5_000))
        #expect(queue.claim() == nil)
    }

    @Test func anEmptyQueueHandsOutNothing() {
        #expect(ChunkQueue(count: 0).claim() == nil)
        #expect(ChunkQueue(count: -3).claim() == nil)
    }
}

/// Each thread's claims in its own array, merged after the threads finish.
private final class Claims: @unchecked Sendable {
    private var byThread: [[Int]]

    init(threads: Int) { byThread = Array(repeating: [], count: threads) }

    func add(_ index: Int, thread: Int) { byThread[thread].append(index) }

    var all: [Int] { byThread.flatMap { $0 } }
}
