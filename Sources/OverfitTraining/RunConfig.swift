import OverfitData
import OverfitEngine

/// Every knob of one training run. The defaults are the lab slides' baseline: the first 300
/// MNIST images, 784-100-100-100-100-10 with ReLU, PyTorch's default init, SGD lr 0.1, batch 10,
/// 100 epochs, no regularisation. The knobs that set these fields are declared in `Knobs.swift`.
public struct RunConfig: Equatable, Sendable {
    /// The engine's own cases, so the knob's words and the engine's choices are one list.
    public typealias Activation = ActivationLayer.Function
    public typealias Initialisation = Linear.Initialisation
    public enum Optimizer: String, CaseIterable, Sendable { case sgd, momentum, adam }
    public enum Subset: String, CaseIterable, Sendable { case first, random }
    /// How batch norm is evaluated: `running` estimates (right), or each evaluated set's own
    /// statistics, as testing in training mode does (the lab slides' mistake, kept to show it).
    public enum BatchNormEvaluation: String, CaseIterable, Sendable { case running, batch }
    /// Pixels as evaluation sees them: `scaled` to [0, 1] like training (right), or `raw` 0–255
    /// (the lab slides' mistake, kept to show it). Training always uses [0, 1].
    public enum EvaluationPixels: String, CaseIterable, Sendable { case scaled, raw }

    public var trainSize = 300
    public var subset = Subset.first
    public var layers = [100, 100, 100, 100]
    public var activation = Activation.relu
    public var initialisation = Initialisation.torch
    public var optimizer = Optimizer.sgd
    public var learningRate = 0.1
    public var momentum = 0.9
    public var batchSize = 10
    public var epochs = 100
    public var weightDecay = 0.0
    public var l1 = 0.0
    public var dropout = 0.0
    public var dropConnect = 0.0
    public var batchNorm = false
    public var batchNormEvaluation = BatchNormEvaluation.running
    /// One batch-norm module for every hidden layer (the lab slides' bug, kept to show it).
    public var batchNormShared = false
    public var augment = Augmentation.none
    public var validationSize = 0
    public var patience = 0
    public var evaluationPixels = EvaluationPixels.scaled
    /// Convolution stages before the dense `layers`: conv → activation → 2×2 max-pool each
    /// (the `layers` knob sets both, through `layerPlan`).
    public var convolutions: [ConvolutionStage] = []
    /// Which test images each epoch is measured on: all of them unless sampled.
    public var testEvaluation = TestEvaluation.all
    /// The fraction of the training labels replaced by uniformly random ones (`LabelNoise`).
    public var labelNoise = 0.0
    /// Which images: MNIST, Fashion-MNIST or a directory of IDX files.
    public var dataset = DatasetSource.mnist
    public var seed: UInt64 = 0
    /// How many seeds a run trains: `seed` and the `repeats - 1` after it, each a run of its own
    /// with the same bits as that seed run alone (`seedConfigs`).
    public var repeats = 1

    public init() {}

    /// The number of MNIST training images there are to choose from.
    public static let availableTrainingImages = 60_000

    /// Sets the knob called `name` to `text` (or raises an error naming the knob, or suggesting
    /// one). Several settings at once, with the checks between them: `KnobSettings`.
    public mutating func set(_ name: String, to text: String) throws(HintedError) {
        let knob = try Self.knob(named: name)
        knob.set(try knob.parse(text), in: &self)
    }

    /// The knob's value as `set` accepts it.
    public func value(of name: String) throws(HintedError) -> String {
        try Self.knob(named: name).value(in: self)
    }

    /// Every knob and its value, in declaration order: what session files hold.
    public var settings: [(name: String, value: String)] {
        Self.knobs.map { ($0.name, $0.value(in: self)) }
    }

    /// Knobs whose values differ between `self` and `other`, in declaration order.
    public func differences(from other: RunConfig) -> [(name: String, old: String, new: String)] {
        Self.knobs.compactMap { knob in
            let old = knob.value(in: other), new = knob.value(in: self)
            return old == new ? nil : (knob.name, old, new)
        }
    }

