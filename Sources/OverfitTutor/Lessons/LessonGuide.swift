import OverfitLessons
import OverfitTraining

/// The guided path: which lesson and step the learner is on, what the tutor is waiting for, and
/// the runs each lesson has made. It presents steps and advances when the learner does what a
/// step asks; anything else they type runs as free play. It never writes the session: each hook
/// returns a `GuideReply` (words to show, knobs to set) that the session applies.
public final class LessonGuide {
    /// What the learner is asked for now.
    enum Waiting: Equatable {
        case nothing
        /// A command to type (Enter types it for them).
        case command(String)
        /// `run`, recorded under the step's name.
        case run(String)
        /// An answer to a prediction question.
        case prediction(Prediction)
        /// The first start offers lesson N (Enter starts it); a later start offers to continue it.
        case offer(Int, resuming: Bool)
        /// The lesson is over; Enter or `next` starts the next one.
        case finished
    }

    /// Every lesson text, English with its translations.
    public let texts: LessonLibrary
    /// The lessons in the language being spoken (the experiment is the same in all of them).
    public var library: LessonLibrary { texts.texts(in: language) ?? texts }
    /// The session's language: the lesson being followed is read again in it, at the same step
    /// (a translation mirrors its original step for step).
    var language = Language.english {
        didSet {
            guard language != oldValue, let number = lesson?.number else { return }
            lesson = library.lesson(number: number) ?? lesson
        }
    }
    let progressPath: String?
    var progress: LessonProgress
    var lesson: Lesson?
    var stepIndex = 0
    var waiting = Waiting.nothing
    /// The current lesson's named runs and the session run ids they got.
    var runIDs: [String: Int] = [:]
    /// Every lesson run's name across lessons, the latest run of a name winning: `compare base
    /// rot` still works after the lesson that made them is over.
    var namedRuns: [String: Int] = [:]
    /// Answers given to prediction questions, by the run they are about.
    var answers: [String: (prediction: Prediction, answer: PredictionAnswer)] = [:]
    /// Lessons finished in this session, by number (the latest pass of each), for `recap`.
    var finished: [Int: LessonRecord] = [:]
    /// The lesson and step whose hint was shown last: at a terminal, Enter shows a step's hint
    /// first and types its command only after it, so the learner sees what to type.
    var hintedStep: (lesson: Int, step: Int)?

    /// Back to no lesson and no named runs, before another session replaces this one. The
    /// lessons marked done stay done: they are the learner's, not the session's.
    func forgetSession() {
        lesson = nil
        stepIndex = 0
        waiting = .nothing
        runIDs = [:]
        namedRuns = [:]
        answers = [:]
        finished = [:]
    }

    public init(library: LessonLibrary, progressPath: String?) {
        texts = library
        self.progressPath = progressPath
        progress = progressPath.flatMap(LessonProgress.load(path:)) ?? LessonProgress()
        if let number = progress.lesson, let saved = library.lesson(number: number) {
            progress.step = min(progress.step, saved.steps.count)
        }
    }

    /// What to say when the tutor starts on a terminal: an offer of lesson 1 the first time, a
    /// welcome back after that.
    public func welcome(style: RenderStyle) -> String {
        let text = greeting(style: style)
        return text.isEmpty ? "" : Text.wrap(text, width: style.width) + "\n"
    }

    func greeting(style: RenderStyle) -> String {
        if let number = progress.lesson, let saved = library.lesson(number: number), !progress.done.contains(number) {
            waiting = .offer(number, resuming: true)
            let position = Self.position(of: progress.step, in: saved, waitingThere: true)
            return style.say(
                .welcomeBack,
                [
                    "number": String(number), "title": saved.title, "step": String(position.step),
                    "of": String(position.of),
                ])
        }
        guard let first = library.lessons.first(where: { !progress.done.contains($0.number) }) else {
            guard let challenge = library.challenge ?? library.lessons.last else { return "" }
            let values = ["challenge.number": String(challenge.number), "challenge.title": challenge.title]
            return library.messages.text(.allDone, values: values) ?? ""
        }
        waiting = .offer(first.number, resuming: false)
        let values = ["number": String(first.number), "title": first.title, "goal": first.goal]
        return style.say(progress.done.isEmpty ? .welcomeNew : .welcomeNext, values)
    }

    public var isInLesson: Bool { lesson != nil }

    /// The prompt: `overfit 5/11> ` in a lesson, `overfit> ` outside one.
    var prompt: String {
        guard let lesson else { return Session.prompt }
        return "overfit \(lesson.number)/\(library.lessons.count)> "
    }

    /// The step the learner is on, counting only the steps that ask something of them (a
    /// command, a run, a prediction): what `where`, `back` and the welcome back all say.
    var position: (step: Int, of: Int) {
        guard let lesson else { return (0, 0) }
        let waitingHere: Bool
        switch waiting {
        case .command, .run, .prediction: waitingHere = true
        default: waitingHere = false
        }
        return Self.position(of: stepIndex, in: lesson, waitingThere: waitingHere)
    }

    /// Step `index`'s number among the asking steps: those before it, plus it if it waits there
    /// (at least 1: a lesson not yet begun is on its first step; at most the count).
    static func position(of index: Int, in lesson: Lesson, waitingThere: Bool) -> (step: Int, of: Int) {
        let asking = lesson.steps.indices.filter { asks(lesson.steps[$0]) }
        let before = asking.count { $0 < index }
        let step = before + (waitingThere || before == 0 || index < lesson.steps.count ? 1 : 0)
        return (min(max(1, step), max(1, asking.count)), asking.count)
    }

    /// The lesson file and line of the step waiting for a command: where a command Enter or
    /// `next` types for the learner comes from (so it may not write files or leave).
    var stepOrigin: CommandOrigin? {
        guard case .command = waiting, let lesson, stepIndex < lesson.steps.count else { return nil }
        return CommandOrigin(kind: .lesson, file: lesson.file, line: lesson.steps[stepIndex].line)
    }

    /// The run id for a lesson run's name, for `compare base drop`.
    func runID(named name: String) -> Int? { runIDs[name] ?? namedRuns[name] }

    func plannedConfig(before index: Int, in lesson: Lesson) -> RunConfig {
        LessonPlan.config(before: index, in: lesson)
    }

    func figures(_ name: String, session: Session) -> RunFigures? {
        figures(name, ids: runIDs, session: session)
    }

    func figures(_ name: String, ids: [String: Int], session: Session) -> RunFigures? {
        guard let id = ids[name], let record = session.state.runs.first(where: { $0.id == id }) else { return nil }
        var figures = RunFigures(record.result, seeds: record.seeds, name: name)
        figures.points = TutorMessages.installed(language).text(.unitPoints, ["value": "{value}"])
        return figures
    }

    func fill(_ text: String, session: Session) -> String {
        Template.fill(text, words: session.style.words) { self.figures($0, session: session) }
    }

    func saveProgress(_ session: Session) {
        // A second tutor on the same data directory leaves the first's progress alone.
        guard !session.mode.replaying, session.options.ownsDataDirectory, let progressPath else { return }
        progress.lesson = lesson?.number
        progress.step = stepIndex
        progress.save(path: progressPath)
    }

    static func asks(_ step: Step) -> Bool {
        switch step.kind {
        case .command, .run, .predict: return true
        default: return false
        }
    }

    static func normalised(_ line: String) -> String {
        line.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
