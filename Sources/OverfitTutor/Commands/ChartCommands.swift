import Foundation
import OverfitData
import OverfitTraining

/// plot, samples: a larger chart of one run, and test digits it got wrong.
enum ChartCommands {
    static let metrics = ["accuracy", "loss", "gap"]

    static let commands: [Command] = [
        Command(
            name: "plot", usage: "plot [RUNS] [accuracy|loss|gap]",
            complete: { session, _ in .words(session.state.runs.map { String($0.id) } + metrics) },
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in try plot(session, arguments) }),
        Command(
            name: "samples", usage: "samples [RUN|A vs B] [COUNT]",
            complete: Completers.runIds,
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                if let pair = try comparedRuns(session, arguments) {
                    try samplesCompared(session, pair.first, pair.second, count: pair.count)
                } else {
                    try samples(session, arguments)
                }
            }),
    ]

    /// The run named by an argument that is a number, else the last run.
    static func pickRun(_ session: Session, _ arguments: inout [String]) throws(HintedError) -> Session.RunRecord {
        if let first = arguments.first,
            first.allSatisfy({ $0.isNumber || $0 == "#" }) || session.guide?.runID(named: first) != nil
        {
            arguments.removeFirst()
            return try session.record(first)
        }
        guard let last = session.state.runs.last else {
            throw HintedError("no runs yet", hint: "`run` trains the current knobs, e.g. set epochs 10, then run")
        }
        return last
    }

    static func plot(_ session: Session, _ given: [String]) throws(HintedError) {
        var words = given
        var metric = RunPlot.Metric.accuracy
        if let last = words.last, !session.isRunReference(last) {
            let typed = last.lowercased()
            guard let chosen = RunPlot.Metric.allCases.first(where: { !typed.isEmpty && $0.rawValue.hasPrefix(typed) })
            else {
                throw HintedError(
                    "plot draws accuracy, loss or gap (got `\(Text.shown(last))`)",
                    hint: "e.g. plot \(session.state.runs.last.map { String($0.id) } ?? "1") loss")
            }
            metric = chosen
            words.removeLast()
        }
        if let stray = words.first(where: { !session.isRunReference($0) }) {
            throw HintedError(
                "plot takes run ids, then accuracy, loss or gap (got `\(Text.shown(stray))`)",
                hint: "e.g. plot 1 2 loss")
        }
        guard words.count <= Chart.colours.count else {
            throw HintedError(
                "plot overlays at most \(Chart.colours.count) runs (got \(words.count))",
                hint: "compare lines up more of them")
        }
        var records: [Session.RunRecord] = []
        for word in words { records.append(try session.record(word)) }
        if records.isEmpty {
            var none: [String] = []
            records = [try pickRun(session, &none)]
        }
        if let empty = records.first(where: { $0.result.history.isEmpty }) {
            throw HintedError("run \(empty.id) has no finished epochs to plot")
        }
        let labels = records.map { session.runLabel($0.id) }
        if records.count == 1, let record = records.first {
            session.write(
                RunPlot.single(
                    record, label: labels[0] == "run \(record.id)" ? labels[0] : "\(labels[0]) (run \(record.id))",
                    metric: metric, style: session.style))
        } else {
            session.write(RunPlot.overlay(records, labels: labels, metric: metric, style: session.style))
        }
    }

    static func samples(_ session: Session, _ given: [String]) throws(HintedError) {
        var arguments = given
        let record = try pickRun(session, &arguments)
        var count = 8
        if let text = arguments.first {
            guard arguments.count == 1, let wanted = Int(text), (1...40).contains(wanted) else {
                throw HintedError(
                    "samples takes a run id and a count in [1, 40] (got `\(Text.shown(arguments.joined(separator: " ")))`)",
                    hint: "e.g. samples \(record.id) 12")
            }
            count = wanted
        }
        guard !record.result.history.isEmpty else {
            throw HintedError("run \(record.id) stopped before its first epoch: nothing to show")
        }
        // A resume re-executes it silently: the digits need not be loaded for nobody to see.
        if session.mode.muted { return }
        let test: Dataset
        do { test = try session.backend.testImages(of: record.result.config.dataset) } catch {
            throw HintedError(error, doing: "load the test digits")
        }
        let predictions = record.result.testPredictions
        guard predictions.count == test.count else {
            throw HintedError("run \(record.id) has \(predictions.count) predictions for \(test.count) test digits")
        }
        session.write(gallery(record.id, test: test, predictions: predictions, count: count, style: session.style))
    }

    /// `A vs B [COUNT]`, or `A B [COUNT]` where B is a lesson name or `#N` (a bare number after
    /// one run has always been a count, and saved sessions say `samples 3 5` meaning that).
    static func comparedRuns(_ session: Session, _ given: [String]) throws(HintedError)
        -> (first: Session.RunRecord, second: Session.RunRecord, count: Int)?
    {
        var words = given
        if words.count >= 3, words[1].lowercased() == "vs" {
            words.remove(at: 1)
        } else if words.count >= 2, words[1].allSatisfy(\.isNumber) || !session.isRunReference(words[1]) {
            return nil
        }
        guard words.count >= 2, words.count <= 3 else { return nil }
        var count = 8
        if words.count == 3 {
            guard let wanted = Int(words[2]), (1...40).contains(wanted) else {
                throw HintedError(
                    "samples takes two runs and a count in [1, 40] (got `\(Text.shown(words[2]))`)",
                    hint: "e.g. samples 1 vs 2 8")
            }
            count = wanted
        }
        return (try session.record(words[0]), try session.record(words[1]), count)
    }

    static func samplesCompared(_ session: Session, _ first: Session.RunRecord, _ second: Session.RunRecord, count: Int)
        throws(HintedError)
    {
        for record in [first, second] where record.result.history.isEmpty {
            throw HintedError("run \(record.id) stopped before its first epoch: nothing to show")
        }
        let dataset = first.result.config.dataset
        guard second.result.config.dataset == dataset else {
            throw HintedError(
                "runs \(first.id) and \(second.id) were tested on different datasets (\(dataset), \(second.result.config.dataset)): their answers cannot be compared image by image",
                hint: "compare two runs on the same dataset, e.g. two Fashion-MNIST runs")
        }
        if session.mode.muted { return }
        // The runs' own test set: two Fashion-MNIST runs are drawn as clothing, not as digits.
        let test: Dataset
        do { test = try session.backend.testImages(of: dataset) } catch {
            throw HintedError(error, doing: "load the test images")
        }
        for record in [first, second] where record.result.testPredictions.count != test.count {
            throw HintedError(
                "run \(record.id) has \(record.result.testPredictions.count) predictions for \(test.count) test digits")
        }
        session.write(
            DigitContrast.render(
                (session.runLabel(first.id), first), (session.runLabel(second.id), second),
                test: test, count: count, style: session.style))
    }

    static func gallery(_ id: Int, test: Dataset, predictions: [UInt8], count: Int, style: RenderStyle) -> String {
        let wrong = test.indices.filter { predictions[$0] != test.labels[$0] }
        let right = test.indices.filter { predictions[$0] == test.labels[$0] }
        let chosen = Array((wrong + right).prefix(count))
        let share = Text.percent(Double(wrong.count) / Double(max(1, test.count)))
        let out =
            Text.wrap(
                "run \(id): \(Text.grouped(wrong.count)) of \(Text.grouped(test.count)) test digits misclassified (\(share)); mistakes first, true \(style.arrow) predicted:",
                width: style.width) + "\n"
        let digits = chosen.map { index in
            let ok = predictions[index] == test.labels[index]
            let mark = ok ? (style.unicode ? "✓" : "ok") : (style.unicode ? "✗" : "X")
            return (
                lines: DigitArt.render(
                    pixels: test.image(at: index), rows: test.rows, cols: test.cols, unicode: style.unicode),
                caption: "\(test.labels[index]) \(style.arrow) \(predictions[index]) \(mark)"
            )
        }
        return out + DigitArt.gallery(digits, style: style)
    }
}
