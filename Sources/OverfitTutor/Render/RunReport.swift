import OverfitData
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
        var out = Text.wrap(statusLine(result), width: style.width) + "\n"
        if let note = sampledTestNote(result) { out += Text.wrap(note, width: style.width) + "\n" }
        guard !result.history.isEmpty else {
            return out + Text.wrap(words.describe(Diagnosis(result)), width: style.width) + "\n"
        }
        var rest = ""
        if let final = result.final {
            if let best = result.bestTestEpoch, result.ranksTestEpochs {
                let shown = CitedFigure.cite(
                    .testAccuracy, of: result, run: nil, epoch: best.epoch, text: Text.percent(best.testAccuracy))
                rest += "best test accuracy \(shown) at epoch \(best.epoch); "
            }
            rest += "final gap \(CitedFigure.cite(.gap, of: result, run: nil, text: Text.points(final.gap))) points\n"
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
        var line = result.status == .finished && result.stoppedEarlyAfterEpoch == nil ? "finished" : statusLine(result)
        if let final = result.final {
            line +=
                ": train \(Text.percent(final.trainAccuracy)), test \(Text.percent(final.testAccuracy)), gap \(Text.points(final.gap))"
        }
        return Text.wrap(line, width: style.width) + "\n"
    }

    static func lineCount(_ text: String) -> Int { text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }

    /// `finished 100 epochs on 300 training images`, or how the run was cut short.
    public static func statusLine(_ result: RunResult) -> String {
        let done = result.history.count
        let images =
            "on \(Text.grouped(result.trainingImages)) \(datasetWord(result))training image\(result.trainingImages == 1 ? "" : "s")"
        switch result.status {
        case .finished:
            if let stopped = result.stoppedEarlyAfterEpoch {
                let restored = result.restoredEpoch.map { "; weights of epoch \($0) restored" } ?? ""
                return "stopped early after epoch \(stopped) of \(result.config.epochs) \(images)\(restored)"
            }
            return "finished \(done) epoch\(done == 1 ? "" : "s") \(images)"
        case .cancelled:
            return "cancelled (Ctrl-C) after \(done) of \(result.config.epochs) epochs \(images)"
        case .diverged(let epoch, let batch):
            return "diverged: the loss became NaN in epoch \(epoch) at batch \(batch), \(images)"
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
    static func namedEpochs(_ result: RunResult) -> [Int: [String]] {
        var notes: [Int: [String]] = [:]
        if let best = result.bestTestEpoch?.epoch, result.ranksTestEpochs {
            notes[best, default: []].append("best test")
        }
        if let full = result.history.first(where: { $0.trainAccuracy >= 1 }) {
            notes[full.epoch, default: []].append("train 100%")
        }
        if let lowest = result.lowestTestLossEpoch {
            notes[lowest.epoch, default: []].append("lowest test loss")
        }
        if let restored = result.restoredEpoch { notes[restored, default: []].append("restored") }
        return notes
    }

    /// Notes are kept while the first one fits (a longer list is cut at the width); the epochs they
    /// name are also named below the table and in the diagnosis.
    static func epochTable(_ result: RunResult, spacing: Int?, style: RenderStyle) -> String {
        let bare = epochTable(result, spacing: spacing, notes: false)
        let room = style.width - bare.naturalWidth - 2
        return (room >= "best test".displayWidth ? epochTable(result, spacing: spacing, notes: true) : bare).render(
            style: style)
    }

    static func epochTable(_ result: RunResult, spacing: Int?, notes withNotes: Bool) -> TextTable {
        let validation = result.config.validationSize > 0 && result.history.allSatisfy { $0.validationLoss != nil }
        var header = ["epoch", "train acc", "test acc", "gap", "train loss", "test loss"]
        if validation { header.append("val loss") }
        var table = TextTable(
            header: header + (withNotes ? [""] : []),
            alignments: header.map { _ in .right } + (withNotes ? [.left] : []))
        let wanted = Set(selectedEpochs(result, spacing: spacing))
        let named = namedEpochs(result)
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
            ("train acc", trainAccuracy, Sparkline.range(of: [trainAccuracy, testAccuracy]), Text.percent),
            ("test acc", testAccuracy, Sparkline.range(of: [trainAccuracy, testAccuracy]), Text.percent),
            ("train loss", trainLoss, Sparkline.range(of: [trainLoss, testLoss]), Text.loss),
            ("test loss", testLoss, Sparkline.range(of: [trainLoss, testLoss]), Text.loss),
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
