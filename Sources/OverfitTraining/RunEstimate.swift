import OverfitData
import OverfitEngine

/// What a run will cost before it starts: peak memory and arithmetic, from the knobs alone, so
/// a run that cannot fit (twelve layers of 4096 on 60,000 images in one batch wanted more than
/// 10 GB) is refused at once instead of swapping the machine, and a long one is announced.
///
/// Memory is counted the way the trainer allocates it (every buffer is a Float32 matrix or a
/// byte array): the data as loaded and as cut, copied and augmented; the weights with their
/// gradients, optimiser state, DropConnect masks and early-stopping snapshot; each layer's
/// forward and backward buffers for one batch; the evaluator's Float copies and the inference
/// buffers for the largest evaluated chunk; and a fixed allowance for the runtime.
public struct RunEstimate: Sendable {
    /// Peak bytes, part by part (largest parts are what a message names).
    public let parts: [(name: String, bytes: Int)]
    public let workload: Workload

    public var bytes: Int { parts.reduce(0) { $0 + $1.bytes } }

    /// The run's arithmetic at a conservative rate: an over-estimate on an idle machine.
    public var seconds: Double { workload.trainingFLOP / trainingRate + workload.evaluationFLOP / Self.evaluationRate }

    /// Training's rate in FLOP/s. Small batches are latency-bound, so the rate grows with the
    /// batch. Measured on the README's 2-core machine while four other builds shared it (load
    /// average 8.7): batch 1 ran at 1.2 GFLOP/s, 10 at 6.9, 100 at 12.7, 1000 at 14.4; idle it
    /// is several times faster. The rates here are below all of those.
    private var trainingRate: Double { min(10e9, 0.6e9 * Double(max(1, batch))) }
    /// Evaluation's rate in FLOP/s: 16.7 GFLOP/s measured under the same load.
    static let evaluationRate = 15e9

    private let batch: Int
    /// The settings estimated, for a hint that never suggests what is already set.
    let config: RunConfig
    /// The part of the evaluation buffers that is images (the rest is activations): which of
    /// the dataset or the layers a hint should name.
    let evaluationImageBytes: Int

    /// `pool` and `testImages` are the dataset's split sizes, `image` its images' shape and
    /// `classes` its classes (MNIST's by default, which Fashion-MNIST shares).
    public init(
        config: RunConfig, pool: Int = RunConfig.availableTrainingImages, testImages: Int = 10_000,
        image: ImageShape = ImageShape(height: 28, width: 28), classes: Int = 10
    ) {
        let pixels = image.count
        workload = Workload(config: config, image: image, classes: classes, testImages: testImages)
        let trainCount = config.trainSize - config.validationSize
        let copies = config.augment.rotationAngles.count + 1
        let training = trainCount * copies
        batch = min(config.batchSize, max(1, training))
        let stages = ConvolutionCost(config: config, image: image)
        let widths = stages.denseWidths(config, classes: classes)
        let float = MemoryLayout<Float>.size
        var parts: [(String, Int)] = []
        parts.append(("the loaded images", (pool + testImages) * (pixels + 1)))
        parts.append(
            (
                "the training images",
                Self.imageBytes(config: config, trainCount: trainCount, copies: copies, pixels: pixels)
            ))
        parts.append(
            (
                "weights, gradients and optimiser state",
                (Self.parameterBytes(config: config, widths: widths) + stages.parameterFloats(config)) * float
            ))
        parts.append(
            (
                "one batch's activations and gradients",
                (Self.batchFloats(config: config, widths: widths, batch: batch) + stages.batchFloats(batch)) * float
            ))
        let evaluated = [trainCount, config.validationSize, testImages].map { $0 <= 10_000 ? $0 : 2_000 }
        let cached = [trainCount, config.validationSize, testImages].filter { $0 <= 10_000 }.reduce(0, +)
        let rows = evaluated.max() ?? 0
        parts.append(
            (
                "evaluation buffers",
                (cached * pixels + rows * widths.dropFirst().reduce(0, +) + 2_000 * pixels
                    + stages.evaluationFloats(rows: rows)) * float
            ))
        parts.append(("the program itself", Self.fixedBytes))
        self.parts = parts
        self.config = config
        evaluationImageBytes = (cached + 2_000) * pixels * float
    }

    /// The estimate for data of `shape` (a directory's, from its headers: `DatasetSource.shape`),
    /// or MNIST's sizes when it is nil.
    public init(config: RunConfig, shape: DataShape?) {
        guard let shape else {
            self.init(config: config)
            return
        }
        self.init(
            config: config, pool: shape.trainCount, testImages: shape.testCount,
            image: ImageShape(height: shape.rows, width: shape.cols))
    }

