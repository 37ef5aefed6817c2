import OverfitEngine
import Testing

/// Every layer's backward against central finite differences of a scalar loss Σ y ⊙ R.
@Suite struct LayerGradientTests {
    let tolerance = 2e-2

    /// Runs forward, backward with dL/dy = R, then checks dL/dx and every parameter gradient.
    func check(_ layer: Layer, input: Matrix, mode: Mode = .training) -> (input: Double, parameters: [Double]) {
        let r = GradientCheck.randomMatrix(rows: input.rows, cols: layer.outputs, seed: 99)
        let out = layer.forward(input, mode: mode)
        let inputGradient = layer.backward(r).values
        let parameterGradients = layer.parameters.map(\.gradient.values)
        let loss = { GradientCheck.weightedSum(layer.forward(input, mode: mode), r) }
        let inputError = GradientCheck.worstRelativeError(
            values: input.data, count: input.count,
            analytic: inputGradient, loss: loss)
        let parameterErrors = zip(layer.parameters, parameterGradients).map { parameter, analytic in
            GradientCheck.worstRelativeError(
                values: parameter.value.data, count: parameter.value.count,
                analytic: analytic, loss: loss)
        }
        _ = out
        return (inputError, parameterErrors)
    }

    @Test(arguments: [Linear.Initialisation.torch, .he, .xavier])
    func linear(initialisation: Linear.Initialisation) {
        var generator = RandomGenerator(seed: 1)
        let layer = Linear(
            inputs: 5, outputs: 4, initialisation: initialisation, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 2))
        let errors = check(layer, input: GradientCheck.randomMatrix(rows: 3, cols: 5, seed: 3))
        #expect(errors.input < tolerance)
        #expect(errors.parameters.allSatisfy { $0 < tolerance }, "\(errors.parameters)")
    }

    @Test func linearWithFixedDropConnectMask() {
        var generator = RandomGenerator(seed: 1)
        let layer = Linear(
            inputs: 6, outputs: 4, initialisation: .torch, dropConnect: 0.5,
            initGenerator: &generator, maskGenerator: RandomGenerator(seed: 2))
        let input = GradientCheck.randomMatrix(rows: 3, cols: 6, seed: 3)
        _ = layer.forward(input, mode: .training)  // draws the mask
        layer.freezesMask = true
        let errors = check(layer, input: input)
        #expect(errors.input < tolerance)
        #expect(errors.parameters.allSatisfy { $0 < tolerance }, "\(errors.parameters)")
    }

    @Test(arguments: [ActivationLayer.Function.relu, .sigmoid, .tanh])
    func activation(function: ActivationLayer.Function) {
        // Inputs kept away from ReLU's kink at 0, where the derivative is undefined.
        let input = GradientCheck.randomMatrix(rows: 4, cols: 5, seed: 7)
        for i in 0..<input.count where abs(input.data[i]) < 0.1 { input.data[i] += 0.3 }
        let errors = check(ActivationLayer(function, width: 5), input: input)
        #expect(errors.input < tolerance)
    }

    @Test func dropoutWithFixedMask() {
        let layer = Dropout(probability: 0.4, width: 6, generator: RandomGenerator(seed: 5))
        let input = GradientCheck.randomMatrix(rows: 4, cols: 6, seed: 8)
        let first = layer.forward(input, mode: .training).values
        layer.freezesMask = true
        #expect(first.contains(0), "a 0.4 dropout over 24 units should drop some")
        let errors = check(layer, input: input)
        #expect(errors.input < tolerance)
    }

    @Test func batchNormInTrainingMode() {
        let layer = BatchNorm(width: 3)
        layer.scale.value.data[0] = 1.5
        layer.shift.value.data[1] = -0.5
        let errors = check(layer, input: GradientCheck.randomMatrix(rows: 5, cols: 3, seed: 11, scale: 2))
        #expect(errors.input < tolerance)
        #expect(errors.parameters.allSatisfy { $0 < tolerance }, "\(errors.parameters)")
    }

    @Test func softmaxCrossEntropy() {
        let logits = GradientCheck.randomMatrix(rows: 4, cols: 5, seed: 13, scale: 2)
        let labels: [Int32] = [0, 3, 4, 1]
        labels.withUnsafeBufferPointer { labelPointer in
            let head = SoftmaxCrossEntropy(classes: 5)
            _ = head.forward(logits, labels: labelPointer.baseAddress!)
            let analytic = head.backward().values
            let error = GradientCheck.worstRelativeError(values: logits.data, count: logits.count, analytic: analytic) {
                Double(SoftmaxCrossEntropy(classes: 5).forward(logits, labels: labelPointer.baseAddress!))
            }
            #expect(error < tolerance)
        }
    }

    @Test(arguments: [(Float(0.1), Float(0)), (0, 0.05), (0.3, 0.02)])
    func penalties(l2: Float, l1: Float) {
        var generator = RandomGenerator(seed: 1)
        let layer = Linear(
            inputs: 4, outputs: 3, initialisation: .torch, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 2))
        let penalty = Penalty(l2: l2, l1: l1)
        for parameter in layer.parameters { parameter.gradient.fill(0) }
        penalty.addGradient(layer.parameters)
        let weight = layer.weight
        let error = GradientCheck.worstRelativeError(
            values: weight.value.data, count: weight.value.count,
            analytic: weight.gradient.values, step: 1e-3
        ) {
            penalty.value(layer.parameters)
        }
        #expect(error < tolerance)
        // Biases carry no penalty: their gradient stays untouched.
        #expect(layer.bias.gradient.values.allSatisfy { $0 == 0 })
    }
}
