import OverfitEngine

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
