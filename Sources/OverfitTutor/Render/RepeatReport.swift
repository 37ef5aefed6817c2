import OverfitLessons
import OverfitTraining

/// What is printed after a run with `repeats`: each seed's final figures (every value one glance
/// away), the mean ± standard deviation and range of each, the mean curves with the test curve's
/// lowest and highest seed, and the diagnosis of the mean run.
public enum RepeatReport {
    static func render(
        _ record: Session.RunRecord, reused: [(seed: UInt64, from: Int)], style: RenderStyle, words: DiagnosisWords
    ) -> String {
        let repeated = RepeatedRun(record.seeds)
        let config = record.result.config
        var out = Text.wrap(headline(repeated, config: config, reused: reused, style: style), width: style.width) + "\n"
        out += seedTable(repeated, style: style)
        guard let mean = repeated.meanResult else { return out }
        // Every seed measures the same epochs on the same subset (`test_eval N`): the mean curves'
        // test figures are labelled as the single run's are.
        if let note = RunReport.sampledTestNote(record.result, style: style) {
            out += Text.wrap(note, width: style.width) + "\n"
        }
        out += curves(repeated, mean: mean, style: style)
        // Early stopping ends each seed at its own epoch: a mean curve has no one network to diagnose.
        if config.patience == 0 {
            let described = words.describe(Diagnosis(mean))
            let said = words.templates.text(
                .overTheMean, typed: ["seeds": .count(repeated.finished.count), "diagnosis": .words(described)])
            out += Text.wrap(said ?? described, width: style.width) + "\n"
        }
        return out
    }

    /// `overfit run` with repeats: the seeds' table and the mean curves, without a session.
    public static func headless(_ repeated: RepeatedRun, config: RunConfig, style: RenderStyle) -> String {
        var out = Text.wrap(headline(repeated, config: config, reused: [], style: style), width: style.width) + "\n"
        out += seedTable(repeated, style: style)
        if let mean = repeated.meanResult { out += curves(repeated, mean: mean, style: style) }
        return out
    }

    /// A sweep's line per run: the test accuracy's mean ± spread and range.
    static func brief(_ record: Session.RunRecord, style: RenderStyle) -> String {
        let repeated = RepeatedRun(record.seeds)
        var values = [
            "seeds": Comparison.seedsText(record.result.config, style: style),
            "finished": String(repeated.finished.count), "count": String(record.seeds.count),
        ]
        let test = repeated.summary(\.testAccuracy)
        values["test"] = test.map(meanAndSpread)
        let line = style.say(test == nil ? .repeatBrief : .repeatBriefTest, values)
        return Text.wrap(line, width: style.width) + "\n"
    }

    /// `76.71% ± 1.22 (74.81%–78.75%)`: the mean, the standard deviation in points, the range.
    static func meanAndSpread(_ summary: SeedSummary) -> String {
        guard summary.count > 1 else { return Text.percent(summary.mean) }
        return
            "\(Text.percent(summary.mean)) ± \(FigureFormat.points(summary.standardDeviation, signed: false)) (\(Text.percent(summary.minimum))–\(Text.percent(summary.maximum)))"
    }

    static func headline(
        _ repeated: RepeatedRun, config: RunConfig, reused: [(seed: UInt64, from: Int)], style: RenderStyle
    ) -> String {
        let finished = repeated.finished.count, count = repeated.seeds.count
        let values = [
            "count": String(count), "finished": String(finished), "seeds": Comparison.seedsText(config, style: style),
        ]
        let key: TutorMessages.Key =
            finished == count ? .repeatHeadline : finished == 0 ? .repeatHeadlineNone : .repeatHeadlinePartial
        var line = style.say(key, values)
        if !reused.isEmpty {
            let groups = Dictionary(grouping: reused, by: \.from).sorted { $0.key < $1.key }
            let parts = groups.map { from, seeds in
                style.say(
                    seeds.count == 1 ? .repeatReusedOne : .repeatReusedMany,
                    ["seeds": seeds.map { String($0.seed) }.joined(separator: ", "), "id": String(from)])
            }
            line += " " + style.say(.repeatReused, ["parts": parts.joined(separator: "; ")])
        }
        return line
    }

