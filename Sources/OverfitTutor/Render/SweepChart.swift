import OverfitTraining

/// A sweep's result: per value, its run and final accuracies, and a strip on one shared scale
/// where train (●, `*` in ASCII) and test (○, `o`) sit, so the learning curve or the U shows
/// down the page. Values are in the order typed.
enum SweepChart {
    static func render(knob: String, rows: [(value: String, record: Session.RunRecord)], style: RenderStyle) -> String {
        let finals = rows.map { $0.record.result.final }
        let figures = finals.compactMap { $0 }.flatMap { [$0.trainAccuracy, $0.testAccuracy] }
        let low = figures.min() ?? 0, high = figures.max() ?? 1
        let scale = Chart.widened(low...high)
        var table = TextTable(
            header: [knob, "run", "train", "test", "gap", ""],
            alignments: [.right, .right, .right, .right, .right, .left])
        let stripWidth = max(10, style.width - fixedWidth(knob: knob, rows: rows) - 2)
        for (row, final) in zip(rows, finals) {
            let cells = [
                row.value, String(row.record.id), final.map { Text.percent($0.trainAccuracy) } ?? "-",
                final.map { Text.percent($0.testAccuracy) } ?? "-", final.map { Text.points($0.gap) } ?? "-",
            ]
            table.add(cells + [final.map { strip($0, scale: scale, width: stripWidth, style: style) } ?? ""])
        }
        table.header[5] = axis(scale, width: stripWidth)
        var out =
            "sweep \(knob): final accuracy by value, on one scale (\(style.unicode ? "●" : "*") train, \(style.unicode ? "○" : "o") test)\n"
        out += table.render(style: style)
        if let best = zip(rows, finals).filter({ $0.1 != nil }).max(by: {
            ($0.1?.testAccuracy ?? 0) < ($1.1?.testAccuracy ?? 0)
        }),
            let final = best.1
        {
            out +=
                "highest final test accuracy: \(knob) \(best.0.value) (run \(best.0.record.id), \(Text.percent(final.testAccuracy)))\n"
        }
        return out
    }

    /// The columns before the strip: the widest cell of each, two spaces between.
    static func fixedWidth(knob: String, rows: [(value: String, record: Session.RunRecord)]) -> Int {
        let valueWidth = max(knob.count, rows.map(\.value.count).max() ?? 0)
        let runWidth = max(3, rows.map { String($0.record.id).count }.max() ?? 0)
        return valueWidth + runWidth + 7 + 7 + 6 + 2 * 5 + 1
    }

    /// `57.50%` at the left of the strip and `100.00%` at its right.
    static func axis(_ scale: ClosedRange<Double>, width: Int) -> String {
        let left = Text.percent(scale.lowerBound), right = Text.percent(scale.upperBound)
        let room = max(1, width - left.count - right.count)
        return left + String(repeating: " ", count: room) + right
    }

    /// Dots along the width, with the train and test marks where their figures fall.
    static func strip(_ final: EpochMetrics, scale: ClosedRange<Double>, width: Int, style: RenderStyle) -> String {
        var cells = Array(repeating: style.unicode ? "·" : ".", count: width)
        func column(_ value: Double) -> Int {
            let fraction = (value - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
            return min(width - 1, max(0, Int((fraction * Double(width - 1)).rounded())))
        }
        cells[column(final.testAccuracy)] = style.unicode ? "○" : "o"
        let trainColumn = column(final.trainAccuracy)
        cells[trainColumn] =
            cells[trainColumn] == (style.unicode ? "○" : "o")
            ? (style.unicode ? "◉" : "@") : (style.unicode ? "●" : "*")
        return cells.joined()
    }
}
