import Foundation
import OverfitData
import OverfitTraining

/// plot, samples: a larger chart of one run, and test digits it got wrong.
enum ChartCommands {
    static let metrics = ["accuracy", "loss", "gap"]

    static let commands: [Command] = [
        Command(name: "plot", usage: "plot [RUN] [accuracy|loss|gap]", summary: "a larger chart of a run's curves (the last run's accuracy by default)",
                help: "Train and test curves by epoch, scaled to the run's own range, fitted to the terminal width. Each curve is named at its right end.",
                complete: { session, arguments in
                    arguments.isEmpty ? .words(session.runs.map { String($0.id) } + metrics) : .words(metrics)
                },
                handler: { session, arguments throws(HintedError) in try plot(session, arguments) }),
        Command(name: "samples", usage: "samples [RUN] [COUNT]", summary: "test digits drawn in the terminal with true and predicted labels, mistakes first",
                help: "Shows COUNT (default 8) of the 10,000 test digits: the misclassified ones first, then some the network got right.",
                complete: Completers.runIds,
                handler: { session, arguments throws(HintedError) in try samples(session, arguments) }),
    ]

    /// The run named by an argument that is a number, else the last run.
    static func pickRun(_ session: Session, _ arguments: inout [String]) throws(HintedError) -> Session.RunRecord {
        if let first = arguments.first, first.allSatisfy({ $0.isNumber || $0 == "#" }) || session.guide?.runID(named: first) != nil {
            arguments.removeFirst()
            return try session.record(first)
        }
        guard let last = session.runs.last else {
            throw HintedError("no runs yet", hint: "`run` trains the current knobs, e.g. set epochs 10, then run")
        }
        return last
    }

    static func plot(_ session: Session, _ given: [String]) throws(HintedError) {
        var arguments = given
        let record = try pickRun(session, &arguments)
        let metric = arguments.first?.lowercased() ?? "accuracy"
        guard arguments.count <= 1, let kind = metrics.first(where: { $0.hasPrefix(metric) }), !metric.isEmpty else {
            throw HintedError("plot draws accuracy, loss or gap (got `\(Text.shown(arguments.joined(separator: " ")))`)", hint: "e.g. plot \(record.id) loss")
        }
        let history = record.result.history
        guard !history.isEmpty else { throw HintedError("run \(record.id) has no finished epochs to plot") }
        var series: [Chart.Series]
        let format: (Double) -> String
        switch kind {
        case "loss":
            series = [Chart.Series(name: "train", values: history.map(\.trainLoss)), Chart.Series(name: "test", values: history.map(\.testLoss))]
            let validation = history.compactMap(\.validationLoss)
            if validation.count == history.count { series.append(Chart.Series(name: "val", values: validation)) }
            format = Text.loss
        case "gap":
            series = [Chart.Series(name: "gap", values: history.map(\.gap))]
            format = { Text.points($0) }
        default:
            series = [Chart.Series(name: "train", values: history.map(\.trainAccuracy)), Chart.Series(name: "test", values: history.map(\.testAccuracy))]
            let validation = history.compactMap(\.validationAccuracy)
            if validation.count == history.count { series.append(Chart.Series(name: "val", values: validation)) }
            format = Text.percent
        }
        let title = "run \(record.id): \(kind == "gap" ? "train - test accuracy (points)" : kind) by epoch\n"
        session.write(title + Chart.render(series, axisEpochs: history.count,
                                           format: format, style: session.style))
    }

    static func samples(_ session: Session, _ given: [String]) throws(HintedError) {
        var arguments = given
        let record = try pickRun(session, &arguments)
        var count = 8
        if let text = arguments.first {
            guard arguments.count == 1, let wanted = Int(text), (1...40).contains(wanted) else {
                throw HintedError("samples takes a run id and a count in [1, 40] (got `\(Text.shown(arguments.joined(separator: " ")))`)", hint: "e.g. samples \(record.id) 12")
            }
            count = wanted
        }
        guard !record.result.history.isEmpty else { throw HintedError("run \(record.id) stopped before its first epoch: nothing to show") }
        // A resume re-executes it silently: the digits need not be loaded for nobody to see.
        if session.muted { return }
        let test: Dataset
        do { test = try session.backend.testImages() } catch { throw HintedError(error, doing: "load the test digits") }
        let predictions = record.result.testPredictions
        guard predictions.count == test.count else {
            throw HintedError("run \(record.id) has \(predictions.count) predictions for \(test.count) test digits")
        }
        session.write(gallery(record.id, test: test, predictions: predictions, count: count, style: session.style))
    }

    static func gallery(_ id: Int, test: Dataset, predictions: [UInt8], count: Int, style: RenderStyle) -> String {
        let wrong = test.indices.filter { predictions[$0] != test.labels[$0] }
        let right = test.indices.filter { predictions[$0] == test.labels[$0] }
        let chosen = Array((wrong + right).prefix(count))
        let share = Text.percent(Double(wrong.count) / Double(max(1, test.count)))
        let out = Text.wrap("run \(id): \(Text.grouped(wrong.count)) of \(Text.grouped(test.count)) test digits misclassified (\(share)); mistakes first, true \(style.arrow) predicted:", width: style.width) + "\n"
        let digits = chosen.map { index in
            let ok = predictions[index] == test.labels[index]
            let mark = ok ? (style.unicode ? "✓" : "ok") : (style.unicode ? "✗" : "X")
            return (lines: DigitArt.render(pixels: test.image(at: index), rows: test.rows, cols: test.cols, unicode: style.unicode),
                    caption: "\(test.labels[index]) \(style.arrow) \(predictions[index]) \(mark)")
        }
        return out + DigitArt.gallery(digits, style: style)
    }
}
