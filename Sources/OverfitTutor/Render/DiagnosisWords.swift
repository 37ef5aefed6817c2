import OverfitLessons
import OverfitTraining

/// A run's diagnosis in words. The words are `lessons/diagnosis.txt`'s; this only chooses the
/// sections, fills their placeholders from the run, and lists the advice the diagnosis
/// computed. Without the file it says the verdict and the advice plainly.
public struct DiagnosisWords: Sendable {
    public let templates: DiagnosisTemplates
    /// Knobs the current lesson's rules keep (the challenge's train_size): never advised.
    public let fixed: Set<KnobID>
    /// The language of the words the tutor fills in (`{which}`, the joiners, "points").
    public let language: Language

    public init(templates: DiagnosisTemplates, fixed: Set<KnobID> = [], language: Language = .english) {
        self.templates = templates
        self.fixed = fixed
        self.language = language
    }

    /// The tutor's own words in the diagnosis's language.
    var words: TutorMessages { TutorMessages.installed(language) }

    /// One paragraph (unwrapped): the verdict with the run's figures, then what to try.
    public func describe(_ diagnosis: Diagnosis) -> String {
        let advice = diagnosis.advice(keeping: fixed)
        let figures = DiagnosisValues(diagnosis, words: words)
        let templates = CitingTemplates(templates: templates, cited: figures.cited)
        var values = figures.values
        values["details"] = details(diagnosis, advice: advice, values: values, templates: templates)
        values["advice"] = Self.list(advice, or: words.text(.wordOr))
        values["which"] = words.text(advice.count == 1 ? .diagnosisWhichOne : .diagnosisWhichFirst)
        let verdict = Self.section(diagnosis.verdict)
        guard let judged = templates.text(verdict, values: values) else {
            return Self.plain(diagnosis, advice: advice)
        }
        var sentences = [judged]
        if let tried = Self.trySection(diagnosis) {
            let next =
                advice.isEmpty ? templates.text(.nothingToTry, values: values) : templates.text(tried, values: values)
            if let next { sentences.append(next) }
        }
        return sentences.joined(separator: " ")
    }

    /// The sentences after an overfitting verdict: how the network memorised, where test loss
    /// turned, and why some remedies are not advised.
    private func details(
        _ diagnosis: Diagnosis, advice: [Advice], values: [String: String], templates: CitingTemplates
    ) -> String {
        guard diagnosis.verdict == .overfitting, let final = diagnosis.final else { return "" }
        var parts: [String?] = []
        // Under early stopping, epochs after the restored one describe a discarded network.
        if let perfect = diagnosis.firstPerfectTrainEpoch, perfect <= (diagnosis.restoredEpoch ?? perfect) {
            parts.append(templates.text(final.trainAccuracy >= 1 ? .memorised : .touchedPerfect, values: values))
        }
        if diagnosis.restoredEpoch != nil {
            parts.append(templates.text(.earlyStopped, values: values))
        } else if diagnosis.testLossTurnedUp, let then = diagnosis.testAccuracyAtLowestTestLoss {
            var turn = values
            // A gap that grew from zero or more widened; one that went from negative (test above
            // train) to positive reversed, both figures then signed (-9.19 → +19.17 points).
            var gapChange: DiagnosisTemplates.Key?
            var gapValues = values
            if let then = diagnosis.gapAtLowestTestLoss, final.gap > then {
                if then >= 0 {
                    gapChange = .gapWidened
                } else if final.gap > 0 {
                    gapChange = .gapReversed
                    gapValues["gap_then"] = words.text(.unitPoints, ["value": FigureFormat.points(then)])
                    gapValues["gap"] = words.text(.unitPoints, ["value": FigureFormat.points(final.gap)])
                }
            }
            turn["gap_widened"] = gapChange.flatMap { templates.text($0, values: gapValues).map { " " + $0 } } ?? ""
            let bestElsewhere =
                diagnosis.bestTestEpoch != diagnosis.lowestTestLossEpoch
                && (diagnosis.bestTestAccuracy ?? 0) > final.testAccuracy + 0.005
            turn["best_elsewhere"] =
                bestElsewhere ? templates.text(.bestElsewhere, values: values).map { " " + $0 } ?? "" : ""
            // Half a point either way is "held": accuracy counts answers, loss also their confidence.
            let change = final.testAccuracy - then
            parts.append(
                templates.text(change > 0.005 ? .turnRose : change < -0.005 ? .turnFell : .turnHeld, values: turn))
        }
        if diagnosis.heldBack {
            // One module shared by every layer is the lab slides' mistake, not a brake (lesson 6).
            parts.append(
                templates.text(diagnosis.config.batchNormShared ? .sharedStatistics : .heldBack, values: values))
        }
        let kept = fixed.sorted().filter { RunConfig.knob($0).remedy?.role == .data }.map(\.rawValue)
        if !kept.isEmpty {
            parts.append(templates.text(.keptByRules, values: ["knobs": Self.joined(kept, last: words.text(.wordAnd))]))
        }
        let sentences = parts.compactMap { $0 }
        return sentences.isEmpty ? "" : " " + sentences.joined(separator: " ")
    }

