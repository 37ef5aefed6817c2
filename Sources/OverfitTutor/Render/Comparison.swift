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
        let names = labels ?? records.map { runLabel($0.id, style: style) }
        var out = numbers(records, labels: names, style: style) + "\n"
        // Curves say `test acc 3`, or `test acc base` for a lesson's run.
        let short = zip(records, names).map { record, name in
            name == runLabel(record.id, style: style) ? String(record.id) : name
        }
        out += curves(records, labels: short, style: style) + "\n"
        out += knobs(records, labels: names, style: style)
        // Each run against the first: is its difference clear of seed-to-seed noise?
        for (index, record) in records.enumerated().dropFirst() {
            out += NoiseVerdict.render(
                records[0], record, labels: (names[0], names[index]), templates: templates, style: style)
        }
        return out
    }

    /// The runs' figures side by side. Runs that would not fit the screen's width beside the
    /// others go on to a second table (and a third...), each with the rows' names, rather than
    /// being cut off at the edge (five runs at 80 columns).
    static func numbers(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> String {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in records.indices {
            let wider = current + [index]
            if current.isEmpty
                || table(wider.map { records[$0] }, labels: wider.map { labels[$0] }, style: style).naturalWidth
                    <= style.width
            {
                current = wider
            } else {
                groups.append(current)
                current = [index]
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.map { group in
            table(group.map { records[$0] }, labels: group.map { labels[$0] }, style: style).render(style: style)
        }.joined(separator: "\n")
    }

    /// The figures of `records` as one table.
    static func table(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> TextTable {
        var table = TextTable(
            header: [""] + labels,
            alignments: [.left] + records.map { _ in .right })
        func row(_ label: String, _ cell: (RunResult) -> String) {
            table.add([label] + records.map { cell($0.result) })
        }
        // With repeats the figures below are the first seed's; the mean and spread come first.
        if records.contains(where: { $0.seeds.count > 1 }) {
            table.add([style.say(.compareSeeds)] + records.map { seedsText($0.result.config, style: style) })
            table.add(
                [style.say(.compareTestMean)]
                    + records.map { record in
                        RepeatedRun(record.seeds).summary(\.testAccuracy).map(RepeatReport.meanAndSpread) ?? "-"
                    })
            table.add(
                [style.say(.compareRowsBelow)]
                    + records.map { style.say(.compareSeedOnly, ["seed": String($0.result.config.seed)]) })
        }
        row(style.say(.columnStatus)) { RunReport.statusName($0.status, style: style) }
        row(style.say(.columnEpochs)) { String($0.history.count) }
        row(style.say(.columnTrainAcc)) { $0.final.map { Text.percent($0.trainAccuracy) } ?? "-" }
        row(style.say(.columnTestAcc)) { $0.final.map { Text.percent($0.testAccuracy) } ?? "-" }
        row(style.say(.columnGap)) { $0.final.map { Text.points($0.gap) } ?? "-" }
        // Under `test_eval N` only the last epoch is on the whole test set: nothing to rank.
        row(style.say(.compareBestTest)) { result in
            result.rankedBestTestEpoch.map {
                style.say(.compareBestTestCell, ["accuracy": Text.percent($0.testAccuracy), "epoch": String($0.epoch)])
            } ?? "-"
        }
        row(style.say(.columnTrainLoss)) { $0.final.map { Text.loss($0.trainLoss) } ?? "-" }
        row(style.say(.columnTestLoss)) { $0.final.map { Text.loss($0.testLoss) } ?? "-" }
        row(style.say(.compareDiagnosis)) { verdictName(Diagnosis($0).verdict, style: style) }
        return table
    }

    /// `labels` are the curves' short names: a run's id, or a lesson's name for its run.
    static func curves(_ records: [Session.RunRecord], labels short: [String], style: RenderStyle) -> String {
        let axis = records.map(\.result.history.count).max() ?? 0
        guard axis > 0 else { return style.say(.compareNoEpochs) + "\n" }
        let metrics: [(String, (EpochMetrics) -> Double, (Double) -> String)] = [
            (style.say(.columnTestAcc), \.testAccuracy, Text.percent),
            (style.say(.columnTrainAcc), \.trainAccuracy, Text.percent),
            (style.say(.columnTestLoss), \.testLoss, Text.loss),
            (style.say(.columnTrainLoss), \.trainLoss, Text.loss),
        ]
        let nameWidth = metrics.map(\.0.displayWidth).max() ?? 0
        let labelWidth = nameWidth + 1 + (short.map(\.displayWidth).max() ?? 0) + 2
        var out = style.say(.compareCurves, ["epochs": String(axis)]) + "\n"
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
            return Text.wrap(style.say(.compareKnobsSame), width: style.width) + "\n"
        }
        var table = TextTable(
            header: [style.say(.columnKnob)] + labels, alignments: [.left] + records.map { _ in .left })
        for knob in differing {
            table.add([knob.name] + records.map { knob.value(in: $0.result.config) })
        }
        return style.say(.compareKnobsDiffer) + "\n" + table.render(style: style)
    }

    /// `run 3`, or `실행 3` in Korean: a run without a lesson's name for it.
    static func runLabel(_ id: Int, style: RenderStyle) -> String {
        style.say(.compareRunLabel, ["id": String(id)])
    }

    /// `seed 3` or `seeds 3-7`, in the style's language (`RunConfig.seedsDescription`'s words).
    static func seedsText(_ config: RunConfig, style: RenderStyle) -> String {
        guard config.repeats > 1 else { return style.say(.seedsOne, ["seed": String(config.seed)]) }
        let last = config.seed + UInt64(config.repeats - 1)
        return style.say(.seedsRange, ["first": String(config.seed), "last": String(last)])
    }

    /// A verdict's short name for a table cell: `too_few_steps`, or `스텝 부족` in Korean.
    static func verdictName(_ verdict: Diagnosis.Verdict, style: RenderStyle) -> String {
        switch verdict {
        case .overfitting: return style.say(.verdictOverfitting)
        case .collapsed: return style.say(.verdictCollapsed)
        case .tooFewSteps: return style.say(.verdictTooFewSteps)
        case .interrupted: return style.say(.verdictInterrupted)
        case .diverged: return style.say(.verdictDiverged)
        case .unstable: return style.say(.verdictUnstable)
        case .underfitting: return style.say(.verdictUnderfitting)
        case .healthy: return style.say(.verdictHealthy)
        case .evaluationMistake: return style.say(.verdictEvaluationMistake)
        case .noEpochs: return style.say(.verdictNoEpochs)
        case .randomLabels: return style.say(.verdictRandomLabels)
        }
    }
}