    static func seedTable(_ repeated: RepeatedRun, style: RenderStyle) -> String {
        let trainAcc = style.say(.columnTrainAcc), testAcc = style.say(.columnTestAcc)
        let gap = style.say(.columnGap), testLoss = style.say(.columnTestLoss)
        var table = TextTable(
            header: [
                style.say(.repeatColumnSeed), style.say(.columnStatus), style.say(.columnEpochs), trainAcc, testAcc,
                gap, testLoss,
            ],
            alignments: [.right, .left, .right, .right, .right, .right, .right])
        for seed in repeated.seeds {
            let final = seed.final
            table.add([
                String(seed.config.seed), RunReport.statusName(seed.status, style: style), String(seed.history.count),
                final.map { Text.percent($0.trainAccuracy) } ?? "-", final.map { Text.percent($0.testAccuracy) } ?? "-",
                final.map { Text.points($0.gap) } ?? "-", final.map { Text.loss($0.testLoss) } ?? "-",
            ])
        }
        var out = table.render(style: style)
        let figures: [(String, (EpochMetrics) -> Double, (SeedSummary) -> String)] = [
            (trainAcc, \.trainAccuracy, meanAndSpread), (testAcc, \.testAccuracy, meanAndSpread),
            (
                gap, \.gap,
                {
                    style.say(
                        .repeatGapSpread,
                        [
                            "mean": Text.points($0.mean),
                            "spread": FigureFormat.points($0.standardDeviation, signed: false),
                        ])
                }
            ),
            (testLoss, \.testLoss, { "\(Text.loss($0.mean)) ± \(Text.loss($0.standardDeviation))" }),
        ]
        // The names in one column, by display width (a Korean name is twice its characters).
        let nameWidth = max(11, (figures.map(\.0.displayWidth).max() ?? 0) + 2)
        for (name, figure, format) in figures {
            if let summary = repeated.summary(figure) { out += Text.padRight(name, nameWidth) + format(summary) + "\n" }
        }
        return out
    }

    /// The mean curves; the test accuracy also as its lowest and highest seed at each epoch.
    static func curves(_ repeated: RepeatedRun, mean: RunResult, style: RenderStyle) -> String {
        let length = mean.history.count
        let runs = repeated.finished
        let lowest = (0..<length).map { index in runs.map { $0.history[index].testAccuracy }.min() ?? 0 }
        let highest = (0..<length).map { index in runs.map { $0.history[index].testAccuracy }.max() ?? 0 }
        let trainAccuracy = mean.history.map(\.trainAccuracy), testAccuracy = mean.history.map(\.testAccuracy)
        let trainLoss = mean.history.map(\.trainLoss), testLoss = mean.history.map(\.testLoss)
        let accuracies = Sparkline.range(of: [trainAccuracy, testAccuracy, lowest, highest])
        let losses = Sparkline.range(of: [trainLoss, testLoss])
        return Text.wrap(style.say(.repeatCurves), width: style.width) + "\n"
            + RunReport.curveLines(
                [
                    (style.say(.columnTrainAcc), trainAccuracy, accuracies, Text.percent),
                    (style.say(.columnTestAcc), testAccuracy, accuracies, Text.percent),
                    (style.say(.repeatTestLowest), lowest, accuracies, Text.percent),
                    (style.say(.repeatTestHighest), highest, accuracies, Text.percent),
                    (style.say(.columnTrainLoss), trainLoss, losses, Text.loss),
                    (style.say(.columnTestLoss), testLoss, losses, Text.loss),
                ], axisEpochs: length, style: style)
    }
}
