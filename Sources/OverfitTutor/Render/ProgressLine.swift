import OverfitData
import OverfitLessons
import OverfitTraining

/// The live line redrawn in place during a run on a TTY: epoch, accuracies, a growing sparkline
/// of test accuracy, and the time left. Never printed where output must replay.
public enum ProgressLine {
    /// `epoch 12/100  train 98.30%  test 74.10%  ▁▂▄▆▇██  ETA 0:42` (epoch 12's figures), cut to `style.width - 1`
    /// columns so the terminal never wraps it. `batch` shows progress inside the running epoch,
    /// only where an epoch has enough batches to take a while (all 60,000 images): on 300 images
    /// an epoch passes faster than the line redraws.
    public static func render(
        epoch: Int, totalEpochs: Int, batch: (done: Int, of: Int)?,
        history: [EpochMetrics], secondsRemaining: Double?, style: RenderStyle
    ) -> String {
        // The figures are the last finished epoch's, so the line names that epoch; only while a
        // long epoch's batches are counted does it name the running one, and label the figures.
        let shownBatch = batch.flatMap { $0.of >= minimumBatchesShown ? $0 : nil }
        var parts: [String]
        if let shownBatch {
            parts = [
                style.say(
                    .progressEpochBatch,
                    [
                        "epoch": String(epoch), "epochs": String(totalEpochs), "batch": String(shownBatch.done),
                        "batches": String(shownBatch.of),
                    ])
            ]
        } else {
            parts = [
                style.say(
                    .progressEpoch, ["epoch": String(history.last?.epoch ?? epoch), "epochs": String(totalEpochs)])
            ]
        }
        if let last = history.last {
            let train = Text.percent(last.trainAccuracy)
            parts.append(
                shownBatch == nil
                    ? style.say(.progressTrain, ["accuracy": train])
                    : style.say(.progressEpochTrain, ["epoch": String(last.epoch), "accuracy": train]))
            parts.append(style.say(.progressTest, ["accuracy": Text.percent(last.testAccuracy)]))
        }
        var line = parts.joined(separator: "  ")
        let eta = secondsRemaining.map { "  " + style.say(.progressEta, ["time": clock($0)]) } ?? ""
        let room = style.width - 1 - line.displayWidth - eta.displayWidth - 2
        if !history.isEmpty, room >= 4 {
            let curve = Sparkline.render(
                history.map(\.testAccuracy), axisEpochs: totalEpochs,
                maxColumns: min(room, 40), range: 0...1, unicode: style.unicode)
            line += "  " + Text.padRight(curve, min(room, 40, totalEpochs))
        }
        return Text.truncate(line + eta, style.width - 1, style: style)
    }

    static let minimumBatchesShown = 100

    /// `0:42`, `12:05`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let total = Int(seconds.rounded())
        let hours = total / 3600, minutes = total / 60 % 60, secs = total % 60
        let mm = minutes < 10 && hours > 0 ? "0\(minutes)" : "\(minutes)"
        let ss = secs < 10 ? "0\(secs)" : "\(secs)"
        return hours > 0 ? "\(hours):\(mm):\(ss)" : "\(mm):\(ss)"
    }
}
