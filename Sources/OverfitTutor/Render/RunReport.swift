import OverfitTraining

/// What is printed after every run: how it ended, a table of selected epochs, the best test
/// accuracy, sparklines of the four curves and a diagnosis in words. Holds no wall-clock time,
/// so a replayed session prints it byte for byte.
public enum RunReport {
    /// `words` carries `lessons/diagnosis.txt` and the knobs a lesson's rules keep.
    public static func render(_ result: RunResult, style: RenderStyle, words: DiagnosisWords) -> String {
        var out = Text.wrap(statusLine(result), width: style.width) + "\n"
        guard !result.history.isEmpty else {
            return out + Text.wrap(words.describe(Diagnosis(result)), width: style.width) + "\n"
        }
        out += epochTable(result, style: style)
        if let best = result.bestTestEpoch, let final = result.final {
            out += "best test accuracy \(Text.percent(best.testAccuracy)) at epoch \(best.epoch); "
            out += "final gap \(Text.points(final.gap)) points\n"
        }
        out += curves(result.history, style: style)
        out += Text.wrap(words.describe(Diagnosis(result)), width: style.width) + "\n"
        return out
    }

    /// `finished 100 epochs on 300 training images`, or how the run was cut short.
    public static func statusLine(_ result: RunResult) -> String {
        let done = result.history.count
        let images = "on \(Text.grouped(result.trainingImages)) training image\(result.trainingImages == 1 ? "" : "s")"
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

    /// Epochs worth a row: the first, four evenly spaced, the last, and the best and restored ones.
    static func selectedEpochs(_ result: RunResult) -> [Int] {
        let epochs = result.history.map(\.epoch)
        guard epochs.count > 8 else { return epochs }
        var chosen = Set<Int>()
        for step in 0...5 { chosen.insert(epochs[(epochs.count - 1) * step / 5]) }
        if let best = result.bestTestEpoch?.epoch { chosen.insert(best) }
        if let restored = result.restoredEpoch { chosen.insert(restored) }
        return chosen.sorted()
    }

    /// Without the notes column when it would not fit (the best epoch is also named below the table).
    static func epochTable(_ result: RunResult, style: RenderStyle) -> String {
        let full = epochTable(result, notes: true)
        return (full.naturalWidth <= style.width ? full : epochTable(result, notes: false)).render(style: style)
    }

    static func epochTable(_ result: RunResult, notes withNotes: Bool) -> TextTable {
        var table = TextTable(header: ["epoch", "train acc", "test acc", "gap", "train loss", "test loss", ""],
                              alignments: [.right, .right, .right, .right, .right, .right, .left])
        let wanted = Set(selectedEpochs(result))
        let best = result.bestTestEpoch?.epoch
        for metrics in result.history where wanted.contains(metrics.epoch) {
            var notes: [String] = []
            if metrics.epoch == best { notes.append("best test") }
            if metrics.epoch == result.restoredEpoch { notes.append("restored") }
            let row = [String(metrics.epoch), Text.percent(metrics.trainAccuracy), Text.percent(metrics.testAccuracy),
                       Text.points(metrics.gap), Text.loss(metrics.trainLoss), Text.loss(metrics.testLoss)]
            table.add(withNotes ? row + [notes.joined(separator: ", ")] : row)
        }
        if !withNotes {
            table.header.removeLast()
            table.alignments.removeLast()
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
    static func curveLines(_ rows: [(label: String, values: [Double], range: ClosedRange<Double>?, format: (Double) -> String)],
                           axisEpochs: Int, labelWidth minimum: Int = 0, style: RenderStyle) -> String {
        let labelWidth = max(minimum, (rows.map(\.label.count).max() ?? 0) + 2)
        let endsWidth = 24
        let room = max(8, style.width - labelWidth - endsWidth - 2)
        var out = ""
        for row in rows {
            let line = Sparkline.render(row.values, axisEpochs: axisEpochs, maxColumns: room, range: row.range, unicode: style.unicode)
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
