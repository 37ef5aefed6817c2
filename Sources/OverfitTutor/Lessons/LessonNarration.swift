import OverfitData
import OverfitLessons
import OverfitTraining

/// The words the guide prints, as pure functions of the lesson, the runs and the style.
enum LessonNarration {
    static func title(_ lesson: Lesson, style: RenderStyle) -> String {
        let rule = String(style.horizontal)
        let head =
            "\(rule)\(rule) " + style.say(.lessonHeading, ["number": String(lesson.number), "title": lesson.title])
            + " "
        var out = Text.ruled(head, style: style)
        out += Text.wrap(style.say(.lessonGoal, ["goal": lesson.goal]), width: style.width, indent: "  ") + "\n"
        out +=
            Text.wrap(style.say(.lessonReruns, ["sources": lesson.sources]), width: style.width, indent: "  ") + "\n\n"
        return out
    }

    static func prose(_ text: String, style: RenderStyle) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .reduce(into: [String]()) { paragraphs, line in
                if line.isEmpty {
                    paragraphs.append("")
                } else if let last = paragraphs.last, !last.isEmpty, !startsListItem(line) {
                    paragraphs[paragraphs.count - 1] = last + " " + line
                } else {
                    paragraphs.append(String(line))
                }
            }
            .map { paragraph in
                // A list item's later lines hang under its text, not under its marker.
                let hanging = String(repeating: " ", count: listMarkerWidth(Substring(paragraph)))
                return paragraph.isEmpty
                    ? "" : Text.wrap(paragraph, width: style.width, indent: hanging, firstIndent: "")
            }
            .joined(separator: "\n") + "\n\n"
    }

    /// `1. …` or `- …` at the start of a line begins a list item, kept on its own line.
    static func startsListItem(_ line: Substring) -> Bool {
        listMarkerWidth(line) > 0
    }

    /// Columns of `1. ` or `- ` at the start of a list item's line; 0 for other lines.
    static func listMarkerWidth(_ line: Substring) -> Int {
        if line.hasPrefix("- ") { return 2 }
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ") ? digits.count + 2 : 0
    }

    static func published(_ text: String, style: RenderStyle) -> String {
        // The lesson file may wrap a long line; the screen wraps it again to its own width.
        Text.wrap(
            style.say(
                .lessonPublished,
                ["text": text.split(separator: "\n").map { $0.trimmingCharacters(in: " \t") }.joined(separator: " ")]),
            width: style.width, indent: "  ") + "\n\n"
    }

    static func ask(command: String, note: String, style: RenderStyle) -> String {
        var out = note.isEmpty ? "" : prose(note, style: style)
        out +=
            Text.wrap(
                marker(style) + style.say(.lessonType, ["command": command]), width: style.width, indent: "  ") + "\n"
        return out
    }

    static func askRun(name: String, note: String, config: RunConfig, planned: RunConfig, style: RenderStyle) -> String
    {
        var out = note.isEmpty ? "" : prose(note, style: style)
        if let list = knobsDiffering(config, from: planned, style: style) {
            out += Text.wrap(style.say(.lessonKnobsDiffer, ["knobs": list]), width: style.width) + "\n"
        }
        out +=
            Text.wrap(
                marker(style) + style.say(.lessonTypeRun, ["name": name]), width: style.width, indent: "  ") + "\n"
        return out
    }

    /// `dropout 0.3 (lesson: 0), …` for the knobs where `config` is not the lesson's; nil if none.
    static func knobsDiffering(_ config: RunConfig, from planned: RunConfig, style: RenderStyle = .plain) -> String? {
        let differences = config.differences(from: planned)
        guard !differences.isEmpty else { return nil }
        return differences.map {
            style.say(.lessonKnobDiffers, ["knob": $0.name, "value": $0.new, "lesson": $0.old])
        }.joined(separator: ", ")
    }

    static func askPrediction(
        _ prediction: Prediction, question: String, style: RenderStyle, language: Language? = nil
    ) -> String {
        // The choices' words in `language` when given, else in the style's.
        var style = style
        if let language { style.language = language }
        var out = prose(question, style: style)
        switch prediction.kind {
        case .yesNo: out += marker(style) + style.say(.lessonAnswerYesNo) + "\n"
        case .direction: out += marker(style) + style.say(.lessonAnswerDirection) + "\n"
        case .nearer(let options):
            func listed(_ words: [String]) -> String {
                words.map { "`\($0)`" }.joined(separator: " " + style.say(.wordOr) + " ")
            }
            // With words of the lesson's language: those first, the names taken too.
            let answer =
                options.allSatisfy { $0.words.isEmpty }
                ? style.say(.lessonAnswerOptions, ["options": listed(options.map(\.name))])
                : style.say(
                    .lessonAnswerOptionsWords,
                    ["options": listed(options.map(\.shown)), "names": listed(options.map(\.name))])
            // Longer than the others: wrapped, under the marker.
            out += Text.wrap(answer, width: style.width, indent: "  ", firstIndent: marker(style)) + "\n"
        case .number:
            out +=
                marker(style) + style.say(prediction.metric.isAccuracy ? .lessonAnswerPercentage : .lessonAnswerNumber)
                + "\n"
        }
        return out
    }

    static func marker(_ style: RenderStyle) -> String { style.unicode ? "▶ " : "> " }

    /// `✓` and the claim as a sentence with the learner's numbers, then what it shows; or `✗` and
    /// that it did not hold this time.
    static func claim(
        _ claim: Claim, note: String, lesson: Int, figures: (String) -> RunFigures?,
        strayed: (knobs: String?, seed: UInt64?) = (nil, nil), style: RenderStyle
    ) -> String {
        guard let outcome = claim.evaluate(figures, words: style.words) else {
            let missing = claim.runs.filter { figures($0) == nil }.map { "`\($0)`" }
            let values = [
                "claim": claim.source, "run": missing.first ?? "", "lesson": String(lesson),
                "runs": missing.joined(separator: " " + style.say(.wordAnd) + " "),
            ]
            return Text.wrap(
                style.say(missing.count == 1 ? .lessonClaimSkippedOne : .lessonClaimSkippedMany, values),
                width: style.width) + "\n\n"
        }
        let sentence = capitalised(outcome.sentence.isEmpty ? "\(claim.source) [\(outcome.figures)]" : outcome.sentence)
        if !outcome.sentence.isEmpty { outcome.cite() }
        if outcome.held {
            var out = Text.wrap("\(style.unicode ? "✓" : "ok") \(sentence).", width: style.width, indent: "  ") + "\n"
            if !note.isEmpty { out += prose(note, style: style) } else { out += "\n" }
            return out
        }
        // Say what happened: knobs the learner changed, or (when nothing but the seed differs)
        // seed-to-seed variation, never a difference the learner did not make.
        let why =
            strayed.knobs.map { style.say(.lessonStrayedKnobs, ["knobs": $0]) }
            ?? strayed.seed.map { style.say(.lessonSeedVariationSeed, ["seed": String($0)]) }
            ?? style.say(.lessonSeedVariation)
        return Text.wrap(
            style.say(.lessonClaimFailed, ["mark": style.unicode ? "✗" : "X", "sentence": sentence, "why": why]),
            width: style.width, indent: "  ") + "\n\n"
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// "What you saw": the lesson's `recap:` lines, filled from the learner's runs.
    static func recap(_ lines: [String], style: RenderStyle) -> String {
        guard !lines.isEmpty else { return "" }
        var out = style.say(.lessonRecap) + "\n"
        // A bullet's continuation lines hang under its text, not under the dash.
        for line in lines {
            out += Text.wrap("- " + line, width: style.width, indent: "    ", firstIndent: "  ") + "\n"
        }
        return out + "\n"
    }

    /// After a lesson run: the prediction made about it, and how it compares with the run before.
    static func afterRun(
        name: String, record: Session.RunRecord, verdict: PredictionAnswer.Verdict?, guide: LessonGuide,
        session: Session
    ) -> String {
        var sentences: [String] = []
        let current = RunFigures(record.result, seeds: record.seeds, name: name)
        if let verdict { sentences.append(verdict.sentence) }
        // Against the run the lesson names for it (like for like), never merely the run before:
        // `he1` after `depth6` is measured against `depth1`.
        // With repeats, like for like is means over the same number of seeds: a first seed's
        // figure beside the means would be read as the effect.
        if let previousName = guide.lesson?.reference(of: name),
            let previous = guide.figures(previousName, session: session),
            current.seeds.count > 1 || previous.seeds.count > 1
        {
            if current.seeds.count == previous.seeds.count, let test = current.value(.meanTestAccuracy),
                let before = previous.value(.meanTestAccuracy)
            {
                sentences.append(
                    session.style.say(
                        .lessonAgainstMean,
                        [
                            "run": previousName, "seeds": String(current.seeds.count),
                            "change": Text.points(test - before),
                        ]))
            }
        } else if let previousName = guide.lesson?.reference(of: name),
            let previous = guide.figures(previousName, session: session),
            let test = current.value(.testAccuracy), let before = previous.value(.testAccuracy),
            let gap = current.value(.gap), let gapBefore = previous.value(.gap)
        {
            let testChange = RunFigures.cite(.testAccuracy, current, previous, text: Text.points(test - before))
            let gapChange = RunFigures.cite(.gap, current, previous, text: Text.points(gap - gapBefore))
            sentences.append(
                session.style.say(.lessonAgainst, ["run": previousName, "test": testChange, "gap": gapChange]))
        }
        let text = sentences.filter { !$0.isEmpty }.joined(separator: " ")
        return text.isEmpty ? "" : Text.wrap(text, width: session.style.width) + "\n\n"
    }

    /// What a prediction question takes, in words for prompts and errors.
    static func expectedAnswer(_ prediction: Prediction, words: TutorMessages = .installed(.english)) -> String {
        PredictionAnswer.expectedWords(prediction, words: words)
    }

    static func finished(_ lesson: Lesson, next: Lesson?, tally: (right: Int, asked: Int), style: RenderStyle) -> String
    {
        var values = [
            "mark": style.unicode ? "✓" : "ok", "number": String(lesson.number), "right": String(tally.right),
            "asked": String(tally.asked),
        ]
        let key: TutorMessages.Key
        if let next {
            values["next"] = String(next.number)
            values["title"] = next.title
            key = tally.asked > 0 ? .lessonDoneNextTally : .lessonDoneNext
        } else {
            key = tally.asked > 0 ? .lessonDoneLastTally : .lessonDoneLast
        }
        return Text.wrap(style.say(key, values), width: style.width) + "\n"
    }

    static func list(_ guide: LessonGuide, style: RenderStyle) -> String {
        let check = style.unicode ? "✓" : "ok"
        var table = TextTable(
            header: [
                "", style.say(.columnLesson), style.say(.columnTitle), style.say(.columnPredicted),
                style.say(.columnTyped), style.say(.columnGoal),
            ],
            alignments: [.left, .right, .left, .right, .right, .left])
        for lesson in guide.library.lessons {
            let current = guide.lesson?.number == lesson.number ? marker(style).trimmingCharacters(in: " ") : ""
            let done = guide.progress.done.contains(lesson.number) ? check : ""
            let tally = guide.progress.tally(lesson.number)
            let room = max(10, style.width - 59)
            let typed =
                guide.progress.typed[lesson.number].map {
                    $0.own + $0.given > 0 ? "\($0.own)/\($0.own + $0.given)" : ""
                } ?? ""
            let goal =
                lesson.goal.displayWidth > room
                ? Text.marked(lesson.goal, room - style.ellipsis.displayWidth, mark: style.ellipsis, trimming: true)
                : lesson.goal
            table.add([
                [current, done].filter { !$0.isEmpty }.joined(separator: " "), String(lesson.number), lesson.title,
                tally.asked > 0 ? "\(tally.right)/\(tally.asked)" : "", typed, goal,
            ])
        }
        let total = guide.library.lessons.count
        let done = guide.library.lessons.count { guide.progress.done.contains($0.number) }
        var out =
            total > 0
            ? style.say(
                .lessonsDone, ["done": String(done), "total": String(total), "percent": String(done * 100 / total)])
                + "\n" : ""
        out += table.render(style: style)
        for problem in guide.library.problems { out += "warning: \(problem)\n" }
        return out
            + Text.wrap(style.say(.lessonsLegend, ["check": check]), width: style.width) + "\n"
    }
}
