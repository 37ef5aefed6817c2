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
        let nameA = name(first), nameB = name(second)
        var out =
            Text.wrap(
                "\(Text.grouped(onlyFirst.count)) test digits \(nameA) gets right and \(nameB) gets wrong; "
                    + "\(Text.grouped(onlySecond.count)) the other way round; \(Text.grouped(both)) both get wrong "
                    + "(of \(Text.grouped(test.count))).", width: style.width) + "\n"
        guard !onlyFirst.isEmpty else { return out }
        out +=
            Text.wrap("Some of the first kind, true \(style.arrow) what \(nameB) answered:", width: style.width) + "\n"
        let digits = onlyFirst.prefix(count).map { index in
            (
                lines: DigitArt.render(
                    pixels: test.image(at: index), rows: test.rows, cols: test.cols, unicode: style.unicode),
                caption: "\(test.labels[index]) \(style.arrow) \(b[index])"
            )
        }
        return out + DigitArt.gallery(Array(digits), style: style)
    }

    static func name(_ named: Named) -> String {
        named.label == "run \(named.record.id)" ? named.label : "\(named.label) (run \(named.record.id))"
    }
}
