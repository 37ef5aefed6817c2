import OverfitLessons
import OverfitTraining

/// Moving along the path: start, present, answer, back, skip, resume. Each returns what the
/// session is to show and set (`GuideReply`).
extension LessonGuide {
    func start(_ number: Int, session: Session) throws(HintedError) -> GuideReply {
        guard let chosen = library.lesson(number: number) else {
            let style = session.style
            throw HintedError(
                style.say(.errorNoLesson, ["number": String(number)]),
                hint: library.lessons.isEmpty
                    ? style.say(.hintNoLessonFiles)
                    : style.say(
                        .hintLessonsRange,
                        [
                            "first": String(library.lessons.first?.number ?? 1),
                            "last": String(library.lessons.last?.number ?? 1),
                        ]))
        }
        lesson = chosen
        stepIndex = 0
        runIDs = [:]
        answers = [:]
        var reply = GuideReply(config: chosen.startConfig, baseline: chosen.startConfig)
        // Every knob the lesson moves, whoever set it before: nothing changes unannounced.
        let reset = chosen.startConfig.differences(from: session.state.config)
        reply.say(LessonNarration.title(chosen, style: session.style))
        if !reset.isEmpty {
            let list = reset.map { "\($0.name) \($0.old) \(session.style.arrow) \($0.new)" }.joined(separator: ", ")
            reply.say(
                Text.wrap(session.style.say(.lessonSetsKnobs, ["knobs": list]), width: session.style.width) + "\n\n")
        }
        present(session, into: &reply)
        return reply
    }

    /// Presents steps from `stepIndex` on until one needs the learner.
    func present(_ session: Session, into reply: inout GuideReply) {
        guard let lesson else { return }
        let style = session.style
        waiting = .nothing
        while stepIndex < lesson.steps.count {
            let step = lesson.steps[stepIndex]
            switch step.kind {
            case .say(let text):
                reply.say(LessonNarration.prose(fill(text, session: session), style: style))
            case .published(let text):
                reply.say(LessonNarration.published(text, style: style))
            case .claim(let claim, let note):
                reply.say(
                    LessonNarration.claim(
                        claim, note: fill(note, session: session), lesson: lesson.number,
                        figures: { self.figures($0, session: session) },
                        strayed: strayed(claim.runs, in: lesson, session: session), style: style))
            case .command(let command, let note):
                waiting = .command(command)
                reply.say(LessonNarration.ask(command: command, note: fill(note, session: session), style: style))
                saveProgress(session)
                return
            case .run(let name, let note):
                waiting = .run(name)
                reply.say(
                    LessonNarration.askRun(
                        name: name, note: fill(note, session: session), config: reply.configAfter(session.state.config),
                        planned: plannedConfig(before: stepIndex, in: lesson), style: style))
                saveProgress(session)
                return
            case .predict(let prediction, let question):
                waiting = .prediction(prediction)
                reply.say(
                    LessonNarration.askPrediction(
                        prediction, question: fill(question, session: session), style: style, language: language))
                saveProgress(session)
                return
            }
            stepIndex += 1
        }
        finish(lesson, session: session, into: &reply)
    }

    /// How the learner's runs `names` differ from the lesson's plan (`dropout 0.3 (lesson: 0)`),
    /// and the seed they ran with; a failed claim says which of the two it was.
    func strayed(_ names: [String], in lesson: Lesson, session: Session) -> (knobs: String?, seed: UInt64?) {
        let planned = LessonPlan(lesson).runs
        var lists: [String] = []
        var seed: UInt64?
        for name in names {
            guard let id = runIDs[name], let record = session.state.runs.first(where: { $0.id == id }),
                let plan = planned.first(where: { $0.name == name })
            else { continue }
            seed = seed ?? record.result.config.seed
            if let list = LessonNarration.knobsDiffering(record.result.config, from: plan.config, style: session.style)
            {
                lists.append("`\(name)`: \(list)")
            }
        }
        return (lists.isEmpty ? nil : lists.joined(separator: "; "), seed)
    }

