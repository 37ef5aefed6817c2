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
    }

    public let trainer: Trainer

    public init(trainer: Trainer) {
        self.trainer = trainer
    }

    /// Runs `lesson` with every planned run's seed set to `seed`; `onRun` hears each run's name.
    public func check(_ lesson: Lesson, seed: UInt64, onRun: (String) -> Void = { _ in },
                      isCancelled: () -> Bool = { false }) throws(ConfigError) -> [Row] {
        var results: [String: RunFigures] = [:]
        for planned in LessonPlan(lesson).runs {
            if isCancelled() { break }
            onRun(planned.name)
            var config = planned.config
            config.seed = seed
            let result = try trainer.run(config, isCancelled: isCancelled)
            guard result.status != .cancelled else { break }
            results[planned.name] = RunFigures(result)
        }
        return lesson.claims.map { claim in
            Row(lesson: lesson.number, claim: claim.source, seed: seed, outcome: claim.evaluate { results[$0] })
        }
    }
}
