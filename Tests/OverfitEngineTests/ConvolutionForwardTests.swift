import OverfitEngine
import Testing

/// Convolution and pooling values worked out by hand, and the evaluation path against them.
@Suite struct ConvolutionForwardTests {
    /// A 3×3 image, one channel, pixels 1…9 in reading order. Output channel 0: kernel
    /// [[1, 0], [0, −1]] (top-left minus bottom-right) plus bias 0.5, so y = x[i, j] − x[i+1, j+1]
    /// + 0.5 = −4 + 0.5 = −3.5 everywhere (one step down and right adds 3 + 1). Channel 1: all
    /// ones, bias 0, the window sums 1+2+4+5 = 12, 2+3+5+6 = 16, 4+5+7+8 = 24, 5+6+8+9 = 28.
    @Test func convolutionOfATinyImage() {
        var generator = RandomGenerator(seed: 0)
        let layer = Conv2d(
            input: ImageShape(height: 3, width: 3), channels: 2, kernel: 2, initialisation: .torch,
            initGenerator: &generator)
        // Weight rows in patch order (ky, kx, c); columns are output channels.
        let weights: [Float] = [1, 1, 0, 1, 0, 1, -1, 1]
        for i in 0..<weights.count { layer.weight.value.data[i] = weights[i] }
        layer.bias.value.data[0] = 0.5
        layer.bias.value.data[1] = 0
        let x = Matrix(rows: 1, cols: 9, values: (1...9).map(Float.init))
        // NHWC: position by position, both channels side by side.
        #expect(layer.forward(x, mode: .evaluation).values == [-3.5, 12, -3.5, 16, -3.5, 24, -3.5, 28])
        layer.prepareInference(rows: 1)
        #expect(layer.infer(x, rows: 0..<1).values == [-3.5, 12, -3.5, 16, -3.5, 24, -3.5, 28])
    }

    /// 3×5 one channel: floor mode keeps rows 0-1 and columns 0-3, two windows. Window one
    /// [1, 7 / 7, 2] ties at 7: the first in reading order (offset 1) wins. Window two holds a
    /// NaN, which wins as in PyTorch.
    @Test func poolingPicksTheFirstMaximumAndPropagatesNaN() {
        let layer = MaxPool2d(input: ImageShape(height: 3, width: 5))
        #expect(layer.outputShape == ImageShape(height: 1, width: 2))
        let x = Matrix(
            rows: 1, cols: 15,
            values: [
                1, 7, 3, .nan, 100,
                7, 2, 4, 0, 100,
                100, 100, 100, 100, 100,
            ])
        let y = layer.forward(x, mode: .training).values
        #expect(y[0] == 7 && y[1].isNaN)
        let dx = layer.backward(Matrix(rows: 1, cols: 2, values: [10, 20])).values
        #expect(dx[1] == 10 && dx[5] == 0, "the tie goes to the first 7")
        #expect(dx[3] == 20 && dx.enumerated().allSatisfy { [1, 3].contains($0.offset) || $0.element == 0 })
    }

    /// The eight-channel path finds the same winners as the rule says, channel by channel,
    /// including ties (the first) and NaNs.
    @Test func eightChannelPoolingMatchesTheRule() {
        let shape = ImageShape(height: 4, width: 2, channels: 16)
        let layer = MaxPool2d(input: shape)
        var generator = RandomGenerator(seed: 3)
        // Few distinct values, so many windows tie; a few NaNs.
        let values = (0..<2 * shape.count).map { i -> Float in i % 37 == 5 ? .nan : Float(generator.nextIndex(below: 4))
        }
        let x = Matrix(rows: 2, cols: shape.count, values: values)
        let y = layer.forward(x, mode: .training).values
        let dx = layer.backward(
            Matrix(rows: 2, cols: layer.outputs, values: (0..<2 * layer.outputs).map { Float($0 + 1) })
        ).values
        for image in 0..<2 {
            for oy in 0..<2 {
                for channel in 0..<16 {
                    let corners = [0, 16, 32, 48].map { image * shape.count + oy * 64 + $0 + channel }
                    var winner = corners[0]
                    for corner in corners.dropFirst()
                    where values[corner] > values[winner] || (values[corner].isNaN && !values[winner].isNaN) {
                        winner = corner
                    }
                    let out = image * layer.outputs + oy * 16 + channel
                    #expect(y[out] == values[winner] || (y[out].isNaN && values[winner].isNaN))
                    #expect(dx[winner] == Float(out + 1))
                }
            }
        }
    }

    /// LeNet-like conv16,conv32,100 on 28×28: 65,558 weights and biases against the seed-004
    /// MLP's 109,810 (issue 14 quotes about 65,600 and 110,000).
    @Test func leNetWeightCount() {
        let lenet = Architecture(
            inputs: 784, hidden: [100], classes: 10, image: ImageShape(height: 28, width: 28),
            convolutions: [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)])
        // conv1 5·5·1·16 + 16, conv2 5·5·16·32 + 32, dense 4·4·32·100 + 100, output 100·10 + 10
        #expect(Network(lenet, seed: 0).parameterCount == 416 + 12_832 + 51_300 + 1_010)
        #expect(Network(lenet, seed: 0).parameterCount == 65_558)
        #expect(
            Network(Architecture(inputs: 784, hidden: [100, 100, 100, 100], classes: 10), seed: 0).parameterCount
                == 109_810)
    }

    /// Shapes stage by stage, and a refusal that gives them: 28 → 12 → 4, and a third 5×5
    /// stage cannot fit in 4×4.
    @Test func stagesThatShrinkTheImageTooFarAreRefusedWithTheSizes() throws {
        let image = ImageShape(height: 28, width: 28)
        let two = [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)]
        #expect(
            try ConvolutionStage.shapes(two, from: image) == [
                ImageShape(height: 12, width: 12, channels: 16),
                ImageShape(height: 4, width: 4, channels: 32),
            ])
        let error = #expect(throws: ConvolutionShapeError.self) {
            try ConvolutionStage.shapes(two + [ConvolutionStage(channels: 64)], from: image)
        }
        #expect(
            error?.description
                == "stage 3 (conv64) would shrink the image below 1×1: the image goes 28×28 → 12×12 → 4×4, and its 5×5 kernel does not fit in 4×4"
        )
        // A 3×3 kernel fits 4×4 but leaves 2×2 → 1×1; a 4×4 one leaves 1×1, too small to pool.
        #expect(
            try ConvolutionStage.shapes(two + [ConvolutionStage(channels: 8, kernel: 3)], from: image).last
                == ImageShape(height: 1, width: 1, channels: 8))
        let pooling = #expect(throws: ConvolutionShapeError.self) {
            try ConvolutionStage.shapes(two + [ConvolutionStage(channels: 8, kernel: 4)], from: image)
        }
        #expect(pooling?.description.hasSuffix("its 4×4 convolution gives 1×1, too small for 2×2 pooling") == true)
    }
}
