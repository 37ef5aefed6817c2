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
        var out = Text.wrap(headline(repeated, config: config, reused: reused), width: style.width) + "\n"
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
        var out = Text.wrap(headline(repeated, config: config, reused: []), width: style.width) + "\n"
        out += seedTable(repeated, style: style)
        if let mean = repeated.meanResult { out += curves(repeated, mean: mean, style: style) }
        return out
    }

    /// A sweep's line per run: the test accuracy's mean ± spread and range.
    static func brief(_ record: Session.RunRecord, style: RenderStyle) -> String {
        let repeated = RepeatedRun(record.seeds)
        var line =
            "\(record.result.config.seedsDescription): \(repeated.finished.count) of \(record.seeds.count) finished"
        if let test = repeated.summary(\.testAccuracy) { line += ", test " + meanAndSpread(test) }
        return Text.wrap(line, width: style.width) + "\n"
    }

    /// `76.71% ± 1.22 (74.81%–78.75%)`: the mean, the standard deviation in points, the range.
    static func meanAndSpread(_ summary: SeedSummary) -> String {
        guard summary.count > 1 else { return Text.percent(summary.mean) }
        return
            "\(Text.percent(summary.mean)) ± \(FigureFormat.points(summary.standardDeviation, signed: false)) (\(Text.percent(summary.minimum))–\(Text.percent(summary.maximum)))"
    }

    static func headline(_ repeated: RepeatedRun, config: RunConfig, reused: [(seed: UInt64, from: Int)]) -> String {
        let finished = repeated.finished.count, count = repeated.seeds.count
        var line =
            finished == count
            ? "\(count) seeds (\(config.seedsDescription)), each a whole run; below, each seed's final figures, then their mean ± standard deviation (lowest–highest)."
            : "\(finished) of \(count) seeds (\(config.seedsDescription)) finished; the figures below are over those \(finished)."
        if !reused.isEmpty {
            let groups = Dictionary(grouping: reused, by: \.from).sorted { $0.key < $1.key }
            let parts = groups.map { from, seeds in
                "seed\(seeds.count == 1 ? "" : "s") \(seeds.map { String($0.seed) }.joined(separator: ", ")) from run \(from)"
            }
            line += " Reused, not trained again (same knobs and seed, same bits): \(parts.joined(separator: "; "))."
        }
        return line
    }

    static func seedTable(_ repeated: RepeatedRun, style: RenderStyle) -> String {
        var table = TextTable(
            header: ["seed", "status", "epochs", "train acc", "test acc", "gap", "test loss"],
            alignments: [.right, .left, .right, .right, .right, .right, .right])
        for seed in repeated.seeds {
            let final = seed.final
            table.add([
                String(seed.config.seed), seed.status.name, String(seed.history.count),
                final.map { Text.percent($0.trainAccuracy) } ?? "-", final.map { Text.percent($0.testAccuracy) } ?? "-",
                final.map { Text.points($0.gap) } ?? "-", final.map { Text.loss($0.testLoss) } ?? "-",
            ])
        }
        var out = table.render(style: style)
        let figures: [(String, (EpochMetrics) -> Double, (SeedSummary) -> String)] = [
            ("train acc", \.trainAccuracy, meanAndSpread), ("test acc", \.testAccuracy, meanAndSpread),
            (
                "gap", \.gap,
                { "\(Text.points($0.mean)) ± \(FigureFormat.points($0.standardDeviation, signed: false)) points" }
            ),
            ("test loss", \.testLoss, { "\(Text.loss($0.mean)) ± \(Text.loss($0.standardDeviation))" }),
        ]
        for (name, figure, format) in figures {
            if let summary = repeated.summary(figure) { out += Text.padRight(name, 11) + format(summary) + "\n" }
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
        return "mean curves (test accuracy also at its lowest and highest seed each epoch):\n"
            + RunReport.curveLines(
                [
                    ("train acc", trainAccuracy, accuracies, Text.percent),
                    ("test acc", testAccuracy, accuracies, Text.percent),
                    ("test lowest", lowest, accuracies, Text.percent),
                    ("test highest", highest, accuracies, Text.percent),
                    ("train loss", trainLoss, losses, Text.loss), ("test loss", testLoss, losses, Text.loss),
                ], axisEpochs: length, style: style)
    }
}
