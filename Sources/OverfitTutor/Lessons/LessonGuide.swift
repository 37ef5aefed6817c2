import OverfitLessons
import OverfitTraining

/// The guided path: which lesson and step the learner is on, what the tutor is waiting for, and
/// the runs each lesson has made. It presents steps through the session and advances when the
/// learner does what a step asks; anything else they type runs as free play.
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

    public let library: LessonLibrary
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
    var answers: [String: (prediction: Prediction, answer: String)] = [:]

    /// Back to no lesson and no named runs, before another session replaces this one. The
    /// lessons marked done stay done: they are the learner's, not the session's.
    func forgetSession() {
        lesson = nil
        stepIndex = 0
        waiting = .nothing
        runIDs = [:]
        namedRuns = [:]
        answers = [:]
    }

    public init(library: LessonLibrary, progressPath: String?) {
        self.library = library
        self.progressPath = progressPath
        progress = progressPath.flatMap(LessonProgress.load(path:)) ?? LessonProgress()
        if let number = progress.lesson, let saved = library.lesson(number: number) {
            progress.step = min(progress.step, saved.steps.count)
        }
    }

    /// What to say when the tutor starts on a terminal: an offer of lesson 1 the first time, a
    /// welcome back after that.
    public func welcome(style: RenderStyle) -> String {
        let text = greeting()
        return text.isEmpty ? "" : Text.wrap(text, width: style.width) + "\n"
    }

    func greeting() -> String {
        if let number = progress.lesson, let saved = library.lesson(number: number), !progress.done.contains(number) {
            waiting = .offer(number, resuming: true)
            let step = min(progress.step + 1, saved.steps.count)
            return "Welcome back: lesson \(number) (\(saved.title)), step \(step) of \(saved.steps.count). Press Enter to pick it up, or type `lessons` to choose another."
        }
        guard let first = library.lessons.first(where: { !progress.done.contains($0.number) }) else {
            guard let challenge = library.challenge ?? library.lessons.last else { return "" }
            let values = ["challenge.number": String(challenge.number), "challenge.title": challenge.title]
            return library.messages.text(.allDone, values: values) ?? ""
        }
        waiting = .offer(first.number, resuming: false)
        let opening = progress.done.isEmpty ? "New here? " : ""
        return "\(opening)Press Enter to start lesson \(first.number), \(first.title): \(first.goal)"
    }

    // MARK: the session's hooks

    /// The line the session should execute: Enter does what the step asks; a bare answer to a
    /// prediction becomes `answer …` (so the session file replays it as a command).
    func rewrite(_ line: String, isCommand: (String) -> Bool) -> String {
        let trimmed = line.trimmingCharacters(in: " \t")
        if trimmed.isEmpty {
            switch waiting {
            case .command(let command): return command
            case .run: return "run"
            case .offer(let number, let resuming): return resuming ? "continue" : "lesson \(number)"
            // Enter at a question: `next` says what the question takes.
            case .prediction: return "next"
            case .finished: return library.lessons.contains { $0.number > (lesson?.number ?? 0) } ? "next" : line
            default: return line
            }
        }
        if case .prediction = waiting, let first = trimmed.split(separator: " ").first, !isCommand(String(first)) {
            return "answer " + trimmed
        }
        return line
    }

    /// After any command succeeded: the awaited command was typed, or the knobs now are what
    /// the step would have made them.
    func commandSucceeded(_ line: String, session: Session) {
        guard case .command(let expected) = waiting, let lesson else { return }
        let typed = Self.normalised(line)
        let sameCommand = typed == Self.normalised(expected)
        let sameKnobs = ["set", "reset"].contains(typed.split(separator: " ").first.map(String.init) ?? "")
            && session.config == plannedConfig(before: stepIndex + 1, in: lesson)
        guard sameCommand || sameKnobs else { return }
        stepIndex += 1
        present(session)
    }

    /// Before a run the step asked for: a word if the knobs are not the lesson's, since the
    /// lesson's claims and the prediction are about its own settings.
    func noteBeforeRun(_ config: RunConfig) -> String? {
        guard case .run(let name) = waiting, let lesson else { return nil }
        guard let list = LessonNarration.knobsDiffering(config, from: plannedConfig(before: stepIndex, in: lesson)) else { return nil }
        return "Note: this run becomes the lesson's `\(name)`, but with your knobs, not the lesson's: \(list). What the lesson says next is about its own settings; `back` afterwards returns to this step with the lesson's knobs."
    }

    /// After every run: a run the step asked for is recorded under its name.
    func runFinished(_ record: Session.RunRecord, session: Session) {
        guard case .run(let name) = waiting else { return }
        guard record.result.status != .cancelled else {
            session.write(Text.wrap("The run was stopped, so the lesson has no figures for `\(name)` yet: type `run` (or press Enter) to make it again, or `skip`.", width: session.style.width) + "\n")
            return
        }
        runIDs[name] = record.id
        namedRuns[name] = record.id
        session.write(LessonNarration.afterRun(name: name, record: record, guide: self, session: session))
        stepIndex += 1
        present(session)
    }

    public var isInLesson: Bool { lesson != nil }

    /// The lesson file and line of the step waiting for a command: where a command Enter or
    /// `next` types for the learner comes from (so it may not write files or leave).
    var stepOrigin: CommandOrigin? {
        guard case .command = waiting, let lesson, stepIndex < lesson.steps.count else { return nil }
        return CommandOrigin(kind: .lesson, file: lesson.file, line: lesson.steps[stepIndex].line)
    }

    /// The run id for a lesson run's name, for `compare base drop`.
    func runID(named name: String) -> Int? { runIDs[name] ?? namedRuns[name] }

    // MARK: moving along the path

    func start(_ number: Int, session: Session) throws(HintedError) {
        guard let chosen = library.lesson(number: number) else {
            throw HintedError("there is no lesson \(number)", hint: library.lessons.isEmpty ? "no lesson files were found" : "`lessons` lists lessons \(library.lessons.first?.number ?? 1) to \(library.lessons.last?.number ?? 1)")
        }
        lesson = chosen
        stepIndex = 0
        runIDs = [:]
        answers = [:]
        // Every knob the lesson moves, whoever set it before: nothing changes unannounced.
        let reset = chosen.startConfig.differences(from: session.config)
        session.baseline = chosen.startConfig
        session.config = chosen.startConfig
        session.write(LessonNarration.title(chosen, style: session.style))
        if !reset.isEmpty {
            let list = reset.map { "\($0.name) \($0.old) \(session.style.arrow) \($0.new)" }.joined(separator: ", ")
            session.write(Text.wrap("The lesson sets its knobs: \(list).", width: session.style.width) + "\n\n")
        }
        present(session)
    }

    /// Presents steps from `stepIndex` on until one needs the learner.
    func present(_ session: Session) {
        guard let lesson else { return }
        waiting = .nothing
        while stepIndex < lesson.steps.count {
            let step = lesson.steps[stepIndex]
            switch step.kind {
            case .say(let text):
                session.write(LessonNarration.prose(fill(text, session: session), style: session.style))
            case .published(let text):
                session.write(LessonNarration.published(text, style: session.style))
            case .claim(let claim, let note):
                session.write(LessonNarration.claim(claim, note: fill(note, session: session), lesson: lesson.number,
                                                    figures: { self.figures($0, session: session) }, style: session.style))
            case .command(let command, let note):
                waiting = .command(command)
                session.write(LessonNarration.ask(command: command, note: fill(note, session: session), style: session.style))
                saveProgress(session)
                return
            case .run(let name, let note):
                waiting = .run(name)
                session.write(LessonNarration.askRun(name: name, note: fill(note, session: session), config: session.config,
                                                     planned: plannedConfig(before: stepIndex, in: lesson), style: session.style))
                saveProgress(session)
                return
            case .predict(let prediction, let question):
                waiting = .prediction(prediction)
                session.write(LessonNarration.askPrediction(prediction, question: fill(question, session: session), style: session.style))
                saveProgress(session)
                return
            }
            stepIndex += 1
        }
        waiting = .finished
        progress.done.insert(lesson.number)
        let following = library.lessons.first { $0.number > lesson.number }
        session.write(LessonNarration.recap(lesson.recap.map { fill($0, session: session) }, style: session.style))
        session.write(LessonNarration.finished(lesson, next: following, style: session.style))
        saveProgress(session)
    }

    /// Records the learner's answer to the current prediction question.
    func answer(_ text: String, session: Session) throws(HintedError) {
        guard case .prediction(let prediction) = waiting else {
            throw HintedError("there is no question to answer right now", hint: "`where` says what the lesson is waiting for")
        }
        let answer = try LessonNarration.parseAnswer(text, for: prediction)
        answers[prediction.run] = (prediction, answer)
        let shown = prediction.baseline == nil ? Double(answer).map(prediction.metric.format) ?? answer : answer
        session.write("Noted: \(shown). Let's see.\n")
        stepIndex += 1
        present(session)
    }

    /// Back to the step before the current one that asked something of the learner.
    func back(session: Session) throws(HintedError) {
        guard let lesson else { throw HintedError("no lesson in progress", hint: "`lessons` lists them; `lesson 1` starts the first") }
        let earlier = lesson.steps.indices.filter { $0 < stepIndex && Self.asks(lesson.steps[$0]) }
        guard let target = earlier.last else { throw HintedError("this is the lesson's first step", hint: "`where` says where you are") }
        stepIndex = target
        session.config = plannedConfig(before: stepIndex, in: lesson)
        present(session)
    }

    /// Moves past the current step without doing it (a skipped command's knobs are set anyway,
    /// so later runs are the lesson's).
    func skip(session: Session) throws(HintedError) {
        guard let lesson, stepIndex < lesson.steps.count else {
            throw HintedError("nothing to skip", hint: lesson == nil ? "`lessons` lists the lessons" : "the lesson is over: `next` starts the next one")
        }
        if case .command = waiting { session.config = plannedConfig(before: stepIndex + 1, in: lesson) }
        stepIndex += 1
        present(session)
    }

    /// Back to the lesson after free play: the lesson's knobs for this point, and the step again.
    /// Runs from a session that is gone cannot be shown, so such a lesson starts over.
    func resume(session: Session) throws(HintedError) {
        if lesson == nil, let number = progress.lesson, let saved = library.lesson(number: number) {
            lesson = saved
            let needed = saved.steps.prefix(progress.step).compactMap { step -> String? in
                if case .run(let name, _) = step.kind { return name } else { return nil }
            }
            if needed.isEmpty {
                stepIndex = min(progress.step, saved.steps.count)
                session.write(LessonNarration.title(saved, style: session.style))
            } else {
                try start(number, session: session)
                session.write(Text.wrap("(The runs from your last visit are not in this session, so the lesson starts again from the top.)", width: session.style.width) + "\n")
                return
            }
        }
        guard let lesson else { throw HintedError("no lesson in progress", hint: "`lessons` lists them; `lesson 1` starts the first") }
        session.baseline = lesson.startConfig
        session.config = plannedConfig(before: stepIndex, in: lesson)
        present(session)
    }

    // MARK: figures and plans

    func plannedConfig(before index: Int, in lesson: Lesson) -> RunConfig {
        LessonPlan.config(before: index, in: lesson)
    }

    func figures(_ name: String, session: Session) -> RunFigures? {
        guard let id = runIDs[name], let record = session.runs.first(where: { $0.id == id }) else { return nil }
        return RunFigures(record.result)
    }

    func fill(_ text: String, session: Session) -> String {
        Template.fill(text) { self.figures($0, session: session) }
    }

    func saveProgress(_ session: Session) {
        // A second tutor on the same data directory leaves the first's progress alone.
        guard !session.replaying, session.options.ownsDataDirectory, let progressPath else { return }
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
