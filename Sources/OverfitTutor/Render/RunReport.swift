import OverfitData
import OverfitLessons
import OverfitTraining

/// What is printed after every run: how it ended, a table of selected epochs, the best test
/// accuracy, sparklines of the four curves and a diagnosis in words. Holds no wall-clock time,
/// so a replayed session prints it byte for byte.
public enum RunReport {
    /// `words` carries `lessons/diagnosis.txt` and the knobs a lesson's rules keep. The report
    /// fits `maxLines` by showing fewer evenly spaced epochs (never the epochs it names); `verbose`
    /// shows every epoch.
    public static func render(
        _ result: RunResult, style: RenderStyle, words: DiagnosisWords, verbose: Bool = false,
        maxLines: Int = 23
    ) -> String {
        var out = Text.wrap(statusLine(result, style: style), width: style.width) + "\n"
        if let note = sampledTestNote(result, style: style) { out += Text.wrap(note, width: style.width) + "\n" }
        guard !result.history.isEmpty else {
            return out + Text.wrap(words.describe(Diagnosis(result)), width: style.width) + "\n"
        }
        var rest = ""
        if let final = result.final {
            let gap = CitedFigure.cite(.gap, of: result, run: nil, text: Text.points(final.gap))
            if let best = result.rankedBestTestEpoch {
                let shown = CitedFigure.cite(
                    .testAccuracy, of: result, run: nil, epoch: best.epoch, text: Text.percent(best.testAccuracy))
                rest += style.say(.runBestAndGap, ["accuracy": shown, "epoch": String(best.epoch), "gap": gap]) + "\n"
            } else {
                rest += style.say(.runGap, ["gap": gap]) + "\n"
            }
        }
        rest += curves(result.history, style: style)
        rest += Text.wrap(words.describe(Diagnosis(result)), width: style.width) + "\n"
        let fixed = lineCount(out) + lineCount(rest)
        var spacing = 5
        var table = epochTable(result, spacing: verbose ? nil : spacing, style: style)
        while !verbose && spacing > 1 && fixed + lineCount(table) > maxLines {
            spacing -= 1
            table = epochTable(result, spacing: spacing, style: style)
        }
        out += table + rest
        return out
    }

    /// A sweep's line per run: how it ended and its final figures (the sweep's chart follows).
    static func brief(_ result: RunResult, style: RenderStyle) -> String {
        var line =
            result.status == .finished && result.stoppedEarlyAfterEpoch == nil
            ? style.say(.runBriefFinished) : statusLine(result, style: style)
        if let final = result.final {
            // A status of two sentences ends with its full stop; here the figures follow a colon.
            if line.hasSuffix(".") { line.removeLast() }
            line = style.say(
                .runBrief,
                [
                    "status": line, "train": Text.percent(final.trainAccuracy),
                    "test": Text.percent(final.testAccuracy), "gap": Text.points(final.gap),
                ])
        }
        return Text.wrap(line, width: style.width) + "\n"
    }

    static func lineCount(_ text: String) -> Int { text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }

    /// `finished 100 epochs on 300 training images`, or how the run was cut short.
    public static func statusLine(_ result: RunResult, style: RenderStyle = .plain) -> String {
        let done = result.history.count
        let one = result.trainingImages == 1
        let dataset = datasetName(result)
        let images = style.say(
            dataset == nil ? (one ? .runImagesOne : .runImages) : (one ? .runImagesDatasetOne : .runImagesDataset),
            ["count": Text.grouped(result.trainingImages), "dataset": dataset ?? ""])
        let epochs = String(result.config.epochs)
        switch result.status {
        case .finished:
            if let stopped = result.stoppedEarlyAfterEpoch {
                var values = ["epoch": String(stopped), "epochs": epochs, "images": images]
                guard let restored = result.restoredEpoch else { return style.say(.runStoppedEarly, values) }
                values["restored"] = String(restored)
                return style.say(.runStoppedEarlyRestored, values)
            }
            return style.say(done == 1 ? .runFinishedOne : .runFinished, ["epochs": String(done), "images": images])
        case .cancelled:
            return style.say(.runCancelled, ["done": String(done), "epochs": epochs, "images": images])
        case .diverged(let epoch, let batch):
            return style.say(.runDiverged, ["epoch": String(epoch), "batch": String(batch), "images": images])
        }
    }

    /// A run's status in one word, as `runs` lists it.
    static func statusName(_ status: RunStatus, style: RenderStyle) -> String {
        switch status {
        case .finished: return style.say(.statusFinished)
        case .cancelled: return style.say(.statusCancelled)
        case .diverged: return style.say(.statusDiverged)
        }
    }

    /// Epochs worth a row: the first, the last and `spacing - 1` evenly spaced between them (every
    /// epoch when `spacing` is nil or the run is short), and always the epochs the report and the
    /// lessons name: best test accuracy, lowest test loss, train accuracy's first 100%, the restored one.
    static func selectedEpochs(_ result: RunResult, spacing: Int? = 5) -> [Int] {
        let epochs = result.history.map(\.epoch)
        guard let spacing, epochs.count > 8 else { return epochs }
        var chosen = Set(namedEpochs(result).keys)
        for step in 0...spacing { chosen.insert(epochs[(epochs.count - 1) * step / spacing]) }
        return chosen.sorted()
    }

