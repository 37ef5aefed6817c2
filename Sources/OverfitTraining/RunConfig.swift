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
        throw HintedError(
            "unknown knob `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
            hint: "`show` lists the knobs")
    }
}