    static func section(_ verdict: Diagnosis.Verdict) -> DiagnosisTemplates.Key {
        switch verdict {
        case .overfitting: return .overfitting
        case .collapsed: return .collapsed
        case .tooFewSteps: return .tooFewSteps
        case .interrupted: return .interrupted
        case .diverged: return .diverged
        case .unstable: return .unstable
        case .underfitting: return .underfitting
        case .healthy: return .healthy
        case .evaluationMistake: return .evaluationMistake
        case .noEpochs: return .noEpochs
        case .randomLabels: return .randomLabels
        }
    }

    /// The advice's section: a held-back network is told to ease its brakes, and an unstable one
    /// that ended fitted (small batches) cannot raise train accuracy, only keep it.
    static func trySection(_ diagnosis: Diagnosis) -> DiagnosisTemplates.Key? {
        if diagnosis.easesABrake { return .heldBackTry }
        if diagnosis.verdict == .unstable, (diagnosis.final?.trainAccuracy ?? 0) >= Diagnosis.fitted {
            return .unstableFittedTry
        }
        return trySection(diagnosis.verdict)
    }

    static func trySection(_ verdict: Diagnosis.Verdict) -> DiagnosisTemplates.Key? {
        switch verdict {
        case .overfitting: return .overfittingTry
        case .collapsed: return .collapsedTry
        case .tooFewSteps: return .tooFewStepsTry
        case .diverged: return .divergedTry
        case .unstable: return .unstableTry
        case .underfitting: return .underfittingTry
        case .evaluationMistake: return .evaluationMistakeTry
        case .healthy, .noEpochs, .randomLabels, .interrupted: return nil
        }
    }

    /// `` `set train_size 900`, `set augment rotate` or `set dropout 0.2` ``.
    static func list(_ advice: [Advice], or word: String = "or") -> String {
        joined(advice.map { "`set \($0.settings)`" }, last: word)
    }

    /// `a`, `a or b`, `a, b or c` (with the language's word for "or" or "and").
    static func joined(_ items: [String], last word: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    /// Without `diagnosis.txt`: the verdict's name and the changes, so nothing computed is lost.
    static func plain(_ diagnosis: Diagnosis, advice: [Advice]) -> String {
        var text = "Diagnosis: \(diagnosis.verdict.rawValue.replacingOccurrences(of: "_", with: " "))"
        if let final = diagnosis.final {
            text += " (train \(Text.percent(final.trainAccuracy)), test \(Text.percent(final.testAccuracy)))"
        }
        text += "."
        if !advice.isEmpty { text += " Try " + list(advice) + "." }
        return text
    }
}

/// The diagnosis's templates, citing each figure a filled section prints (`CitedFigure`).
private struct CitingTemplates {
    let templates: DiagnosisTemplates
    let cited: [String: CitedFigure.Term]

    func text(_ key: DiagnosisTemplates.Key, values: [String: String]) -> String? {
        guard let text = templates.text(key, values: values) else { return nil }
        // Only a listening log (check-lessons) needs the section's placeholders read again.
        guard CitationLog.current != nil else { return text }
        for name in templates.placeholders(key) {
            if let term = cited[name], let shown = values[name] { CitedFigure.cite([term], text: shown) }
        }
        return text
    }
}
