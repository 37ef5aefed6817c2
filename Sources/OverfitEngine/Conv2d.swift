/// A 2-D convolution: k×k kernels, stride 1, no padding, C_in → C_out channels, plus a bias per
/// output channel. Images are NHWC rows (see `ImageShape`).
///
/// y[oy, ox, o] = b[o] + Σ_{ky, kx, c} x[oy+ky, ox+kx, c] · W[(ky·k + kx)·C_in + c, o]
///
/// Computed as im2col then one product (`ConvolutionProducts`): patches (N·OH·OW × k·k·C_in)
/// times W (k·k·C_in × C_out) is the output batch itself. Backward: dW = patchesᵀ·dY, db = the
/// column sums of dY in row order, dX = col2im(dY·Wᵀ).
public final class Conv2d: Layer {
    public let inputShape: ImageShape
    public let outputShape: ImageShape
    public let kernel: Int
    /// (k·k·C_in) × C_out, rows in the patch order (ky, kx, c).
    public let weight: Parameter
    /// 1 × C_out.
    public let bias: Parameter
    /// False for the first layer: nothing upstream needs dLoss/dInput.
    public var computesInputGradient = true

    public var inputs: Int { inputShape.count }
    public var outputs: Int { outputShape.count }
    public var parameters: [Parameter] { [weight, bias] }

    private var positions: Int { outputShape.height * outputShape.width }
    private var patchWidth: Int { kernel * kernel * inputShape.channels }
    private let patches: Matrix
    private let output: Matrix
    private let patchGradient: Matrix
    private let inputGradient: Matrix
    private let inference = Matrix(rows: 0, cols: 1)
    private var trainedImages = 0