    /// The knob called `name` or one of its aliases, in any case.
    public static func knob(named name: String) throws(HintedError) -> Knob {
        if let knob = knobs.first(where: { $0.isCalled(name) }) { return knob }
        let key = name.trimmingCharacters(in: String.whitespace).lowercased()
        let suggestion = Suggestion.closest(to: key, among: knobs.flatMap { [$0.name] + $0.aliases })
            .flatMap { word in knobs.first { $0.isCalled(word) }?.name }
        let message =
            suggestion.map {
                Phrase(
                    .errorUnknownKnobSuggest, ["name": .text(name), "suggestion": .text($0)],
                    english: "unknown knob `\(name)`; did you mean `\($0)`?")
            } ?? Phrase(.errorUnknownKnob, ["name": .text(name)], english: "unknown knob `\(name)`")
        throw HintedError(message, hint: Phrase(.hintShowListsKnobs, english: "`show` lists the knobs"))
    }
}

// MARK: - Validation

extension RunConfig {
    /// Checks that the knobs make sense together (each one alone is checked by its domain).
    /// Convolution stages are checked against the built-in datasets' 28×28 images here; a
    /// directory's images are known once loaded (`validate(for:)`).
    public func validate() throws(HintedError) {
        try validateConvolutionsForKnownImages()
        if validationSize >= trainSize {
            throw HintedError(
                Phrase(
                    .errorValSizeTooBig,
                    ["val_size": .text(String(validationSize)), "train_size": .text(String(trainSize))],
                    english:
                        "val_size (\(validationSize)) must be smaller than train_size (\(trainSize)): the validation images are held out of the training subset"
                ),
                hint: .example("val_size", String(max(0, trainSize / 6))))
        }
        if batchNorm && min(batchSize, trainSize - validationSize) < 2 {
            throw HintedError(
                Phrase(
                    .errorBatchnormBatch,
                    ["batch": .text(String(batchSize)), "images": .text(String(trainSize - validationSize))],
                    english:
                        "batchnorm needs at least 2 images per batch to compute batch statistics (batch is \(batchSize), training images \(trainSize - validationSize))"
                ),
                hint: Phrase(.hintBatchnormBatch, english: "e.g. set batch 10, or set batchnorm off"))
        }
        if batchNorm && batchNormShared && Set(layers).count > 1 {
            let widths = layers.map(String.init).joined(separator: ",")
            throw HintedError(
                Phrase(
                    .errorBnSharedWidths, ["layers": .text(widths)],
                    english:
                        "bn_shared on uses one batch-norm module for every hidden layer, so the widths must be equal (layers is \(widths))"
                ),
                hint: Phrase(.hintBnSharedWidths, english: "e.g. set layers 100,100,100,100, or set bn_shared off"))
        }
        if seed > Self.largestSeed - UInt64(repeats - 1) {
            throw HintedError(
                Phrase(
                    .errorRepeatsPastSeed,
                    [
                        "repeats": .text(String(repeats)), "seed": .text(String(seed)),
                        "largest": .text(String(Self.largestSeed)),
                    ],
                    english: "repeats \(repeats) from seed \(seed) would pass the largest seed, \(Self.largestSeed)"),
                hint: Phrase(.hintRepeatsPastSeed, english: "e.g. set seed 0, or set repeats 1"))
        }
        if patience > 0 && validationSize == 0 {
            throw HintedError(
                Phrase(
                    .errorPatienceNoValidation,
                    english: "patience (early stopping) watches the validation loss, but val_size is 0"),
                hint: Phrase(
                    .hintPatienceNoValidation, ["train_size": .text(String(trainSize))],
                    english: "e.g. set val_size 50 (held out of the \(trainSize) training images)"))
        }
    }

    /// The convolution stages against the built-in datasets' 28×28 images, the one combined
    /// check `set` makes at once: `set layers conv16,conv32,conv64,100` is refused there, with
    /// the sizes, rather than at the next `run`. (A directory's image size is known once loaded.)
    public func validateConvolutionsForKnownImages() throws(HintedError) {
        if let size = dataset.knownImageSize {
            _ = try convolutionShapes(for: ImageShape(height: size.rows, width: size.cols, channels: 1))
        }
    }
}

// MARK: - Convolution

/// The checks and engine terms of the settings that depend on the dataset: the image size that
/// convolution stages must fit, and the classes.
extension RunConfig {
    /// The image size after each convolution stage, for images of `image`; throws, with the
    /// sizes, when a stage would shrink the image below 1×1.
    public func convolutionShapes(for image: ImageShape) throws(HintedError) -> [ImageShape] {
        do {
            return try ConvolutionStage.shapes(convolutions, from: image)
        } catch {
            let fitting = fittingLayers(error, image: image)
            throw HintedError(
                Self.shrinking(error),
                hint: Phrase(
                    .hintLayersShape, ["layers": .text(fitting)],
                    english: "use fewer stages or smaller kernels, e.g. set layers \(fitting)"))
        }
    }

