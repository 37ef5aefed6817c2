import OverfitEngine
import Testing

/// Seed 004's bug, re-created on purpose: one batch-norm module applied after every hidden layer.
@Suite struct SharedBatchNormTests {
    func sharedNetwork(seed: UInt64 = 5) -> Network {
        Network(Architecture(inputs: 3, hidden: [4, 4, 4], classes: 2, activation: .tanh,
                             batchNorm: true, batchNormShared: true), seed: seed)
    }

    func norms(_ network: Network) -> [BatchNorm] { network.layers.compactMap { $0 as? BatchNorm } }

    @Test func everyPositionUsesOneStateAndTheOptimiserSeesItOnce() {
        let network = sharedNetwork()
        let positions = norms(network)
        #expect(positions.count == 3)
        #expect(positions.allSatisfy { $0.state === positions[0].state })
        // 4 linear layers × (weight, bias) + one scale and one shift.
        #expect(network.parameters.count == 4 * 2 + 2)
        let separate = Network(Architecture(inputs: 3, hidden: [4, 4, 4], classes: 2, batchNorm: true), seed: 5)
        #expect(separate.parameters.count == 4 * 2 + 3 * 2)
    }

    /// The scale and shift gradients are the sum over the three positions: checked against
    /// central finite differences of the whole network's output.
    @Test func sharedScaleAndShiftGradientsMatchFiniteDifferences() {
        let network = sharedNetwork()
        let state = norms(network)[0].state
        for j in 0..<4 {
            state.scale.value.data[j] = 0.7 + 0.3 * Float(j)
            state.shift.value.data[j] = 0.2 * Float(j) - 0.3
        }
        let input = GradientCheck.randomMatrix(rows: 6, cols: 3, seed: 21, scale: 1.5)
        let r = GradientCheck.randomMatrix(rows: 6, cols: 2, seed: 22)
        _ = network.forward(input, mode: .training)
        network.backward(r)
        let loss = { GradientCheck.weightedSum(network.forward(input, mode: .training), r) }
        for parameter in network.parameters {
            let analytic = parameter.gradient.values
            let error = GradientCheck.worstRelativeError(values: parameter.value.data, count: parameter.value.count,
                                                         analytic: analytic, loss: loss)
            #expect(error < 2e-2, "\(parameter.role): \(error)")
        }
    }

    /// Each position moves the one set of running estimates, in order, as a PyTorch module
    /// called three times per forward pass does.
    @Test func eachPositionMovesTheSharedRunningEstimates() {
        let network = sharedNetwork()
        let input = GradientCheck.randomMatrix(rows: 6, cols: 3, seed: 23)
        _ = network.forward(input, mode: .training)
        let state = norms(network)[0].state
        // Three updates of momentum 0.1 from 0: the weight left on the first position's batch
        // mean is 0.1 · 0.9², so the estimate is not the first layer's alone.
        let single = Network(Architecture(inputs: 3, hidden: [4], classes: 2, activation: .tanh, batchNorm: true), seed: 5)
        _ = single.forward(input, mode: .training)
        let firstOnly = norms(single)[0].runningMean
        #expect(state.runningMean != firstOnly)
        #expect(norms(network).allSatisfy { $0.runningMean == state.runningMean })
    }

    @Test func aCloneKeepsTheSharingButSharesNothingWithTheOriginal() {
        let network = sharedNetwork()
        let copy = network.clone()
        let copies = norms(copy)
        #expect(copies.allSatisfy { $0.state === copies[0].state })
        #expect(copies[0].state !== norms(network)[0].state)
        #expect(copy.parameters.count == network.parameters.count)
        copies[0].scale.value.data[0] = 42
        #expect(norms(network)[0].scale.value.data[0] == 1)
    }
}
