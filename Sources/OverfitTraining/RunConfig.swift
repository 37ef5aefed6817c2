import OverfitEngine

/// Every knob of one training run. The defaults are seed 004's baseline: the first 300 MNIST
/// images, 784-100-100-100-100-10 with ReLU, PyTorch's default init, SGD lr 0.1, batch 10,
/// 100 epochs, no regularisation.
public struct RunConfig: Equatable, Sendable {
    public enum Activation: String, CaseIterable, Sendable { case relu, sigmoid, tanh }
    public enum Initialisation: String, CaseIterable, Sendable { case torch, he, xavier }
    public enum Optimizer: String, CaseIterable, Sendable { case sgd, momentum, adam }
    public enum Subset: String, CaseIterable, Sendable { case first, random }
    /// How batch norm is evaluated: `running` estimates (right), or each evaluated set's own
    /// statistics, as testing in training mode does (seed 004's mistake, kept to show it).
    public enum BatchNormEvaluation: String, CaseIterable, Sendable { case running, batch }
    /// Pixels as evaluation sees them: `scaled` to [0, 1] like training (right), or `raw` 0–255
    /// (seed 004's mistake, kept to show it). Training always uses [0, 1].
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
    /// One batch-norm module for every hidden layer (seed 004's bug, kept to show it).
    public var batchNormShared = false
    public var augment = Augmentation.none
    public var validationSize = 0
    public var patience = 0
    public var evaluationPixels = EvaluationPixels.scaled
    public var seed: UInt64 = 0

    // Not knobs yet (issue 14 declares them in its second part): benchmarks and tests set them in code.
    /// Convolution stages before the dense `layers`: conv → activation → 2×2 max-pool each.
    public var convolutions: [ConvolutionStage] = []
    /// Which test images each epoch is measured on: all of them unless sampled.
    public var testEvaluation = TestEvaluation.all
    /// The fraction of the training labels replaced by uniformly random ones (`LabelNoise`).
    public var labelNoise = 0.0

    public init() {}

    /// The number of MNIST training images there are to choose from.
    public static let availableTrainingImages = 60_000

    /// Sets the knob called `name` (or raises an error naming the knob, or suggesting one).
    public mutating func set(_ name: String, to text: String) throws(ConfigError) {
        let knob = try Self.knob(named: name)
        try knob.write(&self, text)
    }

    /// The knob's value as `set` accepts it.
    public func value(of name: String) throws(ConfigError) -> String {
        try Self.knob(named: name).read(self)
    }

    /// Every knob and its value, in declaration order: what the JSON config and session files hold.
    public var settings: [(name: String, value: String)] {
        Self.knobs.map { ($0.name, $0.read(self)) }
    }

    /// Knobs whose values differ between `self` and `other`, in declaration order.
    public func differences(from other: RunConfig) -> [(name: String, old: String, new: String)] {
        Self.knobs.compactMap { knob in
            let old = knob.read(other), new = knob.read(self)
            return old == new ? nil : (knob.name, old, new)
        }
    }

    public static func knob(named name: String) throws(ConfigError) -> Knob {
        let key = name.trimmingSpaces.lowercased()
        if let knob = knobs.first(where: { $0.name == key }) { return knob }
        let suggestion = Suggestion.closest(to: key, among: knobs.map(\.name))
        throw ConfigError("unknown knob `\(name)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                          hint: "`show` lists the knobs")
    }

    /// Checks that the knobs make sense together (each one alone is checked by `set`).
    public func validate() throws(ConfigError) {
        if validationSize >= trainSize {
            throw ConfigError("val_size (\(validationSize)) must be smaller than train_size (\(trainSize)): the validation images are held out of the training subset",
                              hint: "e.g. set val_size \(max(0, trainSize / 6))")
        }
        if batchNorm && min(batchSize, trainSize - validationSize) < 2 {
            throw ConfigError("batchnorm needs at least 2 images per batch to compute batch statistics (batch is \(batchSize), training images \(trainSize - validationSize))",
                              hint: "e.g. set batch 10, or set batchnorm off")
        }
        if batchNorm && batchNormShared && Set(layers).count > 1 {
            throw ConfigError("bn_shared on uses one batch-norm module for every hidden layer, so the widths must be equal (layers is \(layers.map(String.init).joined(separator: ",")))",
                              hint: "e.g. set layers 100,100,100,100, or set bn_shared off")
        }
        if patience > 0 && validationSize == 0 {
            throw ConfigError("patience (early stopping) watches the validation loss, but val_size is 0",
                              hint: "e.g. set val_size 50 (held out of the \(trainSize) training images)")
        }
    }
}