    /// `seeds` runs of these knobs training at once (`repeats`): they share the loaded images
    /// and the program; everything else is each seed's own.
    public func seedsAtOnce(_ seeds: Int) -> RunEstimate {
        let shared: Set<String> = ["the loaded images", "the program itself"]
        let scaled = parts.map { part in
            shared.contains(part.name) || seeds <= 1
                ? part : (name: "\(part.name) (for \(seeds) seeds at once)", bytes: part.bytes * seeds)
        }
        return RunEstimate(
            parts: scaled, workload: workload, batch: batch, config: config,
            evaluationImageBytes: evaluationImageBytes)
    }

    private init(
        parts: [(name: String, bytes: Int)], workload: Workload, batch: Int, config: RunConfig,
        evaluationImageBytes: Int
    ) {
        self.parts = parts
        self.workload = workload
        self.batch = batch
        self.config = config
        self.evaluationImageBytes = evaluationImageBytes
    }

    /// The runtime, the kernels' packing buffers and the tutor itself: about 70 MB measured idle
    /// when OpenBLAS was linked (its buffers were larger than ours): an allowance on the safe side.
    static let fixedBytes = 100 << 20

    /// The subset, its validation part, and rotated copies (made beside the originals) or one
    /// epoch's random variations (the old and the new set alive at once).
    static func imageBytes(config: RunConfig, trainCount: Int, copies: Int, pixels: Int) -> Int {
        var images = config.trainSize + (config.validationSize > 0 ? config.trainSize : 0)
        if copies > 1 { images += trainCount * (2 * copies - 1) }
        if case .random = config.augment { images += 2 * trainCount }
        return images * (pixels + 1)
    }

    /// Floats of weights and biases times the copies kept of them.
    static func parameterBytes(config: RunConfig, widths: [Int]) -> Int {
        let pairs = Array(zip(widths, widths.dropFirst()))
        let parameters = pairs.reduce(0) { $0 + $1.0 * $1.1 + $1.1 }
        let hiddenWeights = pairs.dropLast().reduce(0) { $0 + $1.0 * $1.1 }
        var copies = 2  // values and gradients
        switch config.optimizer {
        case .sgd: break
        case .momentum: copies += 1
        case .adam: copies += 2
        }
        if config.patience > 0 { copies += 1 }
        // The copy each epoch is measured on while the next trains: values, gradients, masks.
        let measuredCopy = EpochMeasurement.overlaps(config, parameters: parameters)
        if measuredCopy { copies += 2 }
        let masks = config.dropConnect > 0 ? (measuredCopy ? 4 : 2) * hiddenWeights : 0
        let norms = config.batchNorm ? config.layers.reduce(0, +) * 6 : 0
        return parameters * copies + masks + norms
    }

    /// Floats a training step keeps for a batch of `batch` rows: the input; each linear layer's
    /// output and input gradient; each activation's output and gradient; batch norm's output,
    /// normalised values and gradient; dropout's mask, output and gradient; the loss's gradient.
    static func batchFloats(config: RunConfig, widths: [Int], batch: Int) -> Int {
        var perRow = widths[0] + widths[widths.count - 1]
        for (inputs, outputs) in zip(widths, widths.dropFirst()) { perRow += inputs + outputs }
        for width in config.layers {
            perRow += 2 * width
            if config.batchNorm { perRow += 3 * width }
            if config.dropout > 0 { perRow += 3 * width }
        }
        return batch * perRow
    }
}

// MARK: - Check

extension RunEstimate {
    /// Throws if the run would take more memory than `budget`: what it would need, its largest
    /// parts, and which knob to turn.
    public func check(_ budget: MemoryBudget) throws(HintedError) {
        guard bytes > budget.bytes else { return }
        let largest = parts.sorted { $0.bytes > $1.bytes }.prefix(2).map {
            Phrase(
                .phraseMemoryPart, ["part": Self.partPhrase($0.name), "size": .text(MemoryBudget.format($0.bytes))],
                english: "\($0.name) \(MemoryBudget.format($0.bytes))")
        }
        let list: Phrase.Value =
            largest.count == 2 ? .phrase(Self.pair(largest)) : .text(largest.map(\.english).joined())
        let need = MemoryBudget.format(bytes), limit = MemoryBudget.format(budget.bytes)
        // A budget that would do: the need rounded up to whole gigabytes, always above the current one.
        let enough = (bytes + (1 << 30) - 1) >> 30
        let remedy = remedyPhrase
        throw HintedError(
            Phrase(
                .errorMemoryBudget,
                [
                    "need": .text(need), "parts": list, "budget": .text(limit), "origin": budget.originPhrase,
                ],
                english:
                    "this run would need about \(need) of memory (\(list.english)), more than the budget of \(limit) (\(budget.origin)); nothing was run"
            ),
            hint: Phrase(
                .hintMemoryBudget, ["remedy": .phrase(remedy), "enough": .text("\(enough)GB")],
                english:
                    remedy.english
                    + "; or start overfit (or `overfit run`) with --memory-budget SIZE, e.g. --memory-budget \(enough)GB, to raise the budget"
            ))
    }

