import OverfitEngine

/// How the knobs translate into the engine's terms.
extension RunConfig {
    var architecture: Architecture {
        Architecture(
            inputs: 784, hidden: layers, classes: 10, activation: activation, initialisation: initialisation,
            dropout: Float(dropout), dropConnect: Float(dropConnect), batchNorm: batchNorm,
            batchNormShared: batchNormShared, batchNormEvaluatesWithBatchStatistics: batchNormEvaluation == .batch)
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