    /// Weights (then biases) are drawn from `initGenerator`: `torch` U(±1/√fan_in) for both, as
    /// PyTorch's Conv2d; `he` N(0, 2/fan_in) and `xavier` U(±√(6/(fan_in+fan_out))) with zero
    /// biases. fan_in = C_in·k·k, fan_out = C_out·k·k.
    public init(
        input: ImageShape, channels: Int, kernel: Int, initialisation: Linear.Initialisation,
        initGenerator: inout RandomGenerator
    ) {
        let stage = ConvolutionStage(channels: channels, kernel: kernel)
        guard let convolved = stage.convolved(input) else {
            preconditionFailure("Conv2d: a \(kernel)×\(kernel) kernel does not fit \(input)")
        }
        inputShape = input
        outputShape = convolved
        self.kernel = kernel
        let fanIn = input.channels * kernel * kernel, fanOut = channels * kernel * kernel
        let w = Matrix(rows: fanIn, cols: channels)
        let b = Matrix(rows: 1, cols: channels)
        switch initialisation {
        case .torch:
            let bound = 1 / Float(fanIn).squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.uniform(-bound, bound) }
            for i in 0..<b.count { b.data[i] = initGenerator.uniform(-bound, bound) }
        case .he:
            let std = (2 / Float(fanIn)).squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.nextNormal() * std }
        case .xavier:
            let bound = (6 / Float(fanIn + fanOut)).squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.uniform(-bound, bound) }
        }
        weight = Parameter(role: .weight, value: w)
        bias = Parameter(role: .bias, value: b)
        patches = Matrix(rows: 0, cols: fanIn)
        output = Matrix(rows: 0, cols: convolved.count)
        patchGradient = Matrix(rows: 0, cols: fanIn)
        inputGradient = Matrix(rows: 0, cols: input.count)
    }

    private init(copying other: Conv2d) {
        inputShape = other.inputShape
        outputShape = other.outputShape
        kernel = other.kernel
        computesInputGradient = other.computesInputGradient
        weight = Parameter(role: .weight, value: other.weight.value.copy())
        bias = Parameter(role: .bias, value: other.bias.value.copy())
        patches = Matrix(rows: 0, cols: other.patches.cols)
        output = Matrix(rows: 0, cols: other.output.cols)
        patchGradient = Matrix(rows: 0, cols: other.patchGradient.cols)
        inputGradient = Matrix(rows: 0, cols: other.inputGradient.cols)
    }

    public func clone() -> Layer { Conv2d(copying: self) }

    // N×inputs → N×outputs; keeps the patches for backward.
    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        precondition(x.cols == inputs, "Conv2d: rows of \(x.cols) floats, expected \(inputShape)")
        let n = x.rows
        trainedImages = n
        patches.resize(rows: n * positions)
        output.resize(rows: n)
        Im2col.unfold(x.data, images: n, shape: inputShape, kernel: kernel, into: patches.data)
        // The copies may run up to 7 floats past the last patch: zero them again, so the
        // matrix's slack stays as `Matrix` promises.
        (patches.data + patches.count).update(repeating: 0, count: Matrix.slack)
        startAtBias(output.data, positions: n * positions)
        ConvolutionProducts.forward(
            patches: patches.data, weights: weight.value.data, into: output.data,
            positions: n * positions, patchWidth: patchWidth, channels: outputShape.channels)
        return output
    }

    // dY N×outputs (= N·OH·OW × C_out) → dX N×inputs; leaves dW and db.
    public func backward(_ dy: Matrix) -> Matrix {
        precondition(dy.rows == trainedImages && dy.cols == outputs, "Conv2d.backward without a matching forward")
        let rows = dy.rows * positions, channels = outputShape.channels
        ConvolutionProducts.weightGradient(
            patches: patches.data, outputGradient: dy.data, into: weight.gradient.data,
            positions: rows, patchWidth: patchWidth, channels: channels)
        // db: column sums of dY, row after row.
        let db = bias.gradient.data
        db.update(repeating: 0, count: channels)
        for row in 0..<rows {
            let r = dy.data + row * channels
            for j in 0..<channels { db[j] += r[j] }
        }
        inputGradient.resize(rows: dy.rows)
        if computesInputGradient {
            patchGradient.resize(rows: rows)
            ConvolutionProducts.patchGradient(
                outputGradient: dy.data, weights: weight.value.data, into: patchGradient.data,
                positions: rows, patchWidth: patchWidth, channels: channels)
            Im2col.fold(
                patchGradient.data, images: dy.rows, shape: inputShape, kernel: kernel, into: inputGradient.data)
        }
        return inputGradient
    }

    public func prepareInference(rows: Int) {
        inference.reshape(rows: rows, cols: outputs)
    }

    /// The rows `rows`, a block of images at a time: each block's patches go to a scratch
    /// buffer of this call's own (threads call this at once), then straight into the output rows.
    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        precondition(x.cols == inputs && inference.rows >= rows.upperBound)
        let block = max(1, Self.scratchFloats / (positions * patchWidth))
        let capacity = min(block, max(1, rows.count)) * positions * patchWidth + Matrix.slack
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: capacity)
        // Zeroed, slack included: the product's rounded-up loads read past the last patch, and
        // fresh heap memory there made the first evaluation of a run differ in its last bits.
        scratch.initialize(repeating: 0, count: capacity)
        defer { scratch.deallocate() }
        var first = rows.lowerBound
        while first < rows.upperBound {
            let count = min(block, rows.upperBound - first)
            Im2col.unfold(x.data + first * inputs, images: count, shape: inputShape, kernel: kernel, into: scratch)
            let out = inference.data + first * outputs
            startAtBias(out, positions: count * positions)
            ConvolutionProducts.forward(
                patches: scratch, weights: weight.value.data, into: out,
                positions: count * positions, patchWidth: patchWidth, channels: outputShape.channels)
            first += count
        }
        return inference
    }

    /// Patches per inference block: about 1 MB of floats, so a block's patches stay in cache
    /// while the product reads them.
    static let scratchFloats = 1 << 18

    /// Every output position starts at the bias; the product adds on top (beta = 1).
    private func startAtBias(_ out: UnsafeMutablePointer<Float>, positions: Int) {
        FloatCopy.repeatRow(bias.value.data, width: outputShape.channels, count: positions, to: out)
    }
}
