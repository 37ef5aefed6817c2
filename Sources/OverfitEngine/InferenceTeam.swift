import Dispatch

/// Two threads sharing one evaluation: the thread that measures an epoch (its owner) and the
/// training thread, which joins in once its own epoch is done (`help`).
///
/// Training a batch uses one core; evaluating the test set after an epoch is most of a short
/// run's work. A run measures each epoch on a copy of the weights on a second thread while the
/// next epoch trains, and the trainer then takes the evaluation's remaining chunks of rows. Which
/// thread computes a row changes no bit: every row is its own chains.
public final class InferenceTeam: @unchecked Sendable {
    private let lock = Lock()
    /// Signalled when a job is published or the round ends: the helper's wake-up.
    private let wake = DispatchSemaphore(value: 0)
    private var job: Job?
    private var roundOver = false

    public init() {}

    /// The owner starts a measurement: `help` waits for its jobs until `endRound`.
    public func startRound() {
        lock.withLock { roundOver = false }
    }

    /// The owner's measurement is over: `help` returns.
    public func endRound() {
        lock.withLock { roundOver = true }
        wake.signal()
    }

    /// The helper: takes chunks of each job the owner publishes until the round ends.
    public func help() {
        var helped: Job?
        while true {
            let (current, over) = lock.withLock { (job, roundOver) }
            if over { return }
            if let current, current !== helped {
                current.work()
                helped = current
                continue
            }
            wake.wait()
        }
    }

    /// The owner: runs `body(i)` for i in 0..<count, sharing the indices with the helper, and
    /// returns when all of them are done.
    func run(count: Int, _ body: @escaping (Int) -> Void) {
        guard count > 0 else { return }
        let published = Job(count: count, settings: Engine.settings, body: body)
        lock.withLock { job = published }
        wake.signal()
        published.work()
        published.waitUntilDone()
        lock.withLock { job = nil }
    }

    /// One parallel loop: its indices are handed out one at a time to whichever thread asks.
    private final class Job: @unchecked Sendable {
        let settings: KernelSettings
        let body: (Int) -> Void
        private let lock = Lock()
        private let done = DispatchSemaphore(value: 0)
        private let indices: ChunkQueue
        private var finished = 0

        init(count: Int, settings: KernelSettings, body: @escaping (Int) -> Void) {
            indices = ChunkQueue(count: count)
            self.settings = settings
            self.body = body
        }

        func work() {
            Engine.withSettings(settings) {
                while let index = indices.claim() {
                    body(index)
                    let last = lock.withLock {
                        finished += 1
                        return finished == indices.count
                    }
                    if last { done.signal() }
                }
            }
        }

        func waitUntilDone() { done.wait() }
    }
}
