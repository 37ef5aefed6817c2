import OverfitData
import OverfitTraining

/// A sweep's result: per value, its run and final accuracies, and a strip on one shared scale
/// where train (●, `*` in ASCII) and test (○, `o`) sit, so the learning curve or the U shows
/// down the page. Values are in the order typed.
enum SweepChart {
    static func render(knob: String, rows: [(value: String, record: Session.RunRecord)], style: RenderStyle) -> String {
        // With repeats: the mean over the seeds, and the test accuracy's range drawn on the strip.
        let finals = rows.map {
            $0.record.seeds.count > 1 ? RepeatedRun($0.record.seeds).meanFinal : $0.record.result.final
        }
        let ranges = rows.map { RepeatedRun($0.record.seeds).summary(\.testAccuracy) }
        let repeated = rows.contains { $0.record.seeds.count > 1 }
        let figures =
            finals.compactMap { $0 }.flatMap { [$0.trainAccuracy, $0.testAccuracy] }
            + (repeated ? ranges.compactMap { $0 }.flatMap { [$0.minimum, $0.maximum] } : [])
        let low = figures.min() ?? 0, high = figures.max() ?? 1
        let scale = Chart.widened(low...high)
        var table = TextTable(
            header: [knob, "run", "train", "test"] + (repeated ? ["test range"] : []) + ["gap", ""],
            alignments: [.right, .right, .right, .right] + (repeated ? [.right] : []) + [.right, .left])
        let rangeWidth = repeated ? 15 : 0
        let stripWidth = max(10, style.width - fixedWidth(knob: knob, rows: rows) - rangeWidth - 2)
        for (index, (row, final)) in zip(rows, finals).enumerated() {
            var cells = [
                row.value, String(row.record.id), final.map { Text.percent($0.trainAccuracy) } ?? "-",
                final.map { Text.percent($0.testAccuracy) } ?? "-",
            ]
            if repeated {
                cells.append(
                    ranges[index].map { "\(Text.percent($0.minimum))–\(Text.percent($0.maximum))" } ?? "-")
            }
            cells.append(final.map { Text.points($0.gap) } ?? "-")
            let range = row.record.seeds.count > 1 ? ranges[index] : nil
            table.add(
                cells + [final.map { strip($0, range: range, scale: scale, width: stripWidth, style: style) } ?? ""])
        }
        table.header[table.header.count - 1] = axis(scale, width: stripWidth)
        var out =
            Text.wrap(
                "sweep \(knob): final accuracy by value\(repeated ? " (means over the seeds; \(style.unicode ? "─" : "-") spans the seeds' test accuracies)" : ""), on one scale (\(style.unicode ? "●" : "*") train, \(style.unicode ? "○" : "o") test)",
                width: style.width) + "\n"
        out += table.render(style: style)
        out += Text.wrap(bestLine(knob: knob, rows: rows, finals: finals), width: style.width) + "\n"
        return out
    }

    /// The best value, named best only if its lead over the next is clear of seed noise
    /// (`SeedComparison`: Welch's t with repeats, the measured spread with one seed a side).
    static func bestLine(
        knob: String, rows: [(value: String, record: Session.RunRecord)], finals: [EpochMetrics?]
    ) -> String {
        let ranked = zip(rows, finals).compactMap { row, final in final.map { (row, $0) } }
            .sorted { $0.1.testAccuracy > $1.1.testAccuracy }
        guard let best = ranked.first else { return "no run finished" }
        let name = "\(knob) \(best.0.value) (run \(best.0.record.id), \(Text.percent(best.1.testAccuracy)))"
        guard ranked.count > 1, let comparison = SeedComparison(ranked[1].0.record.seeds, best.0.record.seeds) else {
            return "highest final test accuracy: \(name)"
        }
        let next = ranked[1].0.value
        let lead =
            "\(FigureFormat.points(comparison.difference)) points over \(knob) \(next), 95% interval \(FigureFormat.points(comparison.interval.lowerBound)) to \(FigureFormat.points(comparison.interval.upperBound))"
        if comparison.isClear { return "best final test accuracy: \(name), clear of the next (\(lead))" }
        return
            "no clear best: \(name) is highest, but its lead (\(lead)) is within seed noise; `help compare` says how this is judged"
    }

    /// The columns before the strip: the widest cell of each, two spaces between.
    static func fixedWidth(knob: String, rows: [(value: String, record: Session.RunRecord)]) -> Int {
        let valueWidth = max(knob.displayWidth, rows.map(\.value.displayWidth).max() ?? 0)
        let runWidth = max(3, rows.map { String($0.record.id).count }.max() ?? 0)
        return valueWidth + runWidth + 7 + 7 + 6 + 2 * 5 + 1
    }

    /// `57.50%` at the left of the strip and `100.00%` at its right.
    static func axis(_ scale: ClosedRange<Double>, width: Int) -> String {
        let left = Text.percent(scale.lowerBound), right = Text.percent(scale.upperBound)
        let room = max(1, width - left.displayWidth - right.displayWidth)
        return left + String(repeating: " ", count: room) + right
    }

    /// Dots along the width, with the train and test marks where their figures fall.
    static func strip(
        _ final: EpochMetrics, range: SeedSummary? = nil, scale: ClosedRange<Double>, width: Int, style: RenderStyle
    ) -> String {
        var cells = Array(repeating: style.unicode ? "·" : ".", count: width)
        func column(_ value: Double) -> Int {
            let fraction = (value - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
            return min(width - 1, max(0, Int((fraction * Double(width - 1)).rounded())))
        }
        if let range {
            for index in column(range.minimum)...column(range.maximum) { cells[index] = style.unicode ? "─" : "-" }
        }
        cells[column(final.testAccuracy)] = style.unicode ? "○" : "o"
        let trainColumn = column(final.trainAccuracy)
        cells[trainColumn] =
            cells[trainColumn] == (style.unicode ? "○" : "o")
            ? (style.unicode ? "◉" : "@") : (style.unicode ? "●" : "*")
        return cells.joined()
    }
}
