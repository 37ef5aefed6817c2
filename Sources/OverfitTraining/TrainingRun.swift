import OverfitData
import OverfitEngine

/// One run of `Trainer.run`, from setup to result, so that the loop there reads top to bottom:
/// set up; for each epoch, train, then measure; restore the best weights; finish. Everything the
/// run draws comes from its seed's streams, in the order these steps take them.
final class TrainingRun {
    let config: RunConfig
    let network: Network
    let batchesPerEpoch: Int
    var trainingImages: Int { sets.training.count }

    private let sets: TrainingSets
    private let optimizer: any OverfitEngine.Optimizer
    private let penalty: Penalty
    private let head: SoftmaxCrossEntropy
    private let measurer: EpochMeasurer
    /// All of the test set, and what each epoch measures (`test_eval`: maybe its first N).
    private let testEvaluator: Evaluator
    private let epochTestEvaluator: Evaluator
    private let wholeTestSet: Int
    private var earlyStopping: EarlyStopping?
    private var shuffler: RandomGenerator
    private var augmenter: RandomGenerator
    private let batchSize: Int
    private let progressEvery: Int
    private let input: Matrix
    private var batchLabels: [Int32]
    private var order: [Int]
    private var history: [EpochMetrics] = []
    private var predictions: [UInt8]
    private var status = RunStatus.finished
    private var restoredEpoch: Int?
    private var stoppedEarly: Int?
    /// With two threads or more, each epoch is measured on `measured`, a copy of the weights,
    /// while the next trains (`EpochMeasurement`); `pending` is the epoch not yet recorded.
    private let team: InferenceTeam?
    private let measured: Network?
    private var pending: EpochMeasurement?
    /// The pending epoch was recorded and ended the run.
    private var pendingStopped = false

    /// Setup: the training, validation and test sets the knobs describe, the network and its
    /// optimiser from the seed, the evaluators, and the batch buffers.
    init(config: RunConfig, trainer: Trainer) {
        let data = trainer.data
        self.config = config
        sets = TrainingSets(config: config, data: data)
        network = Network(config.architecture(image: data.image, classes: data.classes), seed: config.seed)
        optimizer = config.makeOptimizer(for: network.parameters)
        penalty = config.penalty
        head = SoftmaxCrossEntropy(classes: data.classes)
        let raw = config.evaluationPixels == .raw
        measurer = EpochMeasurer(
            train: Evaluator(dataset: sets.trainingOriginal, rawPixels: raw),
            validation: sets.validation.map { Evaluator(dataset: $0, rawPixels: raw) }, penalty: config.penalty,
            testImages: sets.test.count)
        testEvaluator = trainer.testEvaluator(config.evaluationPixels)
        epochTestEvaluator = trainer.testEvaluator(
            config.evaluationPixels, images: config.testEvaluation.imagesPerEpoch(of: data.test.count))
        wholeTestSet = data.test.count
        earlyStopping = config.patience > 0 ? EarlyStopping(patience: config.patience, network: network) : nil
        shuffler = RandomGenerator(seed: config.seed, stream: "shuffle")
        augmenter = RandomGenerator(seed: config.seed, stream: "augment")
        let count = sets.training.count
        batchSize = min(config.batchSize, count)
        batchesPerEpoch = (count + batchSize - 1) / batchSize
        progressEvery = max(1, batchesPerEpoch / 20)
        input = Matrix(rows: batchSize, cols: sets.training.pixelsPerImage)
        batchLabels = [Int32](repeating: 0, count: batchSize)
        order = Array(0..<count)
        predictions = [UInt8](repeating: 0, count: sets.test.count)
        let overlapped = EpochMeasurement.overlaps(config, parameters: network.parameterCount)
        team = overlapped ? InferenceTeam() : nil
        measured = overlapped ? network.clone() : nil
    }

