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

    /// Applies a `set` or `reset` command line to `config`; other commands change no knob.
    public static func apply(_ command: String, to config: inout RunConfig, start: RunConfig) {
        let words = command.split(separator: " ").map(String.init)
        switch words.first {
        case "set":
            for index in stride(from: 1, to: words.count - 1, by: 2) { try? config.set(words[index], to: words[index + 1]) }
        case "reset":
            if words.count == 1 { config = start }
            for knob in words.dropFirst() {
                if let value = try? start.value(of: knob) { try? config.set(knob, to: value) }
            }
        default:
            break
        }
    }
}
