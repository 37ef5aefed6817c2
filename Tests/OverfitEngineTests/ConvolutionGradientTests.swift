import OverfitEngine
import Testing

/// Conv2d and MaxPool2d backward against central finite differences of Σ y ⊙ R, as
/// `LayerGradientTests` does for the dense layers.
@Suite struct ConvolutionGradientTests {
    let tolerance = 2e-2

    /// Worst relative errors of dL/dx and of each parameter's gradient.
    func check(_ layer: Layer, input: Matrix) -> (input: Double, parameters: [Double]) {
        let r = GradientCheck.randomMatrix(rows: input.rows, cols: layer.outputs, seed: 99)
        _ = layer.forward(input, mode: .training)
        let inputGradient = layer.backward(r).values
        let parameterGradients = layer.parameters.map(\.gradient.values)
        let loss = { GradientCheck.weightedSum(layer.forward(input, mode: .training), r) }
        let inputError = GradientCheck.worstRelativeError(
            values: input.data, count: input.count,
            analytic: inputGradient, loss: loss)
        let parameterErrors = zip(layer.parameters, parameterGradients).map { parameter, analytic in
            GradientCheck.worstRelativeError(
                values: parameter.value.data, count: parameter.value.count,
                analytic: analytic, loss: loss)
        }
        return (inputError, parameterErrors)
    }

    /// Two images of 6×5 pixels with 2 channels, a 3×3 kernel to 3 channels: every weight, bias
    /// and pixel (corners see one patch, the middle nine) is checked.
    @Test(arguments: [Linear.Initialisation.torch, .he, .xavier])
    func convolution(initialisation: Linear.Initialisation) {
        var generator = RandomGenerator(seed: 1)
        let shape = ImageShape(height: 6, width: 5, channels: 2)
        let layer = Conv2d(
            input: shape, channels: 3, kernel: 3, initialisation: initialisation, initGenerator: &generator)
        #expect(layer.outputShape == ImageShape(height: 4, width: 3, channels: 3))
        let errors = check(layer, input: GradientCheck.randomMatrix(rows: 2, cols: shape.count, seed: 3))
        #expect(errors.input < tolerance)
        #expect(errors.parameters.count == 2 && errors.parameters.allSatisfy { $0 < tolerance }, "\(errors.parameters)")
    }

    /// A 1×1 kernel over a single pixel row: the degenerate sizes still agree.
    @Test func convolutionWithOneByOneKernel() {
        var generator = RandomGenerator(seed: 2)
        let layer = Conv2d(
            input: ImageShape(height: 1, width: 4, channels: 3), channels: 2, kernel: 1,
            initialisation: .torch, initGenerator: &generator)
        let errors = check(layer, input: GradientCheck.randomMatrix(rows: 3, cols: 12, seed: 4))
        #expect(errors.input < tolerance)
        #expect(errors.parameters.allSatisfy { $0 < tolerance }, "\(errors.parameters)")
    }

    /// Odd sizes (5×7, the last row and column dropped) with 3 channels (the scalar path) and
    /// 4×4 with 8 channels (the eight-at-a-time path). Inputs are spread apart so no window has a
    /// near-tie that a finite-difference step could flip.
    @Test(arguments: [ImageShape(height: 5, width: 7, channels: 3), ImageShape(height: 4, width: 4, channels: 8)])
    func maxPool(shape: ImageShape) {
        let layer = MaxPool2d(input: shape)
        let input = Matrix(rows: 2, cols: shape.count)
        var generator = RandomGenerator(seed: 6)
        var values = (0..<input.count).map { Float($0) * 0.1 }
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, generator.nextIndex(below: i + 1)) }
        for i in 0..<input.count { input.data[i] = values[i] }
        let errors = check(layer, input: input)
        #expect(errors.input < tolerance)
    }
}
