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
    /// For a run (by name), the earlier run it is measured against, like for like (`run: he1
    /// against depth1`). A run with neither this nor a prediction naming one is compared with none.
    public let references: [String: String]
    /// The header's lines as written, by key (`lesson`, `start`...), with their line numbers: a
    /// translation is checked against them (`LessonMirror`).
    public internal(set) var header: [String: (value: String, line: Int)] = [:]
    /// The line of the `recap:` block (0 when there is none).
    public internal(set) var recapLine = 0

    public init(
        file: String, number: Int, title: String, goal: String, sources: String, start: KnobSettings,
        rules: KnobSettings, steps: [Step], recap: [String] = [], references: [String: String] = [:]
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
        self.references = references
    }

    /// The run `name` is compared with: the one it names with `against`, else the one its
    /// prediction compares with; nil when the lesson names none.
    public func reference(of name: String) -> String? {
        if let named = references[name] { return named }
        for step in steps {
            if case .predict(let prediction, _) = step.kind, prediction.run == name { return prediction.baseline }
        }
        return nil
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
    /// The value of the step's key line as written (`do:`, `run:`, `predict:`, `claim:`): what ties
    /// a translation's words to this step. Empty for prose.
    public internal(set) var key = ""

    /// The step's key (`say`, `do`, `run`, `predict`, `claim`, `published`), as in the file.
    public var keyword: String {
        switch kind {
        case .say: return "say"
        case .command: return "do"
        case .run: return "run"
        case .predict: return "predict"
        case .claim: return "claim"
        case .published: return "published"
        }
    }

    /// The step's own text (what a translation translates): prose, or the note under its key line.
    public var text: String {
        switch kind {
        case .say(let text), .published(let text): return text
        case .command(_, let note), .run(_, let note), .claim(_, let note): return note
        case .predict(_, let question): return question
        }
    }
}
