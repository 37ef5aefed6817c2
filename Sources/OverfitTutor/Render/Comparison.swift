import OverfitData
import OverfitLessons
import OverfitTraining

/// `compare`: runs side by side, their curves on one epoch axis and one scale per metric, and
/// the knobs that differ between them.
enum Comparison {
    /// `labels` name the runs' columns and curves (lesson names where the runs have them).
    /// `templates` hold the verdict's words (`lessons/diagnosis.txt`, its `compare-*` sections).
    static func render(
        _ records: [Session.RunRecord], labels: [String]? = nil, templates: DiagnosisTemplates, style: RenderStyle
    ) -> String {
        let names = labels ?? records.map { "run \($0.id)" }
        var out = numbers(records, labels: names, style: style) + "\n"
        out += curves(records, labels: names, style: style) + "\n"
        out += knobs(records, labels: names, style: style)
        // Each run against the first: is its difference clear of seed-to-seed noise?
        for (index, record) in records.enumerated().dropFirst() {
            out += NoiseVerdict.render(
                records[0], record, labels: (names[0], names[index]), templates: templates, style: style)
        }
        return out
    }

    static func numbers(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> String {
        var table = TextTable(
            header: [""] + labels,
            alignments: [.left] + records.map { _ in .right })
        func row(_ label: String, _ cell: (RunResult) -> String) {
            table.add([label] + records.map { cell($0.result) })
        }
        // With repeats the figures below are the first seed's; the mean and spread come first.
        if records.contains(where: { $0.seeds.count > 1 }) {
            table.add(["seeds"] + records.map { $0.result.config.seedsDescription })
            table.add(
                ["test acc, mean"]
                    + records.map { record in
                        RepeatedRun(record.seeds).summary(\.testAccuracy).map(RepeatReport.meanAndSpread) ?? "-"
                    })
            table.add(["rows below"] + records.map { "seed \($0.result.config.seed) only" })
        }
        row("status") { $0.status.name }
        row("epochs") { String($0.history.count) }
        row("train acc") { $0.final.map { Text.percent($0.trainAccuracy) } ?? "-" }
        row("test acc") { $0.final.map { Text.percent($0.testAccuracy) } ?? "-" }
        row("gap") { $0.final.map { Text.points($0.gap) } ?? "-" }
        // Under `test_eval N` only the last epoch is on the whole test set: nothing to rank.
        row("best test") { $0.rankedBestTestEpoch.map { "\(Text.percent($0.testAccuracy)) @\($0.epoch)" } ?? "-" }
        row("train loss") { $0.final.map { Text.loss($0.trainLoss) } ?? "-" }
        row("test loss") { $0.final.map { Text.loss($0.testLoss) } ?? "-" }
        row("diagnosis") { Diagnosis($0).verdict.rawValue }
        return table.render(style: style)
    }

    static func curves(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> String {
        let axis = records.map(\.result.history.count).max() ?? 0
        guard axis > 0 else { return "no epochs to draw\n" }
        let metrics: [(String, (EpochMetrics) -> Double, (Double) -> String)] = [
            ("test acc", \.testAccuracy, Text.percent), ("train acc", \.trainAccuracy, Text.percent),
            ("test loss", \.testLoss, Text.loss), ("train loss", \.trainLoss, Text.loss),
        ]
        // Curves say `test acc 3`, or `test acc base` for a lesson's run.
        let short = labels.map { $0.hasPrefix("run ") ? String($0.dropFirst(4)) : $0 }
        let labelWidth = "train loss ".displayWidth + (short.map(\.displayWidth).max() ?? 0) + 2
        var out = "curves on one axis (epochs 1 to \(axis)), one scale per metric:\n"
        for (name, read, format) in metrics {
            let series = records.map { $0.result.history.map(read) }
            let range = Sparkline.range(of: series)
            let rows = zip(short, series).map { label, values in
                (label: "\(name) \(label)", values: values, range: range, format: format)
            }
            out += RunReport.curveLines(rows, axisEpochs: axis, labelWidth: labelWidth, style: style)
        }
        return out
    }

    static func knobs(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> String {
        let differing = RunConfig.knobs.filter { knob in
            Set(records.map { knob.value(in: $0.result.config) }).count > 1
        }
        guard !differing.isEmpty else {
            return "knobs: all the same in these runs (same knobs and seed give the same numbers)\n"
        }
        var table = TextTable(header: ["knob"] + labels, alignments: [.left] + records.map { _ in .left })
        for knob in differing {
            table.add([knob.name] + records.map { knob.value(in: $0.result.config) })
        }
        return "knobs that differ:\n" + table.render(style: style)
    }
}