    /// Two parts, `A 1.2 GB, B 300 MB`, each part's name translated.
    static func pair(_ parts: [Phrase]) -> Phrase {
        Phrase(
            .phraseMemoryPair, ["first": .phrase(parts[0]), "second": .phrase(parts[1])],
            english: "\(parts[0].english), \(parts[1].english)")
    }

    /// The sentence for a part named `name` in `parts` (`the training images`, or with
    /// ` (for 3 seeds at once)` after it).
    static func partPhrase(_ name: String) -> Phrase.Value {
        let marker = " (for "
        if name.hasSuffix(" seeds at once)"), let range = name.range(of: marker) {
            let base = String(name[..<range.lowerBound])
            let seeds = name[range.upperBound...].prefix { $0.isNumber }
            return .phrase(
                Phrase(.phraseMemorySeeds, ["part": partPhrase(base), "seeds": .text(String(seeds))], english: name))
        }
        let message: TrainingMessage? =
            switch name {
            case "the loaded images": .partLoadedImages
            case "the training images": .partTrainingImages
            case "weights, gradients and optimiser state": .partWeights
            case "one batch's activations and gradients": .partBatch
            case "evaluation buffers": .partEvaluation
            case "the program itself": .partProgram
            default: nil
            }
        return message.map { .phrase(Phrase($0, english: name)) } ?? .text(name)
    }

    /// What to change for the largest part: a knob with a value smaller than the one set (never
    /// the current value), or, when the images themselves are the largest part (loaded, or kept
    /// as floats for evaluation), the dataset.
    var remedy: String { remedyPhrase.english }

    /// `remedy`, as a phrase the tutor translates.
    var remedyPhrase: Phrase {
        let largest = parts.filter { $0.name != "the program itself" }.max { $0.bytes < $1.bytes }
        var name = largest?.name
        // Evaluation holds images and one layer's activations per image: whichever is more decides.
        if name == "evaluation buffers", let largest, evaluationImageBytes * 2 < largest.bytes {
            name = "weights, gradients and optimiser state"
        }
        switch name {
        case "one batch's activations and gradients":
            if let smaller = Self.smaller(config.batchSize, steps: [100, 10, 1]) {
                return Phrase(
                    .remedyBatch, ["batch": .text(String(smaller))],
                    english: "use smaller batches, e.g. set batch \(smaller)")
            }
        case "the training images":
            if let smaller = Self.smaller(config.trainSize, steps: [3000, 300, 30]) {
                return Phrase(
                    .remedyTrainSize, ["train_size": .text(String(smaller))],
                    english: "use fewer images or copies, e.g. set train_size \(smaller)")
            }
        case "weights, gradients and optimiser state":
            var plan = config.layerPlan
            plan.widths = plan.widths.map { max(1, $0 / 4) }
            if plan != config.layerPlan {
                return Phrase(
                    .remedyLayers, ["layers": .text(plan.text)],
                    english: "use fewer or narrower layers, e.g. set layers \(plan.text)")
            }
        case "the loaded images", "evaluation buffers":
            let english =
                "the dataset's images are too many or too large for the budget: use a dataset of fewer or "
                + "smaller images (datasets/make-idx SOURCE OUTPUT --size 28x28)"
            return config.dataset == .mnist
                ? Phrase(.remedyDatasetMnist, english: english)
                : Phrase(.remedyDataset, english: english + ", or set dataset mnist")
        default: break
        }
        return Phrase(
            .remedyAny, english: "use fewer images (train_size), smaller batches (batch) or narrower layers (layers)")
    }

    /// The first of `steps` below `value`; nil when `value` is already at the last.
    static func smaller(_ value: Int, steps: [Int]) -> Int? {
        steps.first { $0 < value }
    }

    /// A line to print before a run expected to take over a minute; nil for shorter runs.
    public var durationNote: String? {
        guard seconds > 60 else { return nil }
        let minutes = seconds / 60
        let words =
            minutes < 1.5
            ? "a minute"
            : minutes < 90 ? "\(Int(minutes.rounded())) minutes" : String(format: "%.1f hours", minutes / 60)
        return
            "this run may take up to about \(words) (\(Int((workload.totalFLOP / 1e9).rounded()).groupedDigits) GFLOP); Ctrl-C stops it and keeps the epochs done"
    }
}
