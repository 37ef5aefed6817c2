import OverfitLessons
import OverfitTraining

/// The session's hooks: what Enter means, a command the step waited for, a run the step asked for.
extension LessonGuide {
    /// The line the session should execute: Enter does what the step asks; a bare answer to a
    /// prediction becomes `answer …` (so the session file replays it as a command).
    func rewrite(_ line: String, isCommand: (String) -> Bool, interactive: Bool = false) -> String {
        let trimmed = line.trimmingCharacters(in: " \t")
        if trimmed.isEmpty {
            switch waiting {
            // At a terminal the first Enter shows the hint, the next types the command.
            case .command(let command): return interactive && !hintShown ? "hint" : command
            case .run: return interactive && !hintShown ? "hint" : "run"
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

    /// Whether the current step's hint has been shown (by Enter or `hint`).
    var hintShown: Bool {
        guard let lesson, let hintedStep else { return false }
        return hintedStep.lesson == lesson.number && hintedStep.step == stepIndex
    }

    /// Counts a command the current step asks for: typed by the learner, or by Enter for them.
    func countTyped(_ typed: String, byEnter: Bool) {
        guard let lesson else { return }
        let expected: String
        switch waiting {
        case .command(let command): expected = command
        case .run: expected = "run"
        default: return
        }
        if byEnter {
            progress.countTyped(lesson: lesson.number, byLearner: false)
        } else if Self.normalised(typed) == Self.normalised(expected) {
            progress.countTyped(lesson: lesson.number, byLearner: true)
        }
    }

    /// After any command succeeded: the awaited command was typed, or the knobs now are what
    /// the step would have made them.
    func commandSucceeded(_ line: String, session: Session) -> GuideReply {
        var reply = GuideReply()
        guard case .command(let expected) = waiting, let lesson else { return reply }
        let typed = Self.normalised(line)
        let sameCommand = typed == Self.normalised(expected)
        let sameKnobs =
            ["set", "reset"].contains(typed.split(separator: " ").first.map(String.init) ?? "")
            && session.state.config == plannedConfig(before: stepIndex + 1, in: lesson)
        guard sameCommand || sameKnobs else { return reply }
        stepIndex += 1
        present(session, into: &reply)
        return reply
    }

    /// Before a run the step asked for: a word if the knobs are not the lesson's, since the
    /// lesson's claims and the prediction are about its own settings.
    func noteBeforeRun(_ config: RunConfig, style: RenderStyle) -> String? {
        guard case .run(let name) = waiting, let lesson else { return nil }
        guard
            let list = LessonNarration.knobsDiffering(
                config, from: plannedConfig(before: stepIndex, in: lesson), style: style)
        else { return nil }
        return style.say(.lessonNoteBeforeRun, ["name": name, "knobs": list])
    }

    /// After every run: a run the step asked for is recorded under its name, and the prediction
    /// about it judged and tallied.
    func runFinished(_ record: Session.RunRecord, session: Session) -> GuideReply {
        var reply = GuideReply()
        guard case .run(let name) = waiting else { return reply }
        guard record.result.status != .cancelled else {
            reply.say(
                Text.wrap(session.style.say(.lessonRunStopped, ["name": name]), width: session.style.width) + "\n")
            return reply
        }
        runIDs[name] = record.id
        namedRuns[name] = record.id
        let verdict = answers[name].map {
            $0.answer.verdict(
                $0.prediction, figures: { self.figures($0, session: session) }, words: session.style.words)
        }
        if let right = verdict?.right, let number = lesson?.number {
            progress.predictions[number, default: [:]][name] = right
        }
        reply.say(LessonNarration.afterRun(name: name, record: record, verdict: verdict, guide: self, session: session))
        stepIndex += 1
        present(session, into: &reply)
        return reply
    }
}
