import OverfitLessons
import OverfitTraining

/// `plot`: one run's train, test (and validation) curves, or several runs' test curves on one
/// chart with a legend. On loss charts the lowest test loss of each run is marked: the epoch
/// after which more training made the network worse on images it never saw.
enum RunPlot {
    enum Metric: String, CaseIterable { case accuracy, loss, gap }

    static func single(_ record: Session.RunRecord, label: String, metric: Metric, style: RenderStyle) -> String {
        let history = record.result.history
        // The curves are named in the style's language; the end labels align by display width.
        let train = style.say(.columnTrain), test = style.say(.columnTest), val = style.say(.chartVal)
        var series: [Chart.Series]
        switch metric {
        case .loss:
            series = [
                Chart.Series(name: train, values: history.map(\.trainLoss)),
                Chart.Series(name: test, values: history.map(\.testLoss)),
            ]
            let validation = history.compactMap(\.validationLoss)
            if validation.count == history.count { series.append(Chart.Series(name: val, values: validation)) }
        case .gap:
            series = [Chart.Series(name: style.say(.columnGap), values: history.map(\.gap))]
        case .accuracy:
            series = [
                Chart.Series(name: train, values: history.map(\.trainAccuracy)),
                Chart.Series(name: test, values: history.map(\.testAccuracy)),
            ]
            let validation = history.compactMap(\.validationAccuracy)
            if validation.count == history.count { series.append(Chart.Series(name: val, values: validation)) }
        }
        let lowest = metric == .loss ? lowestTestLoss(record.result) : nil
        let titles: [Metric: TutorMessages.Key] = [
            .accuracy: .plotTitleAccuracy, .loss: .plotTitleLoss, .gap: .plotTitleGap,
        ]
        var out =
            Text.wrap(style.say(titles[metric] ?? .plotTitleAccuracy, ["label": label]), width: style.width) + "\n"
            + Chart.render(
                series, axisEpochs: history.count, marks: lowest.map { [(1, $0)] } ?? [],
                format: format(metric), style: style)
        if let lowest {
            out +=
                Text.wrap(
                    style.say(
                        .plotLowest,
                        [
                            "mark": String(Chart.markGlyph(style)), "loss": Text.loss(history[lowest].testLoss),
                            "epoch": String(history[lowest].epoch),
                        ]), width: style.width) + "\n"
        }
        return out
    }

    /// Each run's test curve (or gap) on one epoch axis and one scale, named by `labels`.
    static func overlay(_ records: [Session.RunRecord], labels: [String], metric: Metric, style: RenderStyle) -> String
    {
        let read: (EpochMetrics) -> Double
        switch metric {
        case .accuracy: read = \.testAccuracy
        case .loss: read = \.testLoss
        case .gap: read = \.gap
        }
        let series = zip(records, labels).map { Chart.Series(name: $1, values: $0.result.history.map(read)) }
        let lowest = metric == .loss ? records.map { lowestTestLoss($0.result) } : []
        let marks = lowest.enumerated().compactMap { index, epoch in epoch.map { (series: index, index: $0) } }
        let axis = records.map(\.result.history.count).max() ?? 0
        let titles: [Metric: TutorMessages.Key] = [
            .accuracy: .plotOverlayAccuracy, .loss: .plotOverlayLoss, .gap: .plotOverlayGap,
        ]
        var out =
            Text.wrap(
                style.say(titles[metric] ?? .plotOverlayAccuracy, ["count": String(records.count)]), width: style.width)
            + "\n"
        out += Chart.render(series, axisEpochs: axis, marks: marks, format: format(metric), style: style)
        out += legend(records, labels: labels, style: style)
        if !marks.isEmpty {
            let list = zip(labels, zip(records, lowest)).compactMap { label, pair -> String? in
                pair.1.map {
                    style.say(
                        .plotLowestItem,
                        [
                            "label": label, "loss": Text.loss(pair.0.result.history[$0].testLoss),
                            "epoch": String(pair.0.result.history[$0].epoch),
                        ])
                }
            }
            out +=
                Text.wrap(
                    style.say(
                        .plotLowestList,
                        ["mark": String(Chart.markGlyph(style)), "items": list.joined(separator: "; ")]),
                    width: style.width) + "\n"
        }
        return out
    }

    /// The curves' markers (ASCII) or colours, and which run each label is.
    static func legend(_ records: [Session.RunRecord], labels: [String], style: RenderStyle) -> String {
        let items = zip(records, labels).enumerated().map { index, pair in
            let (record, label) = pair
            let name = runName(label, id: record.id, style: style)
            if !style.unicode { return "\(Chart.asciiMarkers[index % Chart.asciiMarkers.count]) \(name)" }
            let colour = Chart.colours[index % Chart.colours.count]
            return style.color ? style.paint("━━ \(name)", colour) : name
        }
        let key: TutorMessages.Key = style.unicode && !style.color ? .plotLegendNamed : .plotLegend
        return Text.wrap(style.say(key, ["items": items.joined(separator: ", ")]), width: style.width) + "\n"
    }

    /// A run as charts name it: `run 4` (`실행 4`) when its label is the plain one
    /// (`Session.runLabel`), else the label and the run, `base (run 4)`.
    static func runName(_ label: String, id: Int, style: RenderStyle) -> String {
        label == "run \(id)" || label == style.say(.chartRun, ["id": String(id)])
            ? style.say(.chartRun, ["id": String(id)])
            : style.say(.chartRunNamed, ["label": label, "id": String(id)])
    }

    /// The index of the lowest finite test loss (the earliest on ties).
    /// The index in the history of the run's lowest test loss, where its epochs can be ranked.
    static func lowestTestLoss(_ result: RunResult) -> Int? {
        result.lowestTestLossEpoch.flatMap { lowest in result.history.firstIndex { $0.epoch == lowest.epoch } }
    }

    static func format(_ metric: Metric) -> (Double) -> String {
        switch metric {
        case .loss: return Text.loss
        case .gap: return { Text.points($0) }
        case .accuracy: return Text.percent
        }
    }
}
