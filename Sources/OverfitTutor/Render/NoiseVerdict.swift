import OverfitLessons
import OverfitTraining

/// `compare`'s last lines: is the difference in final test accuracy between two runs clear, or
/// within seed-to-seed noise? The words are `lessons/diagnosis.txt`'s `compare-*` sections; this
/// chooses the section by the method the seeds allow and the interval, and fills its typed
/// figures (`help compare` states the method too).
enum NoiseVerdict {
    static func render(
        _ a: Session.RunRecord, _ b: Session.RunRecord, labels: (String, String), templates: DiagnosisTemplates,
        style: RenderStyle
    ) -> String {
        guard let comparison = SeedComparison(a.seeds, b.seeds) else {
            let values: [String: VerdictValue] = ["a": .label(labels.0), "b": .label(labels.1)]
            return paragraph(templates.text(.compareNone, typed: values), style: style)
        }
        let (key, values) = chosen(comparison, labels: labels, templates: templates, style: style)
        let text = templates.text(key, typed: values) ?? plain(comparison, labels: labels)
        return paragraph(text, style: style)
    }

    /// The section that is true of `comparison`'s numbers, and its figures.
    static func chosen(
        _ comparison: SeedComparison, labels: (String, String), templates: DiagnosisTemplates,
        style: RenderStyle
    ) -> (DiagnosisTemplates.Key, [String: VerdictValue]) {
        let difference = comparison.difference, interval = comparison.interval
        var values: [String: VerdictValue] = [
            "a": .label(labels.0), "b": .label(labels.1), "difference": .signedPoints(difference),
            "low": .signedPoints(interval.lowerBound), "high": .signedPoints(interval.upperBound),
            "seeds_a": .count(comparison.a.count), "seeds_b": .count(comparison.b.count),
        ]
        switch comparison.method {
        case .welch(let welch):
            // Both spreads zero: no degrees of freedom and no noise to weigh the difference against.
            guard let degrees = welch.degrees else {
                return (difference == 0 ? .compareNoSpreadSame : .compareNoSpreadDiffer, values)
            }
            values["degrees"] = .degrees(degrees)
            guard comparison.isClear else { return (.compareNoise, values) }
            return (difference > 0 ? .compareClearBetter : .compareClearWorse, values)
        case .measured(let spread, let half):
            let alone: String?
            if comparison.a.count == 1 && comparison.b.count == 1 {
                alone = templates.text(.compareBothSides, typed: ["a": .label(labels.0), "b": .label(labels.1)])
            } else {
                alone = templates.text(
                    .compareOneSide, typed: ["run": .label(comparison.a.count == 1 ? labels.0 : labels.1)])
            }
            values["alone"] = .words(alone ?? "")
            values["how"] = .words(measuredOn(spread, style: style))
            values["spread"] = .points(spread.summary.standardDeviation)
            values["half"] = .points(half)
            if comparison.isClear { return (.compareMeasuredClear, values) }
            if let repeats = spread.repeatsToSettle(difference) {
                values["repeats"] = .count(repeats)
                return (.compareMeasuredSettle, values)
            }
            values["max_repeats"] = .count(RunConfig.maximumRepeats)
            return (.compareMeasuredNever, values)
        }
    }

    /// Without `diagnosis.txt`: the difference and its interval, so nothing computed is lost.
    static func plain(_ comparison: SeedComparison, labels: (String, String)) -> String {
        "Test accuracy, \(labels.1) minus \(labels.0): \(signedPoints(comparison.difference)) points (95% interval \(signedPoints(comparison.interval.lowerBound)) to \(signedPoints(comparison.interval.upperBound)))."
    }

    /// What `spread` was measured on, in the style's language: `the default 300-image run over
    /// seeds 0-29`. The one measurement kept is the defaults' (`MeasuredSpread.defaults`).
    static func measuredOn(_ spread: MeasuredSpread, style: RenderStyle) -> String {
        style.say(
            .spreadDefaults,
            [
                "images": String(spread.trainSize), "first": String(spread.seeds.lowerBound),
                "last": String(spread.seeds.upperBound),
            ])
    }

    private static func paragraph(_ text: String?, style: RenderStyle) -> String {
        guard let text else { return "" }
        return Text.wrap(text, width: style.width) + "\n"
    }

    /// `+1.23` or `-0.45`: a difference of accuracies in points.
    static func signedPoints(_ fraction: Double) -> String { FigureFormat.points(fraction) }
}
