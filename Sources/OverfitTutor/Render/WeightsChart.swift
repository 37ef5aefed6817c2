import OverfitData
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
        let mark = "← 100% train"
        var table = TextTable(
            header: ["layers", "weights", "train", "test", "test loss", "", ""],
            alignments: [.right, .right, .right, .right, .right, .left, .left])
        let valueWidth = max(6, rows.map(\.value.displayWidth).max() ?? 0)
        let weightWidth = max(7, rows.map { $0.weights.groupedDigits.count }.max() ?? 0)
        let fixed = valueWidth + weightWidth + 7 + 7 + 9 + mark.displayWidth + 2 * 6
        let width = max(10, style.width - fixed)
        for (index, row) in rows.enumerated() {
            table.add([
                row.value, row.weights.groupedDigits, Text.percent(row.final.trainAccuracy),
                Text.percent(row.final.testAccuracy), Text.loss(row.final.testLoss),
                strip(row.final.testLoss, scale: scale, width: width, style: style),
                index == threshold ? (style.unicode ? mark : "<- 100% train") : "",
            ])
        }
        table.header[5] = axis(scale, width: width)
        var out =
            Text.wrap(
                "test loss against the number of weights (\(style.unicode ? "■" : "#") final test loss, lower is better)",
                width: style.width) + "\n"
        out += table.render(style: style)
        out += Text.wrap(summary(rows, threshold: threshold), width: style.width) + "\n"
        return out
    }

    /// Where train accuracy first reaches 100%, and where test loss peaks, in these runs.
    static func summary(_ rows: [Row], threshold: Int?) -> String {
        func name(_ row: Row) -> String { "layers \(row.value) (\(row.weights.groupedDigits) weights)" }
        let fit =
            threshold.map { "train accuracy first reaches 100% at \(name(rows[$0]))" }
            ?? "no network here reaches 100% train accuracy"
        guard let peak = rows.indices.max(by: { rows[$0].final.testLoss < rows[$1].final.testLoss }) else {
            return fit
        }
        let place =
            peak == rows.count - 1
            ? "the largest network"
            : peak == 0 ? "the smallest network" : "a peak inside the sweep"
        return "\(fit); test loss is highest at \(name(rows[peak])), \(place)"
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
