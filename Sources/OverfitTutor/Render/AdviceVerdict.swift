import OverfitLessons
import OverfitTraining

/// After a run with repeats that changed only what the run before it (also with repeats)
/// advised first: did the advice keep its promise? Kept only when the promised figure moved
/// clearly, by `compare`'s test (`PromiseOverSeeds`); a move within seed noise is called noise.
/// The words are `lessons/diagnosis.txt`'s `advice-*` sections.
enum AdviceVerdict {
    static func render(
        before: Session.RunRecord, after: Session.RunRecord, labels: (before: String, after: String),
        words: DiagnosisWords, style: RenderStyle
    ) -> String? {
        guard let (advice, judged) = judge(before: before, after: after, fixed: words.fixed) else { return nil }
        var values: [String: VerdictValue] = [
            "run": .label(labels.after), "before": .label(labels.before), "advice": .words(advice.settings),
            "promise": .words(promiseWords(judged.promise, style: style)),
            "seeds_before": .count(RepeatedRun(before.seeds).finished.count),
            "seeds_after": .count(RepeatedRun(after.seeds).finished.count),
            "difference": .signedPoints(judged.figure.difference),
            "low": .signedPoints(judged.figure.interval.lowerBound),
            "high": .signedPoints(judged.figure.interval.upperBound),
        ]
        let key: DiagnosisTemplates.Key
        switch judged.outcome {
        case .kept: key = .adviceKept
        case .noise: key = .adviceNoise
        case .broken: key = .adviceBroken
        case .unmoved:
            key = .adviceUnmoved
            for name in ["difference", "low", "high"] { values[name] = nil }
        case .costTestAccuracy:
            key = .adviceCost
            values["test_difference"] = .signedPoints(judged.testAccuracy.difference)
            values["test_low"] = .signedPoints(judged.testAccuracy.interval.lowerBound)
            values["test_high"] = .signedPoints(judged.testAccuracy.interval.upperBound)
        }
        return words.templates.text(key, typed: values).map { Text.wrap($0, width: style.width) + "\n" }
    }

    /// What the advice promised, in the style's language: `the gap narrows`.
    static func promiseWords(_ promise: Diagnosis.Promise, style: RenderStyle) -> String {
        switch promise {
        case .gapNarrows: return style.say(.promiseGapNarrows)
        case .testAccuracyRises: return style.say(.promiseTestAccuracyRises)
        case .trainAccuracyRises: return style.say(.promiseTrainAccuracyRises)
        case .finishesWithoutNaN: return style.say(.promiseFinishesWithoutNan)
        }
    }

    /// The first advice of `before`'s diagnosis (over the mean of its seeds, as it was printed),
    /// if `after` is `before` with exactly that change, and its promise judged over the seeds.
    static func judge(before: Session.RunRecord, after: Session.RunRecord, fixed: Set<KnobID>) -> (
        Advice, PromiseOverSeeds
    )? {
        guard before.seeds.count > 1, after.seeds.count > 1, before.result.config.patience == 0,
            let mean = RepeatedRun(before.seeds).meanResult
        else { return nil }
        let diagnosis = Diagnosis(mean)
        guard let advice = diagnosis.advice(keeping: fixed).first, let promise = diagnosis.promise,
            advice.applied(to: before.result.config) == after.result.config,
            let judged = PromiseOverSeeds(promise, before: before.seeds, after: after.seeds)
        else { return nil }
        return (advice, judged)
    }
}
