import OverfitEngine
import Testing

/// The feature-major evaluation path computes what the layers' evaluation-mode forward computes.
@Suite struct InferenceTests {
    @Test(arguments: [false, true])
    func featureMajorInferenceMatchesForward(batchNorm: Bool) {
        let architecture = Architecture(inputs: 12, hidden: [7, 5], classes: 3, activation: .relu,
                                        initialisation: .torch, dropout: 0.3, dropConnect: 0.2, batchNorm: batchNorm)
        let network = Network(architecture, seed: 4)
        let x = GradientCheck.randomMatrix(rows: 6, cols: 12, seed: 5)
        // A training step first, so batch norm has running statistics other than (0, 1).
        _ = network.forward(x, mode: .training)
        let rowMajor = network.forward(x, mode: .evaluation).copy()
        let featureMajor = network.inferFeatureMajor(x)
        #expect(featureMajor.rows == 3 && featureMajor.cols == 6)
        for i in 0..<6 {
            for j in 0..<3 {
                #expect(abs(rowMajor[i, j] - featureMajor[j, i]) < 1e-5)
            }
        }
    }
}
