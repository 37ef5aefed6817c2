import OverfitTraining

/// The runs a lesson makes, derived from its steps: the start config, then each `do: set …` and
/// `do: reset …` applied in order, recorded at every `run:` step. `check-lessons` runs exactly
/// these, and the tutor shows a learner who strays what the lesson expected.
public struct LessonPlan: Sendable {
    public struct PlannedRun: Sendable {
        public let name: String
        public let config: RunConfig
        public let stepIndex: Int
    }

    public let runs: [PlannedRun]

    public init(_ lesson: Lesson) {
        runs = lesson.steps.indices.compactMap { index in
            guard case .run(let name, _) = lesson.steps[index].kind else { return nil }
            return PlannedRun(name: name, config: Self.config(before: index, in: lesson), stepIndex: index)
        }
    }

    /// The knobs the lesson has set before step `index`: its start, then its commands in order.
    public static func config(before index: Int, in lesson: Lesson) -> RunConfig {
        let start = lesson.startConfig
        var config = start
        for step in lesson.steps.prefix(index) {
            if case .command(let command, _) = step.kind { apply(command, to: &config, start: start) }
        }
        return config
    }

    /// Applies a `set` or `reset` command line to `config`, as the tutor would; other commands
    /// change no knob. (The parser has refused lessons whose `set` or `reset` the tutor refuses.)
    public static func apply(_ command: String, to config: inout RunConfig, start: RunConfig) {
        if let parsed = try? KnobCommand.parse(line: command) {
            config = parsed.applied(to: config, baseline: start)
        }
    }
}
