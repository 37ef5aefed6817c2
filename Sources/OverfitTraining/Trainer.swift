import OverfitData
import OverfitEngine

/// Trains one `RunConfig` and records its history. Never prints: it reports `TrainingEvent`s and
/// checks `isCancelled` between batches.
public final class Trainer {
    public let data: TrainingData
    /// The test set's Float copy is kept across runs (one per pixel scale and number of images
    /// measured): converting 10,000 images each run costs more than a short run's training.
    private var testEvaluators: [TestEvaluatorKey: Evaluator] = [:]

    private struct TestEvaluatorKey: Hashable {
        let pixels: RunConfig.EvaluationPixels
        let images: Int
    }

    /// The seeds of a run with `repeats` train on several threads at once and share the cache.
    private let testEvaluatorsLock = Lock()

    /// Measures the first `images` test images (all of them by default).
    func testEvaluator(_ pixels: RunConfig.EvaluationPixels, images: Int? = nil) -> Evaluator {
        let count = images ?? data.test.count
        let key = TestEvaluatorKey(pixels: pixels, images: count)
        return testEvaluatorsLock.withLock {
            if let made = testEvaluators[key] { return made }
            let made = Evaluator(
                dataset: count == data.test.count ? data.test : data.test.first(count), rawPixels: pixels == .raw)
            testEvaluators[key] = made
            return made
        }
    }

    /// Makes the test-set copies `configs` will measure on, before their seeds start side by
    /// side (so they are converted once, not once per seed waiting on the lock).
    func prepareTestEvaluators(for configs: [RunConfig]) {
        for config in configs {
            _ = testEvaluator(config.evaluationPixels)
            _ = testEvaluator(
                config.evaluationPixels, images: config.testEvaluation.imagesPerEpoch(of: data.test.count))
        }
    }

    /// Called once per run with the network as the run leaves it (the best weights after early
    /// stopping): how tests check that a knob reached the engine (weight norms, masks, layers).
    var networkObserver: ((Network) -> Void)?

    /// Runs estimated to need more memory are refused before anything is allocated.
    public var memoryBudget: MemoryBudget

    public init(data: TrainingData, memoryBudget: MemoryBudget = .machineDefault) {
        self.data = data
        self.memoryBudget = memoryBudget
    }

    /// Trains `config` to the end, to Ctrl-C (`isCancelled`), or to a NaN loss.
    /// Throws only for a config whose knobs do not make sense together.
    public func run(
        _ config: RunConfig,
        onEvent: (TrainingEvent) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(HintedError) -> RunResult {
        try check(config)
        let clock = ContinuousClock()
        let runStart = clock.now
        let run = TrainingRun(config: config, trainer: self)
        onEvent(
            .started(epochs: config.epochs, batchesPerEpoch: run.batchesPerEpoch, trainingImages: run.trainingImages))
        for epoch in 1...config.epochs {
            let epochStart = clock.now
            // The previous epoch may still be measuring on the second thread while this one
            // trains; it is recorded (and may end the run) before this epoch counts.
            let trained = run.train(epoch: epoch, onEvent: onEvent, isCancelled: isCancelled)
            guard run.finishMeasurement(onEvent: onEvent, isCancelled: isCancelled), trained,
                run.measure(epoch: epoch, started: epochStart, onEvent: onEvent)
            else { break }
        }
        _ = run.finishMeasurement(onEvent: onEvent, isCancelled: { false })
        run.restore()
        networkObserver?(run.network)
        let result = run.result(totalSeconds: (clock.now - runStart).seconds)
        onEvent(.finished(result))
        return result
    }
}

extension Trainer {
    /// Throws for a config whose knobs do not make sense together, or that would pass the
    /// memory budget, or that this dataset cannot serve: what `run` checks before it starts.
    public func check(_ config: RunConfig) throws(HintedError) {
        try config.validate()
        try RunEstimate(
            config: config, pool: data.train.count, testImages: data.test.count, image: data.image,
            classes: data.classes
        ).check(memoryBudget)
        try config.validate(for: data)
        guard config.trainSize <= data.train.count else {
            throw HintedError(
                Phrase(
                    .errorTrainSizeDataset,
                    ["train_size": .text(String(config.trainSize)), "available": .text(String(data.train.count))],
                    english:
                        "train_size is \(config.trainSize), but this dataset has \(data.train.count) training images"),
                hint: .example("train_size", String(min(300, data.train.count))))
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
