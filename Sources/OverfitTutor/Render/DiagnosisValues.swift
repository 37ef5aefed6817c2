import OverfitLessons
import OverfitTraining

/// The figures a diagnosis template may name (`{train_acc}`, `{peak_epoch}`, …), as the run
/// report writes them. `DiagnosisTemplates.Key.placeholders` says which section takes which.
struct DiagnosisValues {
    let values: [String: String]
    /// Where each figure among `values` was measured: the run's measure at an epoch. A template
    /// that prints one cites it (`DiagnosisWords`), so the narration audit can check it.
    let cited: [String: CitedFigure.Term]

    /// `RunConfig.evaluationMistakes` in the words' language: `on raw 0-255 pixels`; empty when
    /// the run is evaluated properly.
    static func mistakes(_ config: RunConfig, words: TutorMessages) -> String {
        guard config.evaluationMistakes != nil else { return "" }
        var mistakes: [String] = []
        if config.evaluationPixels == .raw { mistakes.append(words.text(.mistakeRawPixels)) }
        if config.batchNorm && config.batchNormEvaluation == .batch {
            mistakes.append(words.text(.mistakeBatchNormTraining))
        }
        return DiagnosisWords.joined(mistakes, last: words.text(.wordAnd))
    }

    init(_ diagnosis: Diagnosis, words: TutorMessages = .installed(.english)) {
        var values: [String: String] = [
            "steps": Text.grouped(diagnosis.steps), "few_steps": Text.grouped(Diagnosis.fewSteps),
            "chance_loss": FigureFormat.fixed(Diagnosis.chanceLoss, digits: 2),
            "epochs": String(diagnosis.steps / max(1, diagnosis.batchesPerEpoch)),
            "planned_epochs": String(diagnosis.config.epochs),
            "batch": String(diagnosis.config.batchSize), "lr": KnobParsing.format(diagnosis.config.learningRate),
            "mistake": Self.mistakes(diagnosis.config, words: words),
            "brakes": DiagnosisWords.joined(
                diagnosis.config.regularisersInUse.map { "\($0.name) \($0.value(in: diagnosis.config))" }
                    + (diagnosis.config.batchNorm ? ["batchnorm on"] : []), last: words.text(.wordAnd)),
        ]
        if let final = diagnosis.final {
            values["train_acc"] = Text.percent(final.trainAccuracy)
            values["test_acc"] = Text.percent(final.testAccuracy)
            values["gap"] = Self.points(final.gap, words: words)
            values["train_loss"] = Text.loss(final.trainLoss)
            values["test_loss"] = Text.loss(final.testLoss)
        }
        if let (digit, share) = diagnosis.dominantPrediction {
            values["digit"] = String(digit)
            values["digit_share"] = Text.percent(share)
        }
        if let diverged = diagnosis.divergedAt {
            values["epoch"] = String(diverged.epoch)
            values["batch_number"] = String(diverged.batch)
        }
        if let fall = diagnosis.largestTrainFall {
            values["peak_train_acc"] = Text.percent(fall.peak.trainAccuracy)
            values["peak_epoch"] = String(fall.peak.epoch)
            values["low_train_acc"] = Text.percent(fall.low.trainAccuracy)
            values["low_epoch"] = String(fall.low.epoch)
        }
        values["perfect_epoch"] = diagnosis.firstPerfectTrainEpoch.map(String.init)
        values["restored_epoch"] = diagnosis.restoredEpoch.map(String.init)
        values["lowest_loss_epoch"] = diagnosis.lowestTestLossEpoch.map(String.init)
        values["lowest_loss"] = diagnosis.lowestTestLoss.map(Text.loss)
        values["gap_then"] = diagnosis.gapAtLowestTestLoss.map { Self.points($0, words: words) }
        values["test_acc_then"] = diagnosis.testAccuracyAtLowestTestLoss.map(Text.percent)
        values["best_test_acc"] = diagnosis.bestTestAccuracy.map(Text.percent)
        values["best_epoch"] = diagnosis.bestTestEpoch.map(String.init)
        self.values = values
        cited = Self.sources(diagnosis)
    }

    /// The figures' sources, by placeholder: each is read at the epoch its sentence names.
    private static func sources(_ diagnosis: Diagnosis) -> [String: CitedFigure.Term] {
        var terms: [String: CitedFigure.Term] = [:]
        func cite(_ name: String, _ measure: CitedFigure.Measure, at epoch: Int?) {
            guard let epoch else { return }
            terms[name] = CitedFigure.Term(run: nil, history: diagnosis.history, epoch: epoch, measure: measure)
        }
        let final = diagnosis.final?.epoch
        cite("train_acc", .trainAccuracy, at: final)
        cite("test_acc", .testAccuracy, at: final)
        cite("gap", .gap, at: final)
        cite("train_loss", .trainLoss, at: final)
        cite("test_loss", .testLoss, at: final)
        cite("peak_train_acc", .trainAccuracy, at: diagnosis.largestTrainFall?.peak.epoch)
        cite("low_train_acc", .trainAccuracy, at: diagnosis.largestTrainFall?.low.epoch)
        cite("lowest_loss", .testLoss, at: diagnosis.lowestTestLossEpoch)
        cite("gap_then", .gap, at: diagnosis.lowestTestLossEpoch)
        cite("test_acc_then", .testAccuracy, at: diagnosis.lowestTestLossEpoch)
        cite("best_test_acc", .testAccuracy, at: diagnosis.bestTestEpoch)
        return terms
    }

    /// `24.57 points`: a gap in percentage points, unsigned.
    static func points(_ gap: Double, words: TutorMessages) -> String {
        words.text(.unitPoints, ["value": FigureFormat.points(gap, signed: false)])
    }
}
