import CKernels

/// A 2-D convolution: k×k kernels, stride 1, no padding, C_in → C_out channels, plus a bias per
/// output channel. Images are NHWC rows (see `ImageShape`).
///
/// y[oy, ox, o] = b[o] + Σ_{ky, kx, c} x[oy+ky, ox+kx, c] · W[(ky·k + kx)·C_in + c, o]
///
/// Computed as im2col then one product (`ConvolutionProducts`): patches (N·OH·OW × k·k·C_in)
/// times W (k·k·C_in × C_out) is the output batch itself. Evaluation (`infer`) reads the same
/// terms from the images in place, with the same bits. Backward: dW = patchesᵀ·dY, db = the
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
        ConvolutionProducts.forward(
            patches: patches.data, weights: weight.value.data, bias: bias.value.data, into: output.data,
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

    /// The rows `rows`, straight from the images, without writing patches: for each output row
    /// oy of an image, one product whose terms come in k runs, run ky being kernel row ky's k·C
    /// terms read from input row oy+ky itself (output position ox reads the k·C floats from
    /// column ox, C floats after position ox-1's). Each output is one chain from its bias over
    /// the patch's terms in order (ky, then kx and c within the kernel row), as `forward`'s
    /// product over the patches, so the bits are the same; the chains stay in registers from one
    /// kernel row to the next. Saves writing and reading back every patch (k·k floats per output
    /// position and input channel), and any scratch: threads can call this at once.
    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        precondition(x.cols == inputs && inference.rows >= rows.upperBound)
        let c = inputShape.channels, rowFloats = inputShape.width * c
        let width = outputShape.width, n = outputShape.channels
        let path = Engine.settings.path
        for image in rows {
            let source = x.data + image * inputs, target = inference.data + image * outputs
            for oy in 0..<outputShape.height {
                ConvolutionProducts.forwardRow(
                    path: path, inputRows: source + oy * rowFloats, rowFloats: rowFloats, channelsIn: c,
                    kernel: kernel, weights: weight.value.data, bias: bias.value.data,
                    into: target + oy * width * n, positions: width, channels: n)
            }
        }
        return inference
    }
}

// MARK: - Im2col

/// Unfolding images into convolution patches and folding patch gradients back, for NHWC images
/// (see `ImageShape`). A patch row holds, for ky = 0..<k, the k·C contiguous floats of input
/// row oy+ky starting at column ox: so each kernel row is one copy.
enum Im2col {
    /// Writes the patches of `images` images starting at `input` (rows of `shape.count` floats)
    /// into `patches`: one row of k·k·C floats per output position, images one after another.
    /// Copies eight floats at a time (`overfit_unfold`): `input` and `patches` need
    /// `Matrix.slack` readable and writable floats past their ends.
    static func unfold(
        _ input: UnsafePointer<Float>, images: Int, shape: ImageShape, kernel k: Int,
        into patches: UnsafeMutablePointer<Float>
    ) {
        overfit_unfold(Engine.settings.path.code, input, images, shape.height, shape.width, shape.channels, k, patches)
    }

    /// dLoss/dInput from dLoss/dPatches: every patch entry is added back to the pixel it was
    /// copied from. `inputGradient` is overwritten. The additions run image by image, position by
    /// position, in one fixed order, so the sums do not depend on anything but the values.
    static func fold(
        _ patchGradient: UnsafePointer<Float>, images: Int, shape: ImageShape, kernel k: Int,
        into inputGradient: UnsafeMutablePointer<Float>
    ) {
        let c = shape.channels, rowFloats = shape.width * c, span = k * c
        let outHeight = shape.height - k + 1, outWidth = shape.width - k + 1
        let patchWidth = k * span
        inputGradient.update(repeating: 0, count: images * shape.count)
        var source = patchGradient
        for image in 0..<images {
            let destination = inputGradient + image * shape.count
            for oy in 0..<outHeight {
                for ox in 0..<outWidth {
                    let corner = destination + oy * rowFloats + ox * c
                    for ky in 0..<k {
                        let row = corner + ky * rowFloats, patch = source + ky * span
                        for t in 0..<span { row[t] += patch[t] }
                    }
                    source += patchWidth
                }
            }
        }
    }
}

// MARK: - ConvolutionProducts

/// The three matrix products of a convolution, over im2col patches, and evaluation's forward
/// product a kernel row at a time without them, all through the engine's own kernels
/// (`Kernels.gemm`): each output is one fma chain over k in increasing order, starting
/// from what the output holds (the bias, for `forward`) or from +0, so every path and thread
/// count gives the same bits.
///
/// Shapes, with P = rows of patches (images × output positions), K = k·k·C_in, O = C_out:
/// patches P×K, weights K×O, outputs and their gradients P×O.
enum ConvolutionProducts {
    /// outputs (P×O) = bias + patches · weights: each output's chain starts at its channel's bias.
    /// Each output row is one position of one image.
    static func forward(
        patches: UnsafePointer<Float>, weights: UnsafePointer<Float>, bias: UnsafePointer<Float>,
        into outputs: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        Kernels.gemm(
            patches, lda: patchWidth, weights, ldb: channels, bias: bias, outputs, ldc: channels,
            m: positions, n: channels, k: patchWidth)
    }

    /// One output row's outputs (positions × O) = bias + its patches · weights, the patches read
    /// from the input rows themselves: kernel row ky's `kernel`·C terms for position ox are the
    /// floats from column ox of input row ky (`rowFloats` after row ky-1), so within a kernel row
    /// A's rows are `channelsIn` floats apart (`Conv2d.infer`).
    static func forwardRow(
        path: KernelPath, inputRows: UnsafePointer<Float>, rowFloats: Int, channelsIn: Int, kernel: Int,
        weights: UnsafePointer<Float>, bias: UnsafePointer<Float>, into outputs: UnsafeMutablePointer<Float>,
        positions: Int, channels: Int
    ) {
        Kernels.gemmSegments(
            path: path, inputRows, lda: channelsIn, segments: kernel, span: kernel * channelsIn,
            segmentStride: rowFloats, weights, ldb: channels, bias: bias, outputs, ldc: channels, m: positions,
            n: channels)
    }

    /// weightGradient (K×O) = patchesᵀ · outputGradient: a sum over every position of every image.
    static func weightGradient(
        patches: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        into weightGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        product(
            .transposed, patches, lda: patchWidth, .plain, outputGradient, ldb: channels, weightGradient, ldc: channels,
            m: patchWidth, n: channels, k: positions, accumulate: false)
    }

    /// patchGradient (P×K) = outputGradient · weightsᵀ; col2im then folds it into dLoss/dInput.
    static func patchGradient(
        outputGradient: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        into patchGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        product(
            .plain, outputGradient, lda: channels, .transposed, weights, ldb: channels, patchGradient, ldc: patchWidth,
            m: positions, n: patchWidth, k: channels, accumulate: false)
    }

    @inline(__always)
    private static func product(
        _ opA: Kernels.Operand, _ a: UnsafePointer<Float>, lda: Int,
        _ opB: Kernels.Operand, _ b: UnsafePointer<Float>, ldb: Int,
        _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int, accumulate: Bool
    ) {
        Kernels.gemm(opA, a, lda: lda, opB, b, ldb: ldb, c, ldc: ldc, m: m, n: n, k: k, accumulate: accumulate)
    }
}