    /// The epochs worth naming, with what to call them.
    static func namedEpochs(_ result: RunResult, style: RenderStyle = .plain) -> [Int: [String]] {
        var notes: [Int: [String]] = [:]
        if let best = result.rankedBestTestEpoch?.epoch {
            notes[best, default: []].append(style.say(.noteBestTest))
        }
        if let full = result.history.first(where: { $0.trainAccuracy >= 1 }) {
            notes[full.epoch, default: []].append(style.say(.noteTrainFull))
        }
        if let lowest = result.lowestTestLossEpoch {
            notes[lowest.epoch, default: []].append(style.say(.noteLowestTestLoss))
        }
        if let restored = result.restoredEpoch { notes[restored, default: []].append(style.say(.noteRestored)) }
        return notes
    }

    /// Notes are kept while the first one fits (a longer list continues on the next line, under
    /// the notes); the epochs they name are also named below the table and in the diagnosis.
    static func epochTable(_ result: RunResult, spacing: Int?, style: RenderStyle) -> String {
        let bare = epochTable(result, spacing: spacing, notes: false, style: style)
        let room = style.width - bare.naturalWidth - 2
        return
            (room >= style.say(.noteBestTest).displayWidth
            ? epochTable(result, spacing: spacing, notes: true, style: style) : bare).render(style: style)
    }

    static func epochTable(_ result: RunResult, spacing: Int?, notes withNotes: Bool, style: RenderStyle) -> TextTable {
        let validation = result.config.validationSize > 0 && result.history.allSatisfy { $0.validationLoss != nil }
        var header = [
            style.say(.columnEpoch), style.say(.columnTrainAcc), style.say(.columnTestAcc), style.say(.columnGap),
            style.say(.columnTrainLoss), style.say(.columnTestLoss),
        ]
        if validation { header.append(style.say(.columnValLoss)) }
        var table = TextTable(
            header: header + (withNotes ? [""] : []),
            alignments: header.map { _ in .right } + (withNotes ? [.left] : []), overflow: .items)
        let wanted = Set(selectedEpochs(result, spacing: spacing))
        let named = namedEpochs(result, style: style)
        for metrics in result.history where wanted.contains(metrics.epoch) {
            var row = [
                String(metrics.epoch), Text.percent(metrics.trainAccuracy), Text.percent(metrics.testAccuracy),
                Text.points(metrics.gap), Text.loss(metrics.trainLoss), Text.loss(metrics.testLoss),
            ]
            if validation { row.append(metrics.validationLoss.map(Text.loss) ?? "-") }
            table.add(withNotes ? row + [(named[metrics.epoch] ?? []).joined(separator: ", ")] : row)
        }
        return table
    }

    /// Four sparklines: accuracies on one shared scale, losses on another.
    static func curves(_ history: [EpochMetrics], style: RenderStyle) -> String {
        let trainAccuracy = history.map(\.trainAccuracy), testAccuracy = history.map(\.testAccuracy)
        let trainLoss = history.map(\.trainLoss), testLoss = history.map(\.testLoss)
        let rows: [(String, [Double], ClosedRange<Double>?, (Double) -> String)] = [
            (
                style.say(.columnTrainAcc), trainAccuracy, Sparkline.range(of: [trainAccuracy, testAccuracy]),
                Text.percent
            ),
            (
                style.say(.columnTestAcc), testAccuracy, Sparkline.range(of: [trainAccuracy, testAccuracy]),
                Text.percent
            ),
            (style.say(.columnTrainLoss), trainLoss, Sparkline.range(of: [trainLoss, testLoss]), Text.loss),
            (style.say(.columnTestLoss), testLoss, Sparkline.range(of: [trainLoss, testLoss]), Text.loss),
        ]
        return curveLines(rows.map { ($0.0, $0.1, $0.2, $0.3) }, axisEpochs: history.count, style: style)
    }

    /// Labelled sparklines sharing one epoch axis: `label  ▁▂▅█  first → last`.
    static func curveLines(
        _ rows: [(label: String, values: [Double], range: ClosedRange<Double>?, format: (Double) -> String)],
        axisEpochs: Int, labelWidth minimum: Int = 0, style: RenderStyle
    ) -> String {
        let labelWidth = max(minimum, (rows.map { $0.label.displayWidth }.max() ?? 0) + 2)
        let endsWidth = 24
        let room = max(8, style.width - labelWidth - endsWidth - 2)
        var out = ""
        for row in rows {
            let line = Sparkline.render(
                row.values, axisEpochs: axisEpochs, maxColumns: room, range: row.range, unicode: style.unicode)
            let columns = min(max(axisEpochs, row.values.count), room)
            var ends = ""
            if let first = row.values.first, let last = row.values.last {
                ends = "\(row.format(first)) \(style.arrow) \(row.format(last))"
            }
            out += Text.padRight(row.label, labelWidth) + Text.padRight(line, columns) + "  " + ends
            while out.last == " " { out.removeLast() }
            out += "\n"
        }
        return out
    }
}