    /// `layers: stage 3 (conv64) would shrink the image below 1×1: …`, said from the error's parts.
    static func shrinking(_ error: ConvolutionShapeError) -> Phrase {
        let path = error.reached.map { "\($0.height)×\($0.width)" }.joined(separator: " → ")
        let input = error.reached.last ?? ImageShape(height: 0, width: 0)
        let kernel = "\(error.stage.kernel)×\(error.stage.kernel)"
        var values: [String: Phrase.Value] = [
            "position": .text(String(error.position)), "stage": .text(error.stage.description), "path": .text(path),
            "kernel": .text(kernel),
        ]
        let start =
            "layers: stage \(error.position) (\(error.stage)) would shrink the image below 1×1: the image goes \(path), and"
        if let convolved = error.stage.convolved(input) {
            values["size"] = .text("\(convolved.height)×\(convolved.width)")
            return Phrase(
                .errorLayersShrinkPool, values,
                english:
                    "\(start) its \(kernel) convolution gives \(convolved.height)×\(convolved.width), too small for 2×2 pooling"
            )
        }
        values["size"] = .text("\(input.height)×\(input.width)")
        return Phrase(
            .errorLayersShrinkKernel, values,
            english: "\(start) its \(kernel) kernel does not fit in \(input.height)×\(input.width)")
    }

    /// A `layers` value that fits `image`, for the hint after `error`: the stages that fit, the
    /// failing one with a 3×3 kernel if that fits, then the dense layers. Never the value that
    /// failed (a stage is dropped or shrunk), and never a suggestion that fails in turn.
    func fittingLayers(_ error: ConvolutionShapeError, image: ImageShape) -> String {
        var stages = Array(convolutions.prefix(error.position - 1))
        let smaller = ConvolutionStage(channels: error.stage.channels, kernel: 3)
        if error.stage.kernel > smaller.kernel, let reached = error.reached.last, smaller.output(from: reached) != nil {
            stages.append(smaller)
        }
        let dense = layers.isEmpty ? [100] : layers
        return (stages.map(\.description) + dense.map(String.init)).joined(separator: ",")
    }

    /// The checks that need the dataset: convolution stages that fit its images, the settings
    /// that are not knobs yet within their ranges.
    public func validate(for data: TrainingData) throws(HintedError) {
        _ = try convolutionShapes(for: data.image)
        guard labelNoise >= 0 && labelNoise <= 1 else {
            throw HintedError(
                KnobDomain.outOfRange("label_noise", "[0, 1]", got: KnobParsing.format(labelNoise)),
                hint: .example("label_noise", "0.2"))
        }
        if case .sampled(let first) = testEvaluation, first < 1 {
            throw HintedError(
                Phrase(
                    .errorTestEvalSampled, ["got": .text(String(first))],
                    english: "a sampled test evaluation needs at least 1 image per epoch (got \(first))"))
        }
    }

    /// Weights and biases of the network this config builds for `data`: 65,558 for the LeNet-like
    /// conv16,conv32,100 on 28×28 digits, 109,810 for the lab slides' MLP.
    public func parameterCount(for data: TrainingData) throws(HintedError) -> Int {
        try validate(for: data)
        return Network(architecture(image: data.image, classes: data.classes), seed: seed).parameterCount
    }
}

extension RunConfig {
    /// What dropout, DropConnect and batch norm do when there are convolution stages: they act
    /// on the dense hidden layers only (as LeNet-style networks usually place them), never on a
    /// convolution. One note per regulariser that is on, for `set` and `show` to print; empty
    /// without stages. With no dense hidden layer the regulariser does nothing at all.
    public func convolutionRegulariserNotes() -> [String] { convolutionRegulariserPhrases().map(\.english) }

    /// The notes of `convolutionRegulariserNotes`, as phrases the tutor translates.
    public func convolutionRegulariserPhrases() -> [Phrase] {
        guard !convolutions.isEmpty else { return [] }
        let stages = convolutions.map(\.description).joined(separator: ",")
        let active = [(KnobID.dropout, dropout > 0), (.dropConnect, dropConnect > 0), (.batchNorm, batchNorm)]
            .filter(\.1).map(\.0.rawValue)
        return active.map { name in
            let values: [String: Phrase.Value] = ["knob": .text(name), "stages": .text(stages)]
            return layers.isEmpty
                ? Phrase(
                    .noteConvolutionNoDense, values,
                    english:
                        "\(name) acts on dense hidden layers, and there is none after the convolution stages \(stages): it does nothing"
                )
                : Phrase(
                    .noteConvolutionDenseOnly, values,
                    english: "\(name) acts on the dense hidden layers only, not on the convolution stages \(stages)")
        }
    }
}

