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
            throw HintedError(session.style.say(.errorNoRunsYet), hint: session.style.say(.hintNoRunsYet))
        }
        return last
    }

    static func plot(_ session: Session, _ given: [String]) throws(HintedError) {
        let style = session.style
        var words = given
        var metric = RunPlot.Metric.accuracy
        if let last = words.last, !session.isRunReference(last) {
            let typed = last.lowercased()
            guard let chosen = RunPlot.Metric.allCases.first(where: { !typed.isEmpty && $0.rawValue.hasPrefix(typed) })
            else {
                throw HintedError(
                    style.say(.errorPlotMetric, ["got": Text.shown(last)]),
                    hint: style.say(.hintPlotMetric, ["id": session.state.runs.last.map { String($0.id) } ?? "1"]))
            }
            metric = chosen
            words.removeLast()
        }
        if let stray = words.first(where: { !session.isRunReference($0) }) {
            throw HintedError(
                style.say(.errorPlotWords, ["got": Text.shown(stray)]), hint: style.say(.hintPlotWords))
        }
        guard words.count <= Chart.colours.count else {
            throw HintedError(
                style.say(.errorPlotTooMany, ["most": String(Chart.colours.count), "count": String(words.count)]),
                hint: style.say(.hintPlotTooMany))
        }
        var records: [Session.RunRecord] = []
        for word in words { records.append(try session.record(word)) }
        if records.isEmpty {
            var none: [String] = []
            records = [try pickRun(session, &none)]
        }
        if let empty = records.first(where: { $0.result.history.isEmpty }) {
            throw HintedError(style.say(.errorPlotNoEpochs, ["id": String(empty.id)]))
        }
        let labels = records.map { chartLabel(session, $0.id) }
        if records.count == 1, let record = records.first {
            session.write(
                RunPlot.single(
                    record, label: RunPlot.runName(labels[0], id: record.id, style: style), metric: metric,
                    style: style))
        } else {
            session.write(RunPlot.overlay(records, labels: labels, metric: metric, style: style))
        }
    }

    /// `Session.runLabel` in the style's language: a lesson run's name as it is, `run 4` as `실행 4`.
    static func chartLabel(_ session: Session, _ id: Int) -> String {
        let label = session.runLabel(id)
        return label == "run \(id)" ? session.style.say(.chartRun, ["id": String(id)]) : label
    }

    static func samples(_ session: Session, _ given: [String]) throws(HintedError) {
        var arguments = given
        let record = try pickRun(session, &arguments)
        var count = 8
        if let text = arguments.first {
            guard arguments.count == 1, let wanted = Int(text), (1...40).contains(wanted) else {
                throw HintedError(
                    session.style.say(.errorSamplesCount, ["got": Text.shown(arguments.joined(separator: " "))]),
                    hint: session.style.say(.hintSamplesCount, ["id": String(record.id)]))
            }
            count = wanted
        }
        guard !record.result.history.isEmpty else {
            throw HintedError(session.style.say(.errorSamplesNoEpochs, ["id": String(record.id)]))
        }
        // A resume re-executes it silently: the digits need not be loaded for nobody to see.
        if session.mode.muted { return }
        let test: Dataset
        do { test = try session.backend.testImages(of: record.result.config.dataset) } catch {
            throw HintedError(error, doing: .loadTestDigits)
        }
        let predictions = record.result.testPredictions
        guard predictions.count == test.count else {
            throw HintedError(mismatch(record, test: test, style: session.style))
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
                    session.style.say(.errorSamplesPairCount, ["got": Text.shown(words[2])]),
                    hint: session.style.say(.hintSamplesPairCount))
            }
            count = wanted
        }
        return (try session.record(words[0]), try session.record(words[1]), count)
    }

    static func samplesCompared(_ session: Session, _ first: Session.RunRecord, _ second: Session.RunRecord, count: Int)
        throws(HintedError)
    {
        let style = session.style
        for record in [first, second] where record.result.history.isEmpty {
            throw HintedError(style.say(.errorSamplesNoEpochs, ["id": String(record.id)]))
        }
        let dataset = first.result.config.dataset
        guard second.result.config.dataset == dataset else {
            throw HintedError(
                style.say(
                    .errorSamplesDatasets,
                    [
                        "first": String(first.id), "second": String(second.id), "dataset": "\(dataset)",
                        "other": "\(second.result.config.dataset)",
                    ]), hint: style.say(.hintSamplesDatasets))
        }
        if session.mode.muted { return }
        // The runs' own test set: two Fashion-MNIST runs are drawn as clothing, not as digits.
        let test: Dataset
        do { test = try session.backend.testImages(of: dataset) } catch {
            throw HintedError(error, doing: .loadTestImages)
        }
        for record in [first, second] where record.result.testPredictions.count != test.count {
            throw HintedError(mismatch(record, test: test, style: style))
        }
        session.write(
            DigitContrast.render(
                (chartLabel(session, first.id), first), (chartLabel(session, second.id), second),
                test: test, count: count, style: style))
    }

    /// A run whose recorded answers do not cover the test set it names (a hand-edited file).
    static func mismatch(_ record: Session.RunRecord, test: Dataset, style: RenderStyle) -> String {
        style.say(
            .errorSamplesPredictions,
            [
                "id": String(record.id), "predictions": String(record.result.testPredictions.count),
                "count": String(test.count),
            ])
    }

    static func gallery(_ id: Int, test: Dataset, predictions: [UInt8], count: Int, style: RenderStyle) -> String {
        let wrong = test.indices.filter { predictions[$0] != test.labels[$0] }
        let right = test.indices.filter { predictions[$0] == test.labels[$0] }
        let chosen = Array((wrong + right).prefix(count))
        let share = Text.percent(Double(wrong.count) / Double(max(1, test.count)))
        let out =
            Text.wrap(
                style.say(
                    .samplesHeading,
                    [
                        "id": String(id), "wrong": Text.grouped(wrong.count), "count": Text.grouped(test.count),
                        "share": share, "arrow": style.arrow,
                    ]), width: style.width) + "\n"
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
