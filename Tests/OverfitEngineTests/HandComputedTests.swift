import OverfitEngine
import Testing

/// Values worked out by hand (the arithmetic is in the comments).
@Suite struct HandComputedTests {
    func crossEntropy(_ logits: [Float], label: Int32) -> Float {
        let m = Matrix(rows: 1, cols: logits.count, values: logits)
        return [label].withUnsafeBufferPointer {
            $0.baseAddress.map { SoftmaxCrossEntropy(classes: logits.count).forward(m, labels: $0) } ?? .nan
        }
    }

    @Test func crossEntropyOfEqualLogitsIsLogOfClassCount() {
        // softmax(0, 0) = (½, ½); −ln ½ = ln 2 = 0.693147
        #expect(abs(crossEntropy([0, 0], label: 0) - 0.693147) < 1e-5)
    }

    @Test func crossEntropyOfThreeLogits() {
        // −ln(e³ / (e¹ + e² + e³)) = ln(e⁻² + e⁻¹ + 1) = ln(0.135335 + 0.367879 + 1) = 0.407606
        #expect(abs(crossEntropy([1, 2, 3], label: 2) - 0.407606) < 1e-5)
    }

    @Test func crossEntropyIsStableForHugeLogits() {
        // −ln softmax(1000, 0)[1] = 1000 + ln(1 + e⁻¹⁰⁰⁰) = 1000, not infinity
        #expect(crossEntropy([1000, 0], label: 1) == 1000)
    }

    @Test func crossEntropyIsAMeanOverTheBatch() {
        // rows: (0,0) label 0 → ln 2; (1,2,… ) use two classes: (0, ln 3) label 1 → −ln(3/4) = 0.287682
        let m = Matrix(rows: 2, cols: 2, values: [0, 0, 0, Float(1.0986123)])
        let loss = [Int32(0), 1].withUnsafeBufferPointer {
            SoftmaxCrossEntropy(classes: 2).forward(m, labels: $0.baseAddress!)
        }
        #expect(abs(loss - (0.693147 + 0.287682) / 2) < 1e-5)
    }

    @Test func evaluationCountsCorrectArgmaxes() {
        let m = Matrix(rows: 3, cols: 3, values: [5, 1, 0, 0, 2, 1, 0, 0, 3])
        var predictions = [UInt8](repeating: 9, count: 3)
        let result = [UInt8(0), 2, 2].withUnsafeBufferPointer { labels in
            predictions.withUnsafeMutableBufferPointer {
                SoftmaxCrossEntropy.evaluate(m, labels: labels.baseAddress!, predictions: $0.baseAddress)
            }
        }
        #expect(result.correct == 2)
        #expect(predictions == [0, 1, 2])
    }

