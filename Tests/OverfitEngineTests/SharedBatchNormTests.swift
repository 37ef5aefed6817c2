import OverfitEngine
import Testing

/// Seed 004's bug, re-created on purpose: one batch-norm module applied after every hidden layer.
@Suite struct SharedBatchNormTests {
    func sharedNetwork(seed: UInt64 = 5) -> Network {
        Network(
            Architecture(
                inputs: 3, hidden: [4, 4, 4], classes: 2, activation: .tanh,
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
    /// central finite differences of the whole network's output, after an earlier step, so a
    /// sum that never restarts (or restarts at every position) would show.
    @Test func sharedScaleAndShiftGradientsMatchFiniteDifferences() {
        let network = sharedNetwork()
        let state = norms(network)[0].state
        for j in 0..<4 {
            state.scale.value.data[j] = 0.7 + 0.3 * Float(j)
            state.shift.value.data[j] = 0.2 * Float(j) - 0.3
        }
        let input = GradientCheck.randomMatrix(rows: 6, cols: 3, seed: 21, scale: 1.5)
        _ = network.forward(GradientCheck.randomMatrix(rows: 6, cols: 3, seed: 20), mode: .training)
        network.backward(GradientCheck.randomMatrix(rows: 6, cols: 2, seed: 19, scale: 3))
        let r = GradientCheck.randomMatrix(rows: 6, cols: 2, seed: 22)
        _ = network.forward(input, mode: .training)
        network.backward(r)
        let loss = { GradientCheck.weightedSum(network.forward(input, mode: .training), r) }
        for parameter in network.parameters {
            let analytic = parameter.gradient.values
            let error = GradientCheck.worstRelativeError(
                values: parameter.value.data, count: parameter.value.count,
                analytic: analytic, loss: loss)
            // Float32 differences over a 4-layer tanh network: the first layer's weights come
            // within 2% of the truth, a wrong sum for scale or shift misses by tens of percent.
            #expect(error < 3e-2, "\(parameter.role): \(error)")
        }
    }

    /// Each position moves the one set of running estimates, in order, as a PyTorch module
    /// called three times per forward pass does: from 0 with momentum 0.1 the shared mean is
    /// 0.9·(0.9·0.1·m1 + 0.1·m2) + 0.1·m3, where m1…m3 are the three positions' batch means.
    @Test func eachPositionMovesTheSharedRunningEstimatesInTurn() {
        let input = GradientCheck.randomMatrix(rows: 6, cols: 3, seed: 23)
        let shared = sharedNetwork()
        _ = shared.forward(input, mode: .training)
        // With scale 1 and shift 0 (the start) sharing changes no output in training mode, so a
        // network with a module per layer sees the same batch means and keeps r_i = 0.1·m_i.
        let separate = Network(
            Architecture(inputs: 3, hidden: [4, 4, 4], classes: 2, activation: .tanh, batchNorm: true), seed: 5)
        _ = separate.forward(input, mode: .training)
        let r = norms(separate).map(\.runningMean)
        let mean = norms(shared)[0].state.runningMean
        for j in 0..<4 {
            let expected = 0.81 * r[0][j] + 0.9 * r[1][j] + r[2][j]
            #expect(abs(mean[j] - expected) < 1e-6, "feature \(j): \(mean[j]) against \(expected)")
        }
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