extension RunConfig {
    /// Weights and biases of the network for images of `image` in `classes` classes, counted
    /// from the shapes the network is built from (`Architecture.shapes`: no network built, and
    /// no second derivation to disagree with it); by default the built-in datasets' 28×28 grey
    /// images in 10 classes. Nil for a directory's unknown size, or stages that do not fit.
    public func weightCount(image: ImageShape? = nil, classes: Int = 10) -> Int? {
        guard
            let input = image
                ?? dataset.knownImageSize.map({ ImageShape(height: $0.rows, width: $0.cols, channels: 1) })
        else { return nil }
        return architecture(image: input, classes: classes).parameterCount
    }
}

// MARK: - Layer plan

extension RunConfig {
    /// The `layers` knob's value: the convolution stages and the dense widths, read and written
    /// together so that one knob sets both fields.
    public var layerPlan: LayerPlan {
        get { LayerPlan(convolutions: convolutions, widths: layers) }
        set {
            convolutions = newValue.convolutions
            layers = newValue.widths
        }
    }
}

// MARK: - Engine

/// How the knobs translate into the engine's terms.
extension RunConfig {
    /// The network for images of `image` in `classes` classes: the input and output layers
    /// follow the dataset.
    func architecture(image: ImageShape, classes: Int) -> Architecture {
        Architecture(
            inputs: image.count, hidden: layers, classes: classes, activation: activation,
            initialisation: initialisation, dropout: Float(dropout), dropConnect: Float(dropConnect),
            batchNorm: batchNorm, batchNormShared: batchNormShared,
            batchNormEvaluatesWithBatchStatistics: batchNormEvaluation == .batch,
            image: image, convolutions: convolutions)
    }

    var penalty: Penalty { Penalty(l2: Float(weightDecay), l1: Float(l1)) }

    func makeOptimizer(for parameters: [Parameter]) -> any OverfitEngine.Optimizer {
        switch optimizer {
        case .sgd: return SGD(parameters: parameters, learningRate: Float(learningRate))
        case .momentum: return SGD(parameters: parameters, learningRate: Float(learningRate), momentum: Float(momentum))
        case .adam: return Adam(parameters: parameters, learningRate: Float(learningRate))
        }
    }
}

// MARK: - Repeats

extension RunConfig {
    /// The most seeds one run may train (`repeats`).
    public static let maximumRepeats = 10
    /// The `seed` knob's largest value.
    public static let largestSeed: UInt64 = 4_294_967_295

    /// One config per seed a run with `repeats` trains: `seed`, `seed + 1`, …, each with
    /// `repeats 1`, so each is exactly the single run of that seed (and an earlier single run
    /// of it can stand in for it).
    public var seedConfigs: [RunConfig] {
        (0..<max(1, repeats)).map { offset in
            var one = self
            one.seed = seed + UInt64(offset)
            one.repeats = 1
            return one
        }
    }

    /// The seeds `seedConfigs` trains, as a learner reads them: `seed 3` or `seeds 3-7`.
    public var seedsDescription: String {
        repeats <= 1 ? "seed \(seed)" : "seeds \(seed)-\(seed + UInt64(repeats - 1))"
    }
}

// MARK: - Evaluation mistakes

extension RunConfig {
    /// The lab slides' evaluation mistakes this config re-creates, in words (`on raw 0-255 pixels`),
    /// or nil when it is evaluated properly. Such a run's figures measure the mistake, not the
    /// network: the diagnosis gives no verdict on them and the challenge does not rank them.
    public var evaluationMistakes: String? {
        var mistakes: [String] = []
        if evaluationPixels == .raw { mistakes.append("on raw 0-255 pixels") }
        // bn_eval acts only where there is batch norm to evaluate.
        if batchNorm && batchNormEvaluation == .batch { mistakes.append("with batch norm in training mode") }
        return mistakes.isEmpty ? nil : mistakes.joined(separator: " and ")
    }
}

// MARK: - Idle knobs