    /// A 2×2 linear layer with these weights and biases of 100 (which no penalty may touch).
    static func layer(weights: [Float]) -> Linear {
        var generator = RandomGenerator(seed: 0)
        let layer = Linear(
            inputs: 2, outputs: 2, initialisation: .torch, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 0))
        layer.weight.value.copy(from: Matrix(rows: 2, cols: 2, values: weights))
        layer.bias.value.copy(from: Matrix(rows: 1, cols: 2, values: [100, 100]))
        return layer
    }

    @Test func l2AndL1PenaltiesCoverWeightsOnly() {
        let layer = Self.layer(weights: [1, -2, 3, 4])
        // L2: ½ · 0.1 · (1 + 4 + 9 + 16) = 1.5;  L1: 0.01 · (1 + 2 + 3 + 4) = 0.1
        #expect(abs(Penalty(l2: 0.1).value(layer.parameters) - 1.5) < 1e-6)
        #expect(abs(Penalty(l1: 0.01).value(layer.parameters) - 0.1) < 1e-6)
        #expect(abs(Penalty(l2: 0.1, l1: 0.01).value(layer.parameters) - 1.6) < 1e-6)
    }

    /// The penalties' gradients by hand: λ₂·w for ½λ₂Σw², λ₁·sign w for λ₁Σ|w|, biases untouched.
    @Test func l2AndL1GradientsByHand() {
        let layer = Self.layer(weights: [1, -2, 3, 0])
        for parameter in layer.parameters { parameter.gradient.fill(0) }
        Penalty(l2: 0.1, l1: 0.01).addGradient(layer.parameters)
        let expected: [Float] = [0.1 + 0.01, -0.2 - 0.01, 0.3 + 0.01, 0]
        for (index, want) in expected.enumerated() { #expect(abs(layer.weight.gradient.data[index] - want) < 1e-6) }
        #expect(layer.bias.gradient.data[0] == 0 && layer.bias.gradient.data[1] == 0)
    }

    @Test func sgdAndMomentumSteps() {
        let w = Parameter(role: .weight, value: Matrix(rows: 1, cols: 1, values: [1]))
        w.gradient.data[0] = 0.5
        SGD(parameters: [w], learningRate: 0.1).step()
        #expect(w.value.data[0] == 0.95)  // 1 − 0.1·0.5
        let m = Parameter(role: .weight, value: Matrix(rows: 1, cols: 1, values: [1]))
        let optimizer = SGD(parameters: [m], learningRate: 0.1, momentum: 0.9)
        m.gradient.data[0] = 1
        optimizer.step()  // v = 1, w = 0.9
        optimizer.step()  // v = 0.9·1 + 1 = 1.9, w = 0.9 − 0.19 = 0.71
        #expect(abs(m.value.data[0] - 0.71) < 1e-6)
    }

    @Test func adamFirstStepMovesByTheLearningRate() {
        // After bias correction m̂ = g and v̂ = g², so the first step is lr · g/|g| (ε aside).
        let w = Parameter(role: .weight, value: Matrix(rows: 1, cols: 2, values: [1, 1]))
        w.gradient.data[0] = 0.3
        w.gradient.data[1] = -20
        Adam(parameters: [w], learningRate: 0.001).step()
        #expect(abs(w.value.data[0] - 0.999) < 1e-6)
        #expect(abs(w.value.data[1] - 1.001) < 1e-6)
    }

    @Test func batchNormEvaluatesWithRunningStatistics() {
        let layer = BatchNorm(width: 1)
        // Batch (1, 3): mean 2, unbiased variance 2 → running mean 0.2, running variance 0.9·1 + 0.1·2 = 1.1
        _ = layer.forward(Matrix(rows: 2, cols: 1, values: [1, 3]), mode: .training)
        #expect(abs(layer.runningMean[0] - 0.2) < 1e-6)
        #expect(abs(layer.runningVariance[0] - 1.1) < 1e-6)
        // Evaluation of x = 2: (2 − 0.2)/√(1.1 + 1e-5) = 1.716233
        let y = layer.forward(Matrix(rows: 1, cols: 1, values: [2]), mode: .evaluation)
        #expect(abs(y.data[0] - 1.716233) < 1e-4)
    }

    @Test func dropoutIsTheIdentityInEvaluationAndScalesSurvivorsInTraining() {
        let layer = Dropout(probability: 0.5, width: 1000, generator: RandomGenerator(seed: 3))
        let x = Matrix(rows: 1, cols: 1000, value: 1)
        #expect(layer.forward(x, mode: .evaluation).values.allSatisfy { $0 == 1 })
        let trained = layer.forward(x, mode: .training).values
        #expect(trained.allSatisfy { $0 == 0 || $0 == 2 })
        let kept = trained.filter { $0 == 2 }.count
        #expect((400...600).contains(kept))
    }

    /// At p = 0.5 the right scale 1/(1−p) and the wrong 1/p agree, so p = 0.2 tells them apart:
    /// survivors are scaled by 1.25 (not 5), about 80% survive, and the mean stays near 1.
    @Test(arguments: [Float(0.2), 0.8])
    func dropoutScalesSurvivorsByOneOverTheKeepRate(probability: Float) {
        let layer = Dropout(probability: probability, width: 10_000, generator: RandomGenerator(seed: 5))
        let trained = layer.forward(Matrix(rows: 1, cols: 10_000, value: 1), mode: .training).values
        let scale = 1 / (1 - probability)
        #expect(trained.allSatisfy { $0 == 0 || $0 == scale })
        let kept = Float(trained.filter { $0 != 0 }.count) / 10_000
        #expect(abs(kept - (1 - probability)) < 0.03, "kept \(kept) of the units")
        let mean = trained.reduce(0, +) / 10_000
        #expect(abs(mean - 1) < 0.1, "mean \(mean)")
    }

    @Test func torchInitIsUniformWithinOneOverRootFanIn() {
        var generator = RandomGenerator(seed: 0)
        let layer = Linear(
            inputs: 784, outputs: 100, initialisation: .torch, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 0))
        let bound = 1 / Float(784).squareRoot()
        let weights = layer.weight.value.values
        #expect(weights.allSatisfy { abs($0) <= bound })
        #expect(weights.max()! > bound * 0.99 && weights.min()! < -bound * 0.99)
    }
}
