import OverfitData
import OverfitLessons
import OverfitTraining

/// A `layers` sweep against the number of weights: one line per network, smallest first, with
/// its final test loss drawn on a strip (■, `#` in ASCII) so the double-descent shape (up to
/// a peak, then down again) shows down the page. The first network to fit every training image
/// (train accuracy 100%, the interpolation threshold) is marked, and a closing line names it
/// and the network of highest test loss, from these runs' own figures.
enum WeightsChart {
    struct Row {
        let value: String
        let weights: Int
        let final: EpochMetrics
    }

    static func render(rows input: [(value: String, record: Session.RunRecord)], style: RenderStyle) -> String {
        // With repeats: the mean over the seeds, as the accuracy chart shows.
        let rows = input.compactMap { row -> Row? in
            let seeds = row.record.seeds
            guard let final = seeds.count > 1 ? RepeatedRun(seeds).meanFinal : row.record.result.final,
                let weights = row.record.result.config.weightCount()
            else { return nil }
            return Row(value: row.value, weights: weights, final: final)
        }.sorted { $0.weights < $1.weights }
        guard rows.count >= 2 else { return "" }
        let losses = rows.map(\.final.testLoss).filter(\.isFinite)
        let scale = Chart.widened((losses.min() ?? 0)...(losses.max() ?? 1))
        let threshold = rows.firstIndex { $0.final.trainAccuracy >= 1 }
        let mark = style.say(.weightsThreshold, ["arrow": style.unicode ? "←" : "<-"])
        let header = [
            "layers", style.say(.columnWeights), style.say(.columnTrain), style.say(.columnTest),
            style.say(.columnTestLoss),
        ]
        var table = TextTable(
            header: header + ["", ""], alignments: [.right, .right, .right, .right, .right, .left, .left])
        // Each column is as wide as its widest figure or its header, whichever is wider.
        let least = zip([6, 7, 7, 7, 9], header).map { max($0, $1.displayWidth) }
        let valueWidth = max(least[0], rows.map(\.value.displayWidth).max() ?? 0)
        let weightWidth = max(least[1], rows.map { $0.weights.groupedDigits.count }.max() ?? 0)
        let fixed = valueWidth + weightWidth + least[2] + least[3] + least[4] + mark.displayWidth + 2 * 6
        let width = max(10, style.width - fixed)
        for (index, row) in rows.enumerated() {
            table.add([
                row.value, row.weights.groupedDigits, Text.percent(row.final.trainAccuracy),
                Text.percent(row.final.testAccuracy), Text.loss(row.final.testLoss),
                strip(row.final.testLoss, scale: scale, width: width, style: style),
                index == threshold ? mark : "",
            ])
        }
        table.header[5] = axis(scale, width: width)
        var out =
            Text.wrap(style.say(.weightsTitle, ["mark": style.unicode ? "■" : "#"]), width: style.width) + "\n"
        out += table.render(style: style)
        out += Text.wrap(summary(rows, threshold: threshold, style: style), width: style.width) + "\n"
        return out
    }

    /// Where train accuracy first reaches 100%, and where test loss peaks, in these runs.
    static func summary(_ rows: [Row], threshold: Int?, style: RenderStyle) -> String {
        func name(_ row: Row) -> String {
            style.say(.weightsNetwork, ["value": row.value, "weights": row.weights.groupedDigits])
        }
        let fit =
            threshold.map { style.say(.weightsFit, ["network": name(rows[$0])]) } ?? style.say(.weightsNoFit)
        guard let peak = rows.indices.max(by: { rows[$0].final.testLoss < rows[$1].final.testLoss }) else {
            return fit
        }
        let place: TutorMessages.Key =
            peak == rows.count - 1
            ? .weightsPeakLargest
            : peak == 0 ? .weightsPeakSmallest : .weightsPeakInside
        return style.say(.weightsSummary, ["fit": fit, "peak": style.say(place, ["network": name(rows[peak])])])
    }

    /// `1.2000` at the left of the strip and `2.5000` at its right.
    static func axis(_ scale: ClosedRange<Double>, width: Int) -> String {
        let left = Text.loss(scale.lowerBound), right = Text.loss(scale.upperBound)
        let room = max(1, width - left.displayWidth - right.displayWidth)
        return left + String(repeating: " ", count: room) + right
    }

    /// A bar from the left edge to where the loss falls on the shared scale.
    static func strip(_ loss: Double, scale: ClosedRange<Double>, width: Int, style: RenderStyle) -> String {
        guard loss.isFinite else { return "?" }
        let fraction = (loss - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
        let filled = min(width, max(1, Int((fraction * Double(width - 1)).rounded()) + 1))
        return String(repeating: style.unicode ? "■" : "#", count: filled)
            + String(repeating: style.unicode ? "·" : ".", count: width - filled)
    }
}
