import OverfitData
import OverfitLessons
import OverfitTraining

/// The guided path: lessons, lesson N, next, back, where, hint, skip, continue, answer; and two
/// commands lessons lean on: rank (the challenge's leaderboard) and rotations (lesson 7's copies).
public enum LessonCommands {
    static let commands: [Command] = [
        Command(
            name: "lessons", usage: "lessons", lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                try noArguments("lessons", arguments, style: session.style)
                session.write(LessonNarration.list(try session.lessonGuide(), style: session.style))
            }),
        Command(
            name: "lesson", aliases: ["start"], usage: "lesson N",
            complete: { session, _ in .words(session.guide?.library.lessons.map { String($0.number) } ?? []) },
            changesState: true,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let number = Int(arguments[0]) else {
                    throw HintedError(
                        session.style.say(.errorLessonNumber), hint: session.style.say(.hintLessonNumber))
                }
                session.apply(try session.lessonGuide().start(number, session: session))
            }),
        Command(
            name: "next", usage: "next",
            changesState: true,
            handler: { session, arguments throws(HintedError) in
                try noArguments("next", arguments, style: session.style)
                let guide = try session.lessonGuide()
                switch guide.waiting {
                case .command(let command):
                    try session.perform(
                        command, from: guide.stepOrigin ?? CommandOrigin(kind: .lesson, file: "the lesson", line: nil))
                case .run: try session.perform("run")
                case .prediction(let prediction):
                    throw HintedError(
                        session.style.say(
                            .errorAnswerFirst,
                            ["expected": LessonNarration.expectedAnswer(prediction, words: session.style.words)]),
                        hint: session.style.say(.hintOrSkip))
                case .offer(let number, let resuming):
                    session.apply(
                        resuming ? try guide.resume(session: session) : try guide.start(number, session: session))
                case .finished, .nothing:
                    let after = guide.lesson?.number ?? 0
                    guard let following = guide.library.lessons.first(where: { $0.number > after }) else {
                        throw HintedError(
                            session.style.say(.errorNoNextLesson), hint: session.style.say(.hintNoNextLesson))
                    }
                    session.apply(try guide.start(following.number, session: session))
                }
            }),
        guideCommand(
            "back", changesState: true
        ) {
            guide, session throws(HintedError) in session.apply(try guide.back(session: session))
        },
        guideCommand(
            "where", lessonStep: true
        ) {
            guide, session in
            session.write(Text.wrap(whereText(guide).trimmingCharacters(in: "\n"), width: session.style.width) + "\n")
        },
        guideCommand("hint", lessonStep: true) { guide, session in
            session.write(Text.wrap(hintText(guide), width: session.style.width) + "\n")
            if let lesson = guide.lesson { guide.hintedStep = (lesson.number, guide.stepIndex) }
        },
        guideCommand(
            "skip", changesState: true
        ) {
            guide, session throws(HintedError) in session.apply(try guide.skip(session: session))
        },
        guideCommand(
            "continue", changesState: true
        ) {
            guide, session throws(HintedError) in session.apply(try guide.resume(session: session))
        },
        Command(
            name: "answer", usage: "answer higher|lower|same|NUMBER",
            changesState: true,
            handler: { session, arguments throws(HintedError) in
                let guide = try session.lessonGuide()
                if arguments.isEmpty, case .prediction(let prediction) = guide.waiting {
                    throw HintedError(
                        session.style.say(
                            .errorAnswerWhat,
                            ["expected": LessonNarration.expectedAnswer(prediction, words: session.style.words)]),
                        hint: session.style.say(
                            .hintAnswerExample,
                            ["example": PredictionAnswer.example(prediction, words: session.style.words)]))
                }
                do throws(HintedError) {
                    session.apply(try guide.answer(arguments.joined(separator: " "), session: session))
                } catch {
                    // A mistyped command at a question arrives here as an answer: `sett dropout 0.2`.
                    guard arguments.count > 1,
                        let command = Suggestion.closest(
                            to: arguments[0].lowercased(), among: CommandTable.all.map(\.name))
                    else { throw error }
                    throw HintedError(
                        session.style.say(.errorAnswerOrCommand, ["message": error.message, "command": command]),
                        hint: error.hint)
                }
            }),
        Command(
            name: "rank", usage: "rank",
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                try noArguments("rank", arguments, style: session.style)
                session.write(session.leaderboard().render(style: session.style))
            }),
        Command(
            name: "submit", usage: "submit [RUN]",
            complete: { session, _ in .words(session.leaderboard().publicBoard.map { String($0.id) }) },
            changesState: true, lessonStep: true,
            handler: { session, arguments throws(HintedError) in try submit(session, arguments) }),
        Command(
            name: "rotations", usage: "rotations [N]",
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in try rotations(session, arguments) }),
    ]

    /// A lesson command that takes no arguments and acts on the guide (an error if there are no lessons).
    static func guideCommand(
        _ name: String, changesState: Bool = false, lessonStep: Bool = false,
        _ action: @escaping @Sendable (LessonGuide, Session) throws(HintedError) -> Void
    ) -> Command {
        Command(
            name: name, usage: name, changesState: changesState, lessonStep: lessonStep,
            handler: { session, arguments throws(HintedError) in
                try noArguments(name, arguments, style: session.style)
                try action(try session.lessonGuide(), session)
            })
    }

    static func noArguments(_ name: String, _ arguments: [String], style: RenderStyle) throws(HintedError) {
        guard arguments.isEmpty else {
            throw HintedError(
                style.say(.errorNoArguments, ["command": name]),
                hint: style.say(.hintHelpCommand, ["command": name]))
        }
    }

    public static func whereText(_ guide: LessonGuide) -> String {
        let words = TutorMessages.installed(guide.language)
        guard let lesson = guide.lesson else { return words.text(.whereNone) + "\n" }
        let position = guide.position
        var values = [
            "number": String(lesson.number), "count": String(guide.library.lessons.count), "title": lesson.title,
            "step": String(position.step), "of": String(position.of),
        ]
        let key: TutorMessages.Key
        switch guide.waiting {
        case .command(let command):
            values["command"] = command
            key = .whereCommand
        case .run(let name):
            values["name"] = name
            key = .whereRun
        case .prediction(let prediction):
            values["expected"] = LessonNarration.expectedAnswer(prediction, words: words)
            key = .wherePrediction
        case .finished:
            key = guide.library.lessons.contains { $0.number > lesson.number } ? .whereDone : .whereDoneLast
        case .offer(let number, let resuming):
            values["lesson"] = String(number)
            key = resuming ? .whereResume : .whereStart
        case .nothing: key = .whereContinue
        }
        return words.text(key, values) + "\n"
    }

    static func hintText(_ guide: LessonGuide) -> String {
        let words = TutorMessages.installed(guide.language)
        guard let lesson = guide.lesson, guide.stepIndex < lesson.steps.count else {
            return words.text(guide.lesson == nil ? .hintStartPath : .hintLessonDone)
        }
        if let hint = lesson.steps[guide.stepIndex].hint { return hint }
        switch guide.waiting {
        case .command(let command): return words.text(.hintTypeCommand, ["command": command])
        case .run: return words.text(.hintTypeRun)
        case .prediction(let prediction):
            let expected = LessonNarration.expectedAnswer(prediction, words: words)
            switch prediction.kind {
            case .number: return words.text(.hintAnyNumber)
            case .nearer: return words.text(.hintNearer, ["expected": expected])
            case .direction(let against), .yesNo(let against, _):
                return words.text(.hintThink, ["run": against, "expected": expected])
            }
        default: return words.text(.hintWhere)
        }
    }

    /// `submit [RUN]`: checks the run may be submitted, records it, reveals its test accuracy.
    static func submit(_ session: Session, _ arguments: [String]) throws(HintedError) {
        let words = session.style.words
        guard arguments.count <= 1 else {
            throw HintedError(words.text(.errorSubmitOne), hint: words.text(.hintSubmitExample))
        }
        let board = session.leaderboard()
        let id: Int
        if let text = arguments.first {
            guard let number = Int(text) else {
                throw HintedError(
                    words.text(.errorSubmitId, ["typed": Text.shown(text)]), hint: words.text(.hintSubmitExample))
            }
            id = number
        } else {
            guard let leader = board.publicBoard.first else {
                throw HintedError(
                    words.text(.errorBoardEmpty),
                    hint: words.text(
                        .hintBoardEmpty, ["settings": board.rules.isEmpty ? "val_size 60" : board.rules.setWords]))
            }
            id = leader.id
        }
        guard let record = session.state.runs.first(where: { $0.id == id }) else {
            throw HintedError(words.text(.errorNoRun, ["id": String(id)]), hint: words.text(.hintRankListsPublic))
        }
        if let refusal = Leaderboard.refusal(of: record, rules: board.rules, dataset: board.dataset, words: words) {
            throw refusal
        }
        guard let entry = board.entry(for: id) else {
            throw HintedError(words.text(.errorNotOnBoard, ["id": String(id)]), hint: words.text(.hintRankListsIt))
        }
        guard !session.state.submitted.contains(entry.id) else {
            throw HintedError(
                entry.id == id
                    ? words.text(.errorAlreadySubmitted, ["id": String(id)])
                    : words.text(.errorAlreadySubmittedSame, ["id": String(id), "entry": String(entry.id)]),
                hint: words.text(.hintRankBoth))
        }
        session.state.submitted.append(entry.id)
        session.write(session.leaderboard().revealed(entry, style: session.style))
    }

    static func rotations(_ session: Session, _ arguments: [String]) throws(HintedError) {
        var index = 1
        let style = session.style
        if let text = arguments.first {
            guard arguments.count == 1, let number = Int(text), (1...60_000).contains(number) else {
                throw HintedError(
                    style.say(.errorRotationsNumber, ["got": Text.shown(arguments.joined(separator: " "))]),
                    hint: style.say(.hintRotationsNumber))
            }
            index = number
        }
        // A resume re-executes it silently: the images need not be loaded for nobody to see.
        if session.mode.muted { return }
        let train: Dataset
        do { train = try session.backend.trainingImages(of: session.state.config.dataset) } catch {
            throw HintedError(error, doing: .loadTrainingImages)
        }
        guard index <= train.count else {
            throw HintedError(style.say(.errorRotationsTooFew, ["count": String(train.count)]))
        }
        let image = Array(train.image(at: index - 1))
        var digits = [
            (
                lines: DigitArt.render(pixels: image[...], rows: train.rows, cols: train.cols, unicode: style.unicode),
                caption: style.say(.rotationsOriginal)
            )
        ]
        for angle in Augmentation.defaultRotation.rotationAngles {
            let turned = ImageTransform.rotated(image, rows: train.rows, cols: train.cols, degrees: angle)
            digits.append(
                (
                    DigitArt.render(pixels: turned[...], rows: train.rows, cols: train.cols, unicode: style.unicode),
                    "\(angle > 0 ? "+" : "")\(Int(angle))°"
                ))
        }
        session.write(
            Text.wrap(
                style.say(.rotationsHeading, ["index": String(index), "label": String(train.labels[index - 1])]),
                width: style.width) + "\n" + DigitArt.gallery(digits, style: style))
    }
}

extension Session {
    /// The challenge's boards: the runs that keep its lesson's rules on the dataset the knobs
    /// name now (a Fashion-MNIST score and an MNIST one measure different things).
    func leaderboard() -> Leaderboard {
        Leaderboard(
            runs: state.runs, rules: guide?.library.challenge?.rules ?? KnobSettings(), dataset: state.config.dataset,
            submitted: state.submitted)
    }

    func lessonGuide() throws(HintedError) -> LessonGuide {
        guard let guide else {
            throw HintedError(
                "no lessons are loaded",
                hint: "the tutor looks for lessons/ beside the datasets; OVERFIT_LESSONS names another directory")
        }
        return guide
    }
}