    /// The lesson's end: marked done, kept for `recap`, its recap and tally shown.
    func finish(_ lesson: Lesson, session: Session, into reply: inout GuideReply) {
        waiting = .finished
        progress.done.insert(lesson.number)
        finished[lesson.number] = LessonRecord(lesson: lesson, runIDs: runIDs, answers: answers)
        let following = library.lessons.first { $0.number > lesson.number }
        reply.say(LessonNarration.recap(lesson.recap.map { fill($0, session: session) }, style: session.style))
        reply.say(
            LessonNarration.finished(
                lesson, next: following, tally: progress.tally(lesson.number), style: session.style))
        saveProgress(session)
    }

    /// Records the learner's answer to the current prediction question.
    func answer(_ text: String, session: Session) throws(HintedError) -> GuideReply {
        guard case .prediction(let prediction) = waiting else {
            throw HintedError(session.style.say(.errorNoQuestion), hint: session.style.say(.hintNoQuestion))
        }
        let answer = try PredictionAnswer.parse(text, for: prediction, words: session.style.words)
        answers[prediction.run] = (prediction, answer)
        var reply = GuideReply()
        reply.say(
            session.style.say(
                .lessonNoted,
                ["answer": answer.words(prediction.metric, words: session.style.words, prediction: prediction)])
                + "\n")
        stepIndex += 1
        present(session, into: &reply)
        return reply
    }

    /// Back to the step before the current one that asked something of the learner.
    func back(session: Session) throws(HintedError) -> GuideReply {
        guard let lesson else {
            throw HintedError(
                session.style.say(.errorNoLessonInProgress), hint: session.style.say(.hintNoLessonInProgress))
        }
        let earlier = lesson.steps.indices.filter { $0 < stepIndex && Self.asks(lesson.steps[$0]) }
        guard let target = earlier.last else {
            throw HintedError(session.style.say(.errorFirstStep), hint: session.style.say(.hintFirstStep))
        }
        stepIndex = target
        let position = Self.position(of: target, in: lesson, waitingThere: true)
        var reply = GuideReply(config: plannedConfig(before: stepIndex, in: lesson))
        reply.say(session.style.say(.lessonBack, ["step": String(position.step), "of": String(position.of)]) + "\n")
        present(session, into: &reply)
        return reply
    }

    /// Moves past the current step without doing it (a skipped command's knobs are set anyway,
    /// so later runs are the lesson's).
    func skip(session: Session) throws(HintedError) -> GuideReply {
        guard let lesson, stepIndex < lesson.steps.count else {
            let style = session.style
            throw HintedError(
                style.say(.errorNothingToSkip),
                hint: style.say(lesson == nil ? .hintNothingToSkipNoLesson : .hintNothingToSkipOver))
        }
        var reply = GuideReply()
        if case .command = waiting { reply.config = plannedConfig(before: stepIndex + 1, in: lesson) }
        stepIndex += 1
        present(session, into: &reply)
        return reply
    }

    /// Back to the lesson after free play: the lesson's knobs for this point, and the step again.
    /// Runs from a session that is gone cannot be shown, so such a lesson starts over.
    func resume(session: Session) throws(HintedError) -> GuideReply {
        var reply = GuideReply()
        if lesson == nil, let number = progress.lesson, let saved = library.lesson(number: number) {
            let needed = saved.steps.prefix(progress.step).compactMap { step -> String? in
                if case .run(let name, _) = step.kind { return name } else { return nil }
            }
            if !needed.isEmpty {
                reply = try start(number, session: session)
                reply.say(
                    Text.wrap(session.style.say(.lessonRestarted), width: session.style.width) + "\n")
                return reply
            }
            lesson = saved
            stepIndex = min(progress.step, saved.steps.count)
            reply.say(LessonNarration.title(saved, style: session.style))
        }
        guard let lesson else {
            throw HintedError(
                session.style.say(.errorNoLessonInProgress), hint: session.style.say(.hintNoLessonInProgress))
        }
        reply.baseline = lesson.startConfig
        reply.config = plannedConfig(before: stepIndex, in: lesson)
        present(session, into: &reply)
        return reply
    }
}
