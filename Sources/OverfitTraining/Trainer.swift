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
        let sets = TrainingSets(config: config, data: data)
        let network = Network(config.architecture(image: data.image, classes: data.classes), seed: config.seed)
        let optimizer = config.makeOptimizer(for: network.parameters)
        let penalty = config.penalty
        let head = SoftmaxCrossEntropy(classes: data.classes)
        let raw = config.evaluationPixels == .raw
        let trainEvaluator = Evaluator(dataset: sets.trainingOriginal, rawPixels: raw)
        let validationEvaluator = sets.validation.map { Evaluator(dataset: $0, rawPixels: raw) }
        let testEvaluator = self.testEvaluator(config.evaluationPixels)
        let epochTestEvaluator = self.testEvaluator(
            config.evaluationPixels,
            images: config.testEvaluation.imagesPerEpoch(of: data.test.count))
        var earlyStopping = config.patience > 0 ? EarlyStopping(patience: config.patience, network: network) : nil

        var shuffler = RandomGenerator(seed: config.seed, stream: "shuffle")
        var augmenter = RandomGenerator(seed: config.seed, stream: "augment")
        let count = sets.training.count
        let batchSize = min(config.batchSize, count)
        let batchesPerEpoch = (count + batchSize - 1) / batchSize
        let progressEvery = max(1, batchesPerEpoch / 20)
        let input = Matrix(rows: batchSize, cols: sets.training.pixelsPerImage)
        var batchLabels = [Int32](repeating: 0, count: batchSize)
        var order = Array(0..<count)
        var history: [EpochMetrics] = []
        var predictions = [UInt8](repeating: 0, count: sets.test.count)
        var status = RunStatus.finished

        onEvent(.started(epochs: config.epochs, batchesPerEpoch: batchesPerEpoch, trainingImages: count))
        epochs: for epoch in 1...config.epochs {
            let epochStart = clock.now
            var images = sets.training
            if case .random(let degrees, let shift) = config.augment {
                images = sets.training.randomlyTransformed(maxDegrees: degrees, maxShift: shift, generator: &augmenter)
            }
            shuffler.shuffle(&order)
            for batch in 0..<batchesPerEpoch {
                if isCancelled() { status = .cancelled; break epochs }
                let start = batch * batchSize, end = min(start + batchSize, count)
                let rows = end - start
                // A last batch of one image cannot be batch-normalised; it is skipped, as PyTorch's
                // drop_last would skip it (validate() makes sure a full batch exists).
                if config.batchNorm && rows < 2 { continue }
                input.resize(rows: rows)
                images.fillBatch(indices: order[start..<end], into: input.data)
                for row in 0..<rows { batchLabels[row] = Int32(images.labels[order[start + row]]) }
                let logits = network.forward(input, mode: .training)
                let loss = batchLabels.withUnsafeBufferPointer { buffer in
                    // A batch has at least one row, so the buffer has an address.
                    buffer.baseAddress.map { head.forward(logits, labels: $0) } ?? .nan
                }
                guard loss.isFinite else {
                    status = .diverged(epoch: epoch, batch: batch + 1)
                    break epochs
                }
                network.backward(head.backward())
                penalty.addGradient(network.parameters)
                optimizer.step()
                if batchesPerEpoch >= 50, (batch + 1) % progressEvery == 0 {
                    onEvent(.batchProgress(epoch: epoch, batch: batch + 1, batchesPerEpoch: batchesPerEpoch))
                }
            }

            let trained = trainEvaluator.measure(network)
            let validation = validationEvaluator?.measure(network)
            // The last epoch of a run that cannot restore an earlier one is the final network: all of the test set.
            let measuresAll = epoch == config.epochs && earlyStopping == nil
            let tester = measuresAll ? testEvaluator : epochTestEvaluator
            let tested = predictions.withUnsafeMutableBufferPointer {
                tester.measure(network, predictions: $0.baseAddress)
            }
            guard trained.loss.isFinite, tested.loss.isFinite else {
                status = .diverged(epoch: epoch, batch: batchesPerEpoch)
                break epochs
            }
            let metrics = EpochMetrics(
                epoch: epoch, trainLoss: trained.loss, trainPenalty: penalty.value(network.parameters),
                trainAccuracy: trained.accuracy, validationLoss: validation?.loss,
                validationAccuracy: validation?.accuracy, testLoss: tested.loss,
                testAccuracy: tested.accuracy, seconds: (clock.now - epochStart).seconds,
                sampledTestImages: tester.count < data.test.count ? tester.count : nil)
            history.append(metrics)
            onEvent(.epochFinished(metrics))
            if let validation,
                earlyStopping?.record(
                    epoch: epoch, validationLoss: validation.loss,
                    network: network, predictions: predictions) == .stop
            {
                break epochs
            }
        }

        var restoredEpoch: Int?
        var stoppedEarly: Int?
        if let stopping = earlyStopping, let best = stopping.best, status == .finished {
            network.load(from: best.network)
            predictions = best.predictions
            restoredEpoch = best.epoch
            if let last = history.last?.epoch, last < config.epochs { stoppedEarly = last }
        }
        if status == .finished {
            measureWholeTestSet(
                network, epoch: restoredEpoch ?? history.last?.epoch, history: &history,
                predictions: &predictions, with: testEvaluator)
        }
        networkObserver?(network)
        let result = RunResult(
            config: config, history: history, status: status, restoredEpoch: restoredEpoch,
            stoppedEarlyAfterEpoch: stoppedEarly, testPredictions: predictions,
            trainingImages: count, totalSeconds: (clock.now - runStart).seconds)
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
                "train_size is \(config.trainSize), but this dataset has \(data.train.count) training images",
                hint: "e.g. set train_size \(min(300, data.train.count))")
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
