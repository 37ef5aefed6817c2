import OverfitData

/// `samples A vs B`: the test digits one run gets right and the other gets wrong, drawn with
/// the wrong run's answer, and how many go each way. Read from each run's recorded predictions.
enum DigitContrast {
    typealias Named = (label: String, record: Session.RunRecord)

    static func render(_ first: Named, _ second: Named, test: Dataset, count: Int, style: RenderStyle) -> String {
        let a = first.record.result.testPredictions, b = second.record.result.testPredictions
        let onlyFirst = test.indices.filter { a[$0] == test.labels[$0] && b[$0] != test.labels[$0] }
        let onlySecond = test.indices.filter { b[$0] == test.labels[$0] && a[$0] != test.labels[$0] }
        let both = test.indices.filter { a[$0] != test.labels[$0] && b[$0] != test.labels[$0] }.count
        let nameA = name(first, style: style), nameB = name(second, style: style)
        var out =
            Text.wrap(
                style.say(
                    .samplesContrast,
                    [
                        "only_first": Text.grouped(onlyFirst.count), "first": nameA, "second": nameB,
                        "only_second": Text.grouped(onlySecond.count), "both": Text.grouped(both),
                        "count": Text.grouped(test.count),
                    ]), width: style.width) + "\n"
        guard !onlyFirst.isEmpty else { return out }
        out +=
            Text.wrap(style.say(.samplesContrastSome, ["arrow": style.arrow, "second": nameB]), width: style.width)
            + "\n"
        let digits = onlyFirst.prefix(count).map { index in
            (
                lines: DigitArt.render(
                    pixels: test.image(at: index), rows: test.rows, cols: test.cols, unicode: style.unicode),
                caption: "\(test.labels[index]) \(style.arrow) \(b[index])"
            )
        }
        return out + DigitArt.gallery(Array(digits), style: style)
    }

    static func name(_ named: Named, style: RenderStyle) -> String {
        RunPlot.runName(named.label, id: named.record.id, style: style)
    }
}
