import OverfitTraining

/// One lesson of the guided path, as its file in `lessons/` describes it.
public struct Lesson: Sendable {
    /// The file it came from, for messages.
    public let file: String
    /// Its place on the path (from the `lesson:` line).
    public let number: Int
    public let title: String
    public let goal: String
    /// Which source documents it re-runs, in words (e.g. "the lab slides, Deep Learning from Scratch").
    public let sources: String
    /// Knob settings the lesson starts from, on top of the defaults.
    public let start: KnobSettings
    /// Settings a run must keep to be ranked by `rank` (the challenge's rules); usually none.
    public let rules: KnobSettings
    public let steps: [Step]
    /// "What you saw": a few lines from the `recap:` block, with placeholders and conditionals,
    /// filled from the learner's runs when the lesson ends (and by `recap FILE.md`).
    public let recap: [String]

    public init(
        file: String, number: Int, title: String, goal: String, sources: String, start: KnobSettings,
        rules: KnobSettings, steps: [Step], recap: [String] = []
    ) {
        self.file = file
        self.number = number
        self.title = title
        self.goal = goal
        self.sources = sources
        self.start = start
        self.rules = rules
        self.steps = steps
        self.recap = recap
    }

    /// The config the lesson starts from: the defaults with `start` applied.
    public var startConfig: RunConfig { start.applied(to: RunConfig()) }

    /// The names of the runs the lesson asks for, in order.
    public var runNames: [String] {
        steps.compactMap { if case .run(let name, _) = $0.kind { return name } else { return nil } }
    }

    public var claims: [Claim] {
        steps.compactMap { if case .claim(let claim, _) = $0.kind { return claim } else { return nil } }
    }
}

/// A step: prose to read, a command to type, a run to make, a prediction to commit to, a claim
/// to check, or the source's published figure to set beside ours.
public struct Step: Sendable {
    public enum Kind: Sendable {
        /// Prose; may hold `{run.metric}` placeholders filled from this lesson's runs.
        case say(String)
        /// A command the learner is asked to type (checked when they do, or typed for them).
        case command(String, note: String)
        /// `run` recorded under `name`, for claims and placeholders.
        case run(name: String, note: String)
        /// A question asked before a run; the answer is compared with the run afterwards.
        case predict(Prediction, question: String)
        /// A statement the runs must bear out; `note` explains what it shows.
        case claim(Claim, note: String)
        /// What the source document published, shown next to our figures.
        case published(String)
    }

    public let kind: Kind
    /// The line of the lesson file the step starts on.
    public let line: Int
    /// A nudge for `hint` while the learner is on this step.
    public let hint: String?
}

/// A prediction the learner makes about a run before it happens.
public struct Prediction: Sendable, Equatable {
    /// The run the prediction is about, and the figure predicted.
    public let run: String
    public let metric: RunFigure
    /// The run compared against (`nil` for a number prediction).
    public let baseline: String?
    /// For a yes/no question ("will test accuracy keep rising?"): the outcome "yes" stands for.
    public let yesMeans: Direction?

    public init(run: String, metric: RunFigure, baseline: String?, yesMeans: Direction? = nil) {
        self.run = run
        self.metric = metric
        self.baseline = baseline
        self.yesMeans = yesMeans
    }

    /// Answers a learner can give to a comparison question.
    public enum Direction: String, Sendable, CaseIterable { case higher, lower, same }

    /// What actually happened, in the terms of the question. "same" means within 1 point
    /// (accuracies) or 5% (losses).
    public func outcome(_ figures: (String) -> RunFigures?) -> Direction? {
        guard let baseline, let after = figures(run)?.value(metric), let before = figures(baseline)?.value(metric)
        else {
            return nil
        }
        let tolerance = metric.isAccuracy ? 0.01 : abs(before) * 0.05
        // A hair of slack so 100% against 99% counts as one point, not a float more.
        if abs(after - before) <= tolerance + 1e-9 { return .same }
        return after > before ? .higher : .lower
    }
}