    /// One pass over the training images in shuffled batches (freshly turned and shifted ones
    /// under `augment random`). False if the run ends here: cancelled, or a loss that is not a number.
    func train(epoch: Int, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) -> Bool {
        var images = sets.training
        if case .random(let degrees, let shift) = config.augment {
            images = sets.training.randomlyTransformed(maxDegrees: degrees, maxShift: shift, generator: &augmenter)
        }
        shuffler.shuffle(&order)
        let count = order.count
        for batch in 0..<batchesPerEpoch {
            if isCancelled() {
                status = .cancelled
                return false
            }
            // The previous epoch's numbers are recorded as soon as they are in; a run they end
            // trains no further.
            if let pending, pending.isDone, !recordPending(onEvent: onEvent, isCancelled: isCancelled) { return false }
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
                return false
            }
            network.backward(head.backward())
            penalty.addGradient(network.parameters)
            optimizer.step()
            if batchesPerEpoch >= 50, (batch + 1) % progressEvery == 0, pending == nil {
                onEvent(.batchProgress(epoch: epoch, batch: batch + 1, batchesPerEpoch: batchesPerEpoch))
            }
        }
        return true
    }

    /// Measures the network after `epoch` on the training images, the validation split and the
    /// test set, and records the epoch (its time counted from `started`). False if the run ends
    /// here: a loss that is not a number, or early stopping's patience ran out. With a team, the
    /// measurement starts on a copy of the weights and is recorded by `finishMeasurement`.
    func measure(epoch: Int, started: ContinuousClock.Instant, onEvent: (TrainingEvent) -> Void) -> Bool {
        // The last epoch of a run that cannot restore an earlier one is the final network: all of the test set.
        let measuresAll = epoch == config.epochs && earlyStopping == nil
        let tester = measuresAll ? testEvaluator : epochTestEvaluator
        if let team, let measured {
            measured.load(from: network)
            pending = EpochMeasurement(
                epoch: epoch, started: started, network: measured, test: tester, measurer: measurer, team: team)
            return true
        }
        let numbers = measurer.measure(network, test: tester, team: nil)
        if let ending = record(numbers, epoch: epoch, started: started, weights: network, onEvent: onEvent) {
            status = ending
            return false
        }
        return true
    }

    /// Waits for the epoch measuring on the second thread (helping with its rows) and records
    /// it. False if it ended the run: the weights go back to that epoch's, as if the next one had
    /// never started, and the status is what the measurement said, or `cancelled` when
    /// `isCancelled` holds once it is recorded (pass `{ false }` after the last epoch).
    func finishMeasurement(onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) -> Bool {
        if pending != nil, !recordPending(onEvent: onEvent, isCancelled: isCancelled) { return false }
        return !pendingStopped
    }

    /// Records the pending epoch (waiting for it if need be); false if it ends the run. One
    /// measured in place ends the run there when `isCancelled` holds after it (the next epoch
    /// stops at its first batch): a replay's stop after N recorded epochs. So that the overlapped
    /// run ends the same, a stop that holds once this epoch is recorded undoes the epoch training
    /// meanwhile too.
    private func recordPending(onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) -> Bool {
        guard let measuring = pending, let measured else { return true }
        pending = nil
        let numbers = measuring.finish()
        let ending =
            record(numbers, epoch: measuring.epoch, started: measuring.started, weights: measured, onEvent: onEvent)
            ?? (isCancelled() ? .cancelled : nil)
        guard let ending else { return true }
        status = ending
        network.load(from: measured)
        pendingStopped = true
        return false
    }

    /// Adds an epoch's numbers to the history; the status the run ends with if they end it.
    private func record(
        _ numbers: EpochNumbers, epoch: Int, started: ContinuousClock.Instant, weights: Network,
        onEvent: (TrainingEvent) -> Void
    ) -> RunStatus? {
        predictions = numbers.predictions
        let (trained, validation, tested) = (numbers.trained, numbers.validation, numbers.tested)
        guard trained.loss.isFinite, tested.loss.isFinite else {
            return .diverged(epoch: epoch, batch: batchesPerEpoch)
        }
        let metrics = EpochMetrics(
            epoch: epoch, trainLoss: trained.loss, trainPenalty: numbers.penalty,
            trainAccuracy: trained.accuracy, validationLoss: validation?.loss,
            validationAccuracy: validation?.accuracy, testLoss: tested.loss,
            testAccuracy: tested.accuracy, seconds: (numbers.ended - started).seconds,
            sampledTestImages: numbers.testedImages < wholeTestSet ? numbers.testedImages : nil)
        history.append(metrics)
        onEvent(.epochFinished(metrics))
        if let validation,
            earlyStopping?.record(
                epoch: epoch, validationLoss: validation.loss, network: weights, predictions: predictions) == .stop
        {
            return .finished
        }
        return nil
    }

    /// After the last epoch of a finished run: early stopping's best weights back in the
    /// network, and the network it hands back measured on the whole test set.
    func restore() {
        guard status == .finished else { return }
        if let stopping = earlyStopping, let best = stopping.best {
            network.load(from: best.network)
            predictions = best.predictions
            restoredEpoch = best.epoch
            if let last = history.last?.epoch, last < config.epochs { stoppedEarly = last }
        }
        measureWholeTestSet(epoch: restoredEpoch ?? history.last?.epoch)
    }

    func result(totalSeconds: Double) -> RunResult {
        RunResult(
            config: config, history: history, status: status, restoredEpoch: restoredEpoch,
            stoppedEarlyAfterEpoch: stoppedEarly, testPredictions: predictions,
            trainingImages: trainingImages, totalSeconds: totalSeconds)
    }

    /// After a sampled test evaluation (`TestEvaluation.sampled`), measures the network on the
    /// whole test set, and puts those figures (and predictions) in place of the sampled ones of
    /// `epoch`, the epoch whose weights it holds. Nothing to do when that epoch already measured
    /// everything.
    private func measureWholeTestSet(epoch: Int?) {
        guard let epoch, let index = history.firstIndex(where: { $0.epoch == epoch }),
            history[index].sampledTestImages != nil
        else { return }
        let tested = predictions.withUnsafeMutableBufferPointer {
            testEvaluator.measure(network, predictions: $0.baseAddress)
        }
        history[index].testLoss = tested.loss
        history[index].testAccuracy = tested.accuracy
        history[index].sampledTestImages = nil
    }
}