extension RunConfig {
    /// Notes for knobs among `knobs` that the other knobs leave without effect, e.g.
    /// `bn_shared on` while batch norm is off: accepted (the learner may turn batchnorm on next),
    /// but worth a word, since a run would silently ignore them.
    public func idleKnobNotes(among knobs: [KnobID]) -> [String] { idleKnobPhrases(among: knobs).map(\.english) }

    /// The notes of `idleKnobNotes`, as phrases the tutor translates.
    public func idleKnobPhrases(among knobs: [KnobID]) -> [Phrase] {
        var notes: [Phrase] = []
        for knob in knobs {
            let name = knob.rawValue
            switch knob {
            case .batchNormShared where !batchNorm && batchNormShared,
                .batchNormEvaluation where !batchNorm && batchNormEvaluation != .running:
                notes.append(
                    Phrase(
                        .noteIdleBatchnormOff, ["knob": .text(name)],
                        english: "\(name) does nothing while batchnorm is off: set batchnorm on to use it"))
            case .dropout where layers.isEmpty && dropout > 0, .dropConnect where layers.isEmpty && dropConnect > 0,
                .batchNorm where layers.isEmpty && batchNorm:
                notes.append(
                    Phrase(
                        .noteIdleNoLayers, ["knob": .text(name)],
                        english: "\(name) acts on hidden layers, and layers is none"))
            case .momentum where optimizer != .momentum:
                notes.append(
                    Phrase(
                        .noteIdleMomentum, ["optimizer": .text(optimizer.rawValue)],
                        english: "momentum acts only with optimizer momentum (optimizer is \(optimizer.rawValue))"))
            default:
                break
            }
        }
        return notes
    }
}

// MARK: - Remedies

extension RunConfig {
    /// The brakes this config turns that can be eased a step (weight_decay, l1, dropout,
    /// dropconnect), strongest kind first as the knob table orders them.
    public var regularisersInUse: [Knob] {
        let defaults = RunConfig()
        return Self.knobs.filter { knob in
            knob.remedy?.role == .regulariser && knob.remedy?.factor != nil
                && knob.typedValue(in: self) != knob.typedValue(in: defaults)
        }
    }
}

extension RunConfig.Optimizer {
    /// A learning rate that trains the lessons' networks with this optimizer (the sources'
    /// own choices): 0.1 for SGD as the lab slides, 0.01 with momentum 0.9 (the same effective
    /// step), 0.001 for Adam as the CIFAR-10 notebook. Advice moves lr towards it, never past.
    public var usualLearningRate: Double {
        switch self {
        case .sgd: return 0.1
        case .momentum: return 0.01
        case .adam: return 0.001
        }
    }
}

// MARK: - Command line

extension RunConfig {
    /// The config `overfit run --set K=V …` describes: the words after `--set` (the shell split
    /// them) read as the tutor reads the words after `set`, then the checks between knobs.
    /// Returns the config and the knobs named.
    public static func fromCommandLine(_ words: [String]) throws(HintedError) -> (config: RunConfig, given: [KnobID]) {
        let settings = try KnobSettings(words: words)
        let config = settings.applied(to: RunConfig())
        try config.validate()
        return (config, settings.knobIDs)
    }
}

extension HintedError {
    /// The message and hint as `overfit run` says them: hints speak the tutor's `set batch 10`,
    /// while that command takes `--set batch=10`.
    public var commandLineDescription: String {
        hint.map { "\(message); \(Self.commandLineSyntax($0))" } ?? message
    }

    /// Rewrites the tutor's words in a hint for the command line: each `set KNOB VALUE` as
    /// `--set KNOB=VALUE`, keeping punctuation that follows the value (`set batch 10, or` →
    /// `--set batch=10, or`), and `show` as `overfit run --help`. Words after `set` that are not
    /// a knob are left alone.
    public static func commandLineSyntax(_ hint: String) -> String {
        var words = hint.replacingOccurrences("`show` lists the knobs", with: "`overfit run --help` lists the knobs")
            .split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 2 < words.count {
            if words[index] == "set", let knob = try? RunConfig.knob(named: words[index + 1]) {
                var value = words[index + 2], trailing = ""
                while let last = value.last, ",;.)".contains(last) {
                    trailing = String(last) + trailing
                    value.removeLast()
                }
                words.replaceSubrange(index...(index + 2), with: ["--set", "\(knob.name)=\(value)\(trailing)"])
            }
            index += 1
        }
        return words.joined(separator: " ")
    }
}

extension String {
    /// Every occurrence of `target` replaced by `replacement` (Foundation-free).
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = "", rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}
