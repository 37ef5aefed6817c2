import OverfitData
import OverfitLessons
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
        let words = Words(style)
        var table = TextTable(
            header: [knob, words.run, words.train, words.test] + (repeated ? [words.range] : []) + [words.gap, ""],
            alignments: [.right, .right, .right, .right] + (repeated ? [.right] : []) + [.right, .left])
        let rangeWidth = repeated ? max(15, words.range.displayWidth) : 0
        let stripWidth = max(10, style.width - fixedWidth(knob: knob, rows: rows, words: words) - rangeWidth - 2)
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
        let marks = [
            "knob": knob, "range": style.unicode ? "─" : "-", "train": style.unicode ? "●" : "*",
            "test": style.unicode ? "○" : "o",
        ]
        var out =
            Text.wrap(
                repeated
                    ? style.say(.sweepTitleRepeats, marks)
                    : style.say(.sweepTitle, marks.filter { $0.key != "range" }), width: style.width) + "\n"
        out += table.render(style: style)
        out += Text.wrap(bestLine(knob: knob, rows: rows, finals: finals, style: style), width: style.width) + "\n"
        return out
    }

    /// The column headers in the style's language, which also set the columns' widths.
    struct Words {
        let run: String, train: String, test: String, range: String, gap: String

        init(_ style: RenderStyle) {
            run = style.say(.columnRun)
            train = style.say(.columnTrain)
            test = style.say(.columnTest)
            range = style.say(.columnTestRange)
            gap = style.say(.columnGap)
        }
    }

    /// The best value, named best only if its lead over the next is clear of seed noise
    /// (`SeedComparison`: Welch's t with repeats, the measured spread with one seed a side).
    static func bestLine(
        knob: String, rows: [(value: String, record: Session.RunRecord)], finals: [EpochMetrics?], style: RenderStyle
    ) -> String {
        let ranked = zip(rows, finals).compactMap { row, final in final.map { (row, $0) } }
            .sorted { $0.1.testAccuracy > $1.1.testAccuracy }
        guard let best = ranked.first else { return style.say(.sweepNoneFinished) }
        var figures = [
            "knob": knob, "value": best.0.value, "id": String(best.0.record.id),
            "accuracy": Text.percent(best.1.testAccuracy),
        ]
        guard ranked.count > 1, let comparison = SeedComparison(ranked[1].0.record.seeds, best.0.record.seeds) else {
            return style.say(.sweepHighest, figures)
        }
        figures["next"] = ranked[1].0.value
        figures["difference"] = FigureFormat.points(comparison.difference)
        figures["low"] = FigureFormat.points(comparison.interval.lowerBound)
        figures["high"] = FigureFormat.points(comparison.interval.upperBound)
        return style.say(comparison.isClear ? .sweepBest : .sweepNoClearBest, figures)
    }

    /// The columns before the strip: the widest cell of each, two spaces between.
    /// A header wider than its figures (Korean `실행` is four columns) widens its column.
    static func fixedWidth(knob: String, rows: [(value: String, record: Session.RunRecord)], words: Words) -> Int {
        let valueWidth = max(knob.displayWidth, rows.map(\.value.displayWidth).max() ?? 0)
        let runWidth = max(words.run.displayWidth, rows.map { String($0.record.id).count }.max() ?? 0)
        let figures =
            max(7, words.train.displayWidth) + max(7, words.test.displayWidth) + max(6, words.gap.displayWidth)
        return valueWidth + runWidth + figures + 2 * 5 + 1
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
