import OverfitEngine

/// How the knobs translate into the engine's terms.
extension RunConfig {
    var architecture: Architecture {
        Architecture(inputs: 784, hidden: layers, classes: 10,
                     activation: { switch activation {
                         case .relu: return .relu
                         case .sigmoid: return .sigmoid
                         case .tanh: return .tanh } }(),
                     initialisation: { switch initialisation {
                         case .torch: return .torch
                         case .he: return .he
                         case .xavier: return .xavier } }(),
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
