import OverfitEngine
import Testing

/// A convolutional network's evaluation path (`infer`: blocks of images per thread, chunks of
/// rows when whole-batch buffers would be too large) against the evaluation-mode forward pass.
@Suite struct ConvolutionInferenceTests {
    func network(seed: UInt64 = 4, activation: ActivationLayer.Function = .relu) -> Network {
        Network(
            Architecture(
                inputs: 784, hidden: [20], classes: 10, activation: activation, dropout: 0.3,
                batchNorm: true, image: ImageShape(height: 28, width: 28),
                convolutions: [ConvolutionStage(channels: 16), ConvolutionStage(channels: 8, kernel: 3)]),
            seed: seed)
    }

    /// Images that look like digits to the first layer: mostly zeros, some ink.
    func images(_ count: Int) -> Matrix {
        let x = GradientCheck.randomMatrix(rows: count, cols: 784, seed: 5)
        for i in 0..<x.count where i % 3 != 0 { x.data[i] = 0 }
        return x
    }

    /// 1,500 rows take the chunked path (a conv16 layer's buffers alone would take 55 MB); each
    /// row's logits must equal the forward pass's, which has no chunks, blocks or threads.
    @Test func chunkedInferenceMatchesTheForwardPass() {
        let network = network()
        let x = images(1_500)
        _ = network.forward(x, mode: .training)  // batch norm gets running statistics
        let expected = network.forward(x, mode: .evaluation).copy()
        let inferred = network.infer(x.copy())
        #expect(inferred.rows == 1_500 && inferred.cols == 10)
        var worst: Float = 0
        for i in 0..<expected.count { worst = max(worst, abs(expected.data[i] - inferred.data[i])) }
        #expect(worst < 1e-4)
    }

    /// A convolution's evaluation, straight from the images (`infer`: LeNet's two stages, a narrow
    /// one of 5 channels, rows of 7 and 4 positions, 40 channels: more than one block of columns
    /// on every path), gives the forward pass's bits, read from patches, on every path: zeros of
    /// both signs, negatives and large values.
    @Test(arguments: [
        (ImageShape(height: 12, width: 12, channels: 16), 5, 32), (ImageShape(height: 28, width: 28), 5, 16),
        (ImageShape(height: 9, width: 7, channels: 4), 3, 10), (ImageShape(height: 8, width: 9, channels: 12), 3, 5),
        (ImageShape(height: 6, width: 6, channels: 3), 3, 40),
    ])
    func aConvolutionsEvaluationHasTheForwardPasssBits(shape: ImageShape, kernel: Int, channels: Int) {
        var generator = RandomGenerator(seed: UInt64(shape.count + kernel))
        let layer = Conv2d(
            input: shape, channels: channels, kernel: kernel, initialisation: .he, initGenerator: &generator)
        for i in 0..<layer.bias.value.count { layer.bias.value.data[i] = i % 2 == 0 ? -0.0 : generator.uniform(-1, 1) }
        let images = 5
        let values = (0..<images * shape.count).map { i -> Float in
            switch i % 7 {
            case 0: return 0
            case 1: return -0.0
            case 2: return generator.uniform(-300, 300)
            default: return generator.uniform(-1, 1)
            }
        }
        let x = Matrix(rows: images, cols: shape.count, values: values)
        let expected = layer.forward(x, mode: .evaluation).values.map(\.bitPattern)
        for path in KernelPath.supported {
            let inferred = Engine.withSettings(KernelSettings(path: path, threads: 1)) {
                layer.prepareInference(rows: images)
                return layer.infer(x, rows: 0..<images).values.map(\.bitPattern)
            }
            #expect(inferred == expected, "\(path.rawValue), \(shape), kernel \(kernel), \(channels) channels")
        }
    }

    /// The layers a stage builds, in order, and a network that learns a batch: the loss of a
    /// fixed batch falls over a few SGD steps for every activation (sigmoid slowest).
    @Test(arguments: [(ActivationLayer.Function.relu, Float(0.8)), (.tanh, 0.8), (.sigmoid, 1)])
    func aConvolutionalNetworkLearnsABatch(activation: ActivationLayer.Function, factor: Float) {
        let network = Network(
            Architecture(
                inputs: 784, hidden: [20], classes: 10, activation: activation, batchNorm: true,
                image: ImageShape(height: 28, width: 28),
                convolutions: [ConvolutionStage(channels: 16), ConvolutionStage(channels: 8, kernel: 3)]),
            seed: 4)
        #expect(
            network.layers.prefix(6).map { String(describing: type(of: $0)) }
                == ["Conv2d", "MaxPool2d", "ActivationLayer", "Conv2d", "MaxPool2d", "ActivationLayer"])
        let x = images(20)
        let labels = (0..<20).map { Int32($0 % 10) }
        let head = SoftmaxCrossEntropy(classes: 10)
        let optimizer = SGD(parameters: network.parameters, learningRate: 0.05)
        var losses: [Float] = []
        for _ in 0..<15 {
            let loss = labels.withUnsafeBufferPointer {
                head.forward(network.forward(x, mode: .training), labels: $0.baseAddress!)
            }
            losses.append(loss)
            network.backward(head.backward())
            optimizer.step()
        }
        #expect(losses.last! < losses.first! * factor, "\(losses)")
    }

    /// A clone shares nothing and predicts the same.
    @Test func cloneIsIndependent() {
        let network = network()
        let copy = network.clone()
        let x = images(3)
        let before = network.forward(x, mode: .evaluation).values
        #expect(copy.forward(x, mode: .evaluation).values == before)
        for parameter in copy.parameters { parameter.value.fill(0) }
        #expect(network.forward(x, mode: .evaluation).values == before)
    }
}
