import Dispatch
import OverfitData
import OverfitEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Trains the seeds of one run with `repeats` side by side: one seed per core, each
/// single-threaded (`Engine.withSettings`), all reading the one loaded dataset and cached test
/// set. A seed's run is the same code as a run alone, and a single-threaded run gives the same
/// bits as a threaded one, so each seed's figures are those of that seed run by itself.
///
/// The callbacks run on the calling thread only, in the order the workers reported, so the
/// caller (the REPL, which journals each seed as it finishes) never sees two threads at once.
public struct SeedRunner {
    /// What one seed reported: which seed (its index among the run's configs), and the event.
    public enum Report {
        case event(seed: Int, TrainingEvent)
        case finished(seed: Int, RunResult)
    }

    public let trainer: Trainer
    /// How many seeds train at once: one per core by default.
    public var workers: Int

    public init(trainer: Trainer, workers: Int = Engine.onlineCores) {
        self.trainer = trainer
        self.workers = max(1, workers)
    }

    /// Trains every config (the seeds of one run, `RunConfig.seedConfigs`) and returns their
    /// results in the configs' order. Every config is checked before the first one trains;
    /// `isCancelled` (polled here, on the calling thread) stops every seed still training, and
    /// those not started yet end cancelled with no epochs. `stops[i]`, when given, ends seed i
    /// cancelled after that many epochs, as a replay re-makes a seed recorded cancelled there.
    public func run(
        _ configs: [RunConfig], stops: [Int?] = [], onReport: (Report) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(HintedError) -> [RunResult] {
        for config in configs { try trainer.check(config) }
        let threads = min(workers, configs.count)
        if let first = configs.first {
            let data = trainer.data
            try RunEstimate(
                config: first, pool: data.train.count, testImages: data.test.count, image: data.image,
                classes: data.classes
            ).seedsAtOnce(threads).check(trainer.memoryBudget)
        }
        if threads <= 1 { return try sequential(configs, stops: stops, onReport: onReport, isCancelled: isCancelled) }
        trainer.prepareTestEvaluators(for: configs)
        let shared = SharedRun(trainer: trainer, configs: configs, stops: configs.indices.map { Self.stop(stops, $0) })
        let path = Engine.settings.path
        let group = DispatchGroup()
        for _ in 0..<threads {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                Engine.withSettings(KernelSettings(path: path, threads: 1)) { shared.work() }
            }
        }
        while true {
            // A plain sleep between polls: a timed `DispatchGroup.wait` returned at once on Linux
            // (measured: this thread spun a whole core while the seeds trained).
            usleep(40_000)
            let done = group.wait(timeout: .now()) == .success
            if isCancelled() { shared.cancel() }
            for report in shared.takeReports() { onReport(report) }
            if done { break }
        }
        for report in shared.takeReports() { onReport(report) }
        return try shared.results()
    }

    /// Seed `index`'s stop, if `stops` gives one.
    public static func stop(_ stops: [Int?], _ index: Int) -> Int? {
        stops.indices.contains(index) ? stops[index] : nil
    }

    /// One seed after another on this thread (one worker, or one seed): no threads to start.
    private func sequential(
        _ configs: [RunConfig], stops: [Int?], onReport: (Report) -> Void, isCancelled: () -> Bool
    ) throws(HintedError) -> [RunResult] {
        var results: [RunResult] = []
        for (index, config) in configs.enumerated() {
            let stop = Self.stop(stops, index)
            var epochs = 0
            let result = try trainer.run(
                config,
                onEvent: { event in
                    if case .epochFinished = event { epochs += 1 }
                    onReport(.event(seed: index, event))
                },
                isCancelled: { (stop.map { epochs >= $0 } ?? false) || isCancelled() })
            onReport(.finished(seed: index, result))
            results.append(result)
        }
        return results
    }
}

/// What the workers of one `SeedRunner.run` share: the next seed to take, the cancel flag, the
/// reports not yet handed to the caller, and the results. Every field is behind `lock`.
private final class SharedRun: @unchecked Sendable {
    private let trainer: Trainer
    private let configs: [RunConfig]
    /// Each seed's recorded stop (epochs), for a replay; read-only, so outside `lock`.
    private let stops: [Int?]
    private let lock = Lock()
    private var next = 0
    private var cancelled = false
    private var reports: [SeedRunner.Report] = []
    private var finished: [Int: Result<RunResult, HintedError>] = [:]

    init(trainer: Trainer, configs: [RunConfig], stops: [Int?]) {
        self.trainer = trainer
        self.configs = configs
        self.stops = stops
    }

    /// A worker's loop: take the next seed, train it, report, until none is left.
    func work() {
        while let index = take() {
            let outcome: Result<RunResult, HintedError>
            let stop = stops[index]
            // Counted on this worker's thread only: both closures run on it, in turn.
            var epochs = 0
            do throws(HintedError) {
                outcome = .success(
                    try trainer.run(
                        configs[index],
                        onEvent: { event in
                            if case .epochFinished = event { epochs += 1 }
                            self.post(.event(seed: index, event))
                        },
                        isCancelled: { (stop.map { epochs >= $0 } ?? false) || self.isCancelled }))
            } catch {
                outcome = .failure(error)
            }
            lock.withLock {
                finished[index] = outcome
                if case .success(let result) = outcome { reports.append(.finished(seed: index, result)) }
            }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < configs.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    private func post(_ report: SeedRunner.Report) {
        // Batch progress from several seeds would only flood the caller; epochs and the start matter.
        if case .event(_, .batchProgress) = report { return }
        lock.withLock { reports.append(report) }
    }

    var isCancelled: Bool { lock.withLock { cancelled } }

    func cancel() { lock.withLock { cancelled = true } }

    func takeReports() -> [SeedRunner.Report] {
        lock.withLock {
            defer { reports = [] }
            return reports
        }
    }

    /// The results in the configs' order, or the first seed's error.
    func results() throws(HintedError) -> [RunResult] {
        let outcomes = lock.withLock { finished }
        var results: [RunResult] = []
        for index in configs.indices {
            guard let outcome = outcomes[index] else {
                let seed = String(configs[index].seed)
                throw HintedError(
                    Phrase(.errorSeedDidNotRun, ["seed": .text(seed)], english: "seed \(seed) did not run"),
                    hint: Phrase(.hintRunAgain, english: "run again"))
            }
            results.append(try outcome.get())
        }
        return results
    }
}
