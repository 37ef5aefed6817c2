extension Diagnosis {
    /// At most this many changes are advised: the first is the one most likely to help.
    public static let maxAdvice = 4

    /// What to try next, most likely to help first. Each change is a step from the run's own
    /// knobs, found through the knob table's `Remedy` roles, and never one the run's config
    /// makes harmful: no brake added to a network its brakes already keep from fitting, no
    /// penalty the default network collapses under. Knobs in `fixed` (a challenge's rules) are
    /// never advised.
    public func advice(keeping fixed: Set<KnobID> = []) -> [Advice] {
        let all: [Advice?]
        switch verdict {
        case .overfitting: all = againstOverfitting()
        // Two steps back: a collapse lies far past the brake's useful range, and one step often
        // still collapses (λ 0.3 → 0.03 leaves the default network at 11.35%; 0.003 recovers).
        case .collapsed: all = config.regularisersInUse.map { step($0.id, up: false, times: 2) }
        case .tooFewSteps: all = [longerRun(), smallerBatch()]
        case .diverged: all = [smallerLearningRate()]
        case .unstable: all = [step(.learningRate, up: false), config.batchSize < 10 ? step(.batch, up: true) : nil]
        case .underfitting: all = againstUnderfitting()
        case .evaluationMistake: all = evaluatedProperly()
        case .healthy, .noEpochs, .randomLabels: all = []
        }
        let allowed = all.compactMap { $0 }.filter { !fixed.contains($0.knob) }
        return Array(allowed.prefix(Self.maxAdvice))
    }

    /// Data first (it cannot keep a network from fitting), then the brakes a network that fits
    /// its training set does not use yet, in the knob table's order.
    private func againstOverfitting() -> [Advice?] {
        let remedies = RunConfig.knobs.filter { $0.remedy != nil }
        let data: [Advice?] = remedies.filter { $0.remedy?.role == .data }.map(moreOf)
        if heldBack {
            // Held back by its own brakes, a network is helped by easing them, not by more data:
            // dropout 0.5 with 900 images, or with rotated copies, trains worse than with 300
            // (test 75.56% → 59.84%, seed 0), while dropout 0.25 reaches 79.89%. One module
            // shared by every layer is the lab slides' mistake, not a brake: undo it first.
            let shared = config.batchNormShared ? [Advice(.batchNormShared, .choice("off"))] : []
            return shared + config.regularisersInUse.map { step($0.id, up: false) } + data
        }
        var list = data
        // A network that does not fit its own training images is held back already: another
        // brake would cost more than it saves (the lesson-4 run with λ = 0.1).
        if (final?.trainAccuracy ?? 0) >= 0.99 && !config.layers.isEmpty {
            list += remedies.filter { $0.remedy?.role == .regulariser || $0.remedy?.role == .budget }.map(turnedOn)
        }
        return list
    }

    private func againstUnderfitting() -> [Advice?] {
        let usual = config.optimizer.usualLearningRate
        var list: [Advice?] = []
        if config.learningRate > usual * 3 { list.append(smallerLearningRate()) }
        list += config.regularisersInUse.map { step($0.id, up: false) }
        if config.learningRate < usual / 3 { list.append(step(.learningRate, up: true)) }
        if trainAccuracyStillRising { list.append(step(.epochs, up: true)) }
        return list
    }

    private func evaluatedProperly() -> [Advice?] {
        [
            config.evaluationPixels == .raw
                ? Advice(.evaluationPixels, .choice(RunConfig.EvaluationPixels.scaled.rawValue)) : nil,
            config.batchNorm && config.batchNormEvaluation == .batch
                ? Advice(.batchNormEvaluation, .choice(RunConfig.BatchNormEvaluation.running.rawValue)) : nil,
        ]
    }

    /// The knob `times` steps up or down from the run's value, by its remedy's factor.
    private func step(_ id: KnobID, up: Bool, times: Int = 1) -> Advice? {
        let knob = RunConfig.knob(id)
        guard let remedy = knob.remedy else { return nil }
        var value = knob.typedValue(in: config)
        for _ in 0..<times {
            guard let moved = remedy.step(value, up: up, domain: knob.domain) else { break }
            value = moved
        }
        return value == knob.typedValue(in: config) ? nil : Advice(knob.id, value)
    }

    /// A data knob turned the way that brings more images.
    private func moreOf(_ knob: Knob) -> Advice? {
        knob.remedy?.against == .turnOn ? turnedOn(knob) : step(knob.id, up: knob.remedy?.against == .raise)
    }

    /// The knob set to its remedy's first value, if it is off now and the result is a config
    /// that can run (batch norm needs two images a batch).
    private func turnedOn(_ knob: Knob) -> Advice? {
        guard let first = knob.remedy?.first, knob.typedValue(in: config) == knob.typedValue(in: RunConfig()) else {
            return nil
        }
        let advice = Advice(knob.id, first)
        return (try? advice.applied(to: config).validate()) == nil ? nil : advice
    }

    /// Enough epochs for `fewSteps` gradient steps, in tens.
    private func longerRun() -> Advice? {
        guard batchesPerEpoch > 0 else { return nil }
        let needed = (Self.fewSteps + batchesPerEpoch - 1) / batchesPerEpoch
        let epochs = min(1000, (needed + 9) / 10 * 10)
        return epochs > config.epochs ? Advice(.epochs, .whole(epochs)) : nil
    }

    /// A tenth of the batch, for more steps per epoch, but never below ten images: batches of
    /// one or two lurch (lesson 10), which would trade too few steps for unstable ones.
    private func smallerBatch() -> Advice? {
        guard let smaller = step(.batch, up: false), case .whole(let size) = smaller.value, size >= 10 else {
            return nil
        }
        return smaller
    }

    /// lr a tenth of the run's, and no higher than the optimizer's usual rate: a run that blew
    /// up at lr 10 is not helped by lr 1, which leaves the lessons' network at chance.
    private func smallerLearningRate() -> Advice? {
        guard let lower = step(.learningRate, up: false), case .real(let value) = lower.value else { return nil }
        return Advice(.learningRate, .real(min(value, config.optimizer.usualLearningRate)))
    }
}
