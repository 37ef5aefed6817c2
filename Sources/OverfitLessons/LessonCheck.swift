import OverfitTraining

/// `check-lessons`: runs every lesson's planned runs headless for each seed and reports, per
/// claim and seed, whether it held and the figures.
public struct LessonCheck {
    public struct Row: Sendable {
        public let lesson: Int
        public let claim: String
        public let seed: UInt64
        /// nil when a run the claim needs did not finish (cancelled or missing).
        public let outcome: Claim.Outcome?

        public init(lesson: Int, claim: String, seed: UInt64, outcome: Claim.Outcome?) {
            self.lesson = lesson
            self.claim = claim
            self.seed = seed
            self.outcome = outcome
        }
    }

    /// One lesson checked on one seed: the runs made, by the lesson's names, and a row per claim.
    public struct Checked: Sendable {
        public let lesson: Int
        public let seed: UInt64
        /// With `repeats`, `result` is the first seed's run and `seeds` all of them.
        public let runs: [(name: String, result: RunResult, seeds: [RunResult])]
        public let rows: [Row]
    }

    /// One trainer per dataset: a lesson's runs may name another (`set dataset fashion`).
    public let trainers: Trainers
    /// Runs already made by this check: an identical run is taken from it, not trained again.
    public let cache: RunCache

    public init(trainers: Trainers, cache: RunCache = RunCache()) {
        self.trainers = trainers
        self.cache = cache
    }

    /// Every run on `trainer`'s images, whatever its `dataset` knob says (tests' tiny data).
    public init(trainer: Trainer, cache: RunCache = RunCache()) {
        self.trainers = Trainers(memoryBudget: trainer.memoryBudget) { _ in trainer.data }
        self.cache = cache
    }

    /// Runs `lesson` with every planned run's seed set to `seed`; `onRun` hears each run's name.
    /// A cancelled run ends the lesson: its claims that need later runs have no outcome.
    public func check(
        _ lesson: Lesson, seed: UInt64, onRun: (String) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(HintedError) -> Checked {
        var runs: [(name: String, result: RunResult, seeds: [RunResult])] = []
        lessonRuns: for planned in LessonPlan(lesson).runs {
            if isCancelled() { break }
            onRun(planned.name)
            // With `repeats N`, the seeds `seed` to `seed + N - 1`, each the single run of its
            // seed (as the tutor runs them, bit for bit), each taken from the cache when made.
            var seeds: [RunResult] = []
            for offset in 0..<UInt64(max(1, planned.config.repeats)) {
                var config = planned.config
                config.seed = seed &+ offset
                config.repeats = 1
                let result: RunResult
                if let cached = cache.result(for: config) {
                    result = cached
                } else {
                    result = try trainers.run(config, isCancelled: isCancelled)
                    cache.store(result)
                }
                guard result.status != .cancelled else { break lessonRuns }
                seeds.append(result)
            }
            guard let first = seeds.first else { break }
            runs.append((planned.name, first, seeds))
        }
        var figures: [String: RunFigures] = [:]
        for run in runs { figures[run.name] = RunFigures(run.result, seeds: run.seeds, name: run.name) }
        let rows = lesson.claims.map { claim in
            Row(lesson: lesson.number, claim: claim.source, seed: seed, outcome: claim.evaluate { figures[$0] })
        }
        return Checked(lesson: lesson.number, seed: seed, runs: runs, rows: rows)
    }
}
