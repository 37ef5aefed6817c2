import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining

/// `recap`: every lesson finished in this session as Markdown, to keep — what you saw (the
/// lesson's recap lines with your numbers), your runs as a table and as sparklines, your
/// predictions and how they came out, and the source documents' published figures beside yours.
/// A pure function of the guide's records and the session's runs.
enum LessonRecap {
    /// The recap's first line in every language, by which `WriteTarget` knows a recap overfit wrote.
    static var titles: [String] {
        Language.allCases.map { "# " + TutorMessages.installed($0).text(.recapTitle) }
    }

    static func markdown(_ guide: LessonGuide, session: Session) -> String {
        let style = session.style
        let records = guide.finished.values.sorted { $0.lesson.number < $1.lesson.number }
        var out = "# " + style.say(.recapTitle) + "\n\n"
        guard !records.isEmpty else { return out + style.say(.recapNone) + "\n" }
        out +=
            style.say(.recapFinished, ["lessons": records.map { String($0.lesson.number) }.joined(separator: ", ")])
            + "\n"
        for record in records { out += "\n" + section(record, guide: guide, session: session) }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func section(_ record: LessonRecord, guide: LessonGuide, session: Session) -> String {
        let lesson = record.lesson
        let figures = { (name: String) in guide.figures(name, ids: record.runIDs, session: session) }
        let style = session.style
        var out = "## " + style.say(.recapLesson, ["number": String(lesson.number), "title": safe(lesson.title)])
        out += "\n\n" + style.say(.lessonGoal, ["goal": safe(lesson.goal)]) + "\n\n"
        out += style.say(.lessonReruns, ["sources": safe(lesson.sources)]) + "\n\n"
        let lines = lesson.recap.map { Template.fill($0, words: style.words, figures: figures) }
        if !lines.isEmpty {
            out += style.say(.lessonRecap) + "\n\n" + lines.map { "- \(safe($0))\n" }.joined() + "\n"
        }
        let runs = lesson.runNames.compactMap { name in
            record.runIDs[name].flatMap { id in session.state.runs.first { $0.id == id } }.map { (name, $0) }
        }
        if !runs.isEmpty {
            out += runTable(runs, start: lesson.startConfig, style: style) + "\n" + curves(runs, style: style) + "\n"
        }
        out += predictions(
            record, lesson: lesson, figures: figures, tally: guide.progress.tally(lesson.number), style: style)
        out += published(lesson, runs: runs, style: style)
        return out
    }

    static func runTable(_ runs: [(String, Session.RunRecord)], start: RunConfig, style: RenderStyle) -> String {
        let header = [
            style.say(.columnRun), "#", style.say(.recapKnobs), style.say(.columnEpochs), style.say(.columnTrainAcc),
            style.say(.columnTestAcc), style.say(.columnGap), style.say(.columnTestLoss),
        ]
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|---|--:|---|--:|--:|--:|--:|--:|\n"
        for (name, record) in runs {
            let result = record.result
            let knobs = result.config.differences(from: start).map { "\($0.name) \($0.new)" }.joined(separator: ", ")
            let final = result.final
            let cells = [
                name, String(record.id), knobs.isEmpty ? "—" : knobs, String(result.history.count),
                final.map { Text.percent($0.trainAccuracy) } ?? "—", final.map { Text.percent($0.testAccuracy) } ?? "—",
                final.map { Text.points($0.gap) } ?? "—", final.map { Text.loss($0.testLoss) } ?? "—",
            ]
            out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
        }
        // A repeated run's row is its first seed's (lesson 16's base5 showed 75.43% beside a
        // lesson that spoke of its 76.55% mean): say so, with each mean.
        let repeated = runs.compactMap { name, record -> String? in
            guard record.seeds.count > 1 else { return nil }
            return RepeatedRun(record.seeds).summary(\.testAccuracy).map { "\(name) \(RepeatReport.meanAndSpread($0))" }
        }
        if !repeated.isEmpty {
            out += "\n" + style.say(.recapFirstSeed, ["runs": repeated.joined(separator: ", ")]) + "\n"
        }
        return out
    }

    /// Train and test accuracy over the epochs, one sparkline each, on one scale (0-100%).
    static func curves(_ runs: [(String, Session.RunRecord)], style: RenderStyle) -> String {
        var out =
            "| \(style.say(.columnRun)) | \(style.say(.recapTrainAccuracy)) | \(style.say(.recapTestAccuracy)) |\n"
            + "|---|---|---|\n"
        for (name, record) in runs {
            let history = record.result.history
            func line(_ values: [Double]) -> String {
                guard let first = values.first, let last = values.last else { return "—" }
                let spark = Sparkline.render(values, maxColumns: 40, range: 0...1)
                return "`\(spark)` \(Text.percent(first)) → \(Text.percent(last))"
            }
            out += "| \(cell(name)) | \(line(history.map(\.trainAccuracy))) | \(line(history.map(\.testAccuracy))) |\n"
        }
        return out
    }

    static func predictions(
        _ record: LessonRecord, lesson: Lesson, figures: (String) -> RunFigures?,
        tally: (right: Int, asked: Int), style: RenderStyle
    ) -> String {
        let asked = lesson.steps.compactMap { step -> Prediction? in
            if case .predict(let prediction, _) = step.kind { return prediction } else { return nil }
        }
        guard !asked.isEmpty else { return "" }
        var out =
            (tally.asked > 0
                ? style.say(.recapPredictionsTally, ["right": String(tally.right), "asked": String(tally.asked)])
                : style.say(.recapPredictions)) + "\n\n"
        for prediction in asked {
            guard let (_, answer) = record.answers[prediction.run] else {
                out += "- `\(prediction.run)`: " + style.say(.recapNotAnswered) + "\n"
                continue
            }
            let sentence = answer.verdict(prediction, figures: figures, words: style.words).sentence
            let said = style.say(
                .recapSaidSkipped,
                ["answer": answer.words(prediction.metric, words: style.words, prediction: prediction)])
            out += "- `\(prediction.run)`: \(safe(sentence.isEmpty ? said : sentence))\n"
        }
        return out + "\n"
    }

    /// Each `published:` step beside the test accuracy of the runs the lesson made before it
    /// (since the previous one): the source's figure next to the learner's.
    static func published(_ lesson: Lesson, runs: [(String, Session.RunRecord)], style: RenderStyle) -> String {
        var rows: [(String, String)] = []
        var since: [String] = []
        for step in lesson.steps {
            switch step.kind {
            case .run(let name, _): since.append(name)
            case .published(let text):
                let mine = runs.filter { since.contains($0.0) }.map { name, record in
                    "\(name) \(record.result.final.map { Text.percent($0.testAccuracy) } ?? "—")"
                }
                rows.append(
                    (text, mine.isEmpty ? "—" : style.say(.recapYourTest, ["runs": mine.joined(separator: ", ")])))
                since = []
            default: continue
            }
        }
        guard !rows.isEmpty else { return "" }
        var out = "| \(style.say(.recapPublished)) | \(style.say(.recapYours)) |\n|---|---|\n"
        for (theirs, yours) in rows { out += "| \(cell(theirs)) | \(cell(yours)) |\n" }
        return out + "\n"
    }

    /// Text from a lesson file (someone else's) made safe for one line of Markdown.
    static func safe(_ text: String) -> String {
        VisibleText.escaped(
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " \t") }.joined(separator: " "))
    }

    /// A table cell: one line, `|` escaped.
    static func cell(_ text: String) -> String {
        safe(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
