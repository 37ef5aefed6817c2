/// A fully connected layer: Y = X·W + b, with W stored inputs×outputs.
///
/// With `dropConnect` p > 0 (the lab slides' remedy 6) each training batch draws a mask over the
/// weights, keeps each with probability 1-p and scales survivors by 1/(1-p), so evaluation uses W
/// itself: Y = X·(W⊙M)/(1-p) + b.
public final class Linear: Layer {
    /// How weights (and biases) start.
    public enum Initialisation: String, CaseIterable, Sendable {
        /// PyTorch's default: weights and biases U(±1/√fan_in).
        case torch
        /// He: weights N(0, 2/fan_in), biases 0 (Deep Learning from Scratch's ReLU nets).
        case he
        /// Glorot/Xavier: weights U(±√(6/(fan_in+fan_out))), biases 0.
        case xavier
    }

    public let inputs: Int
    public let outputs: Int
    public let weight: Parameter
    public let bias: Parameter
    public let dropConnect: Float
    /// False for the first layer: nothing upstream needs dLoss/dInput.
    public var computesInputGradient = true
    /// True where the input is mostly zeros (pixels): products skip the zeros instead of
    /// multiplying them (then a -0 or an infinite weight times a zero pixel is not summed).
    public var sparseInput = false

    private var generator: RandomGenerator
    private let output: Matrix
    private let inputGradient: Matrix
    private var input: Matrix?
    private let mask: Matrix?
    private let maskedWeight: Matrix?
    private var usedMask = false
    private let inference = Matrix(rows: 0, cols: 1)
    /// The weights packed for evaluation from listed pixels (`infer(listed:rows:)`), when the
    /// input is sparse: packed by `prepareInference`, before the evaluation's threads start.
    private var packedWeights: SparseWeights?

    public init(
        inputs: Int, outputs: Int, initialisation: Initialisation, dropConnect: Float = 0,
        initGenerator: inout RandomGenerator, maskGenerator: RandomGenerator
    ) {
        precondition(dropConnect >= 0 && dropConnect < 1)
        self.inputs = inputs
        self.outputs = outputs
        self.dropConnect = dropConnect
        generator = maskGenerator
        let w = Matrix(rows: inputs, cols: outputs)
        let b = Matrix(rows: 1, cols: outputs)
        let fanIn = Float(inputs)
        switch initialisation {
        case .torch:
            let bound = 1 / fanIn.squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.uniform(-bound, bound) }
            for i in 0..<b.count { b.data[i] = initGenerator.uniform(-bound, bound) }
        case .he:
            let std = (2 / fanIn).squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.nextNormal() * std }
        case .xavier:
            let bound = (6 / (fanIn + Float(outputs))).squareRoot()
            for i in 0..<w.count { w.data[i] = initGenerator.uniform(-bound, bound) }
        }
        weight = Parameter(role: .weight, value: w)
        bias = Parameter(role: .bias, value: b)
        output = Matrix(rows: 0, cols: outputs)
        inputGradient = Matrix(rows: 0, cols: inputs)
        mask = dropConnect > 0 ? Matrix(rows: inputs, cols: outputs) : nil
        maskedWeight = dropConnect > 0 ? Matrix(rows: inputs, cols: outputs) : nil
    }

    private init(copying other: Linear) {
        inputs = other.inputs
        outputs = other.outputs
        dropConnect = other.dropConnect
        computesInputGradient = other.computesInputGradient
        sparseInput = other.sparseInput
        generator = other.generator
        weight = Parameter(role: .weight, value: other.weight.value.copy())
        bias = Parameter(role: .bias, value: other.bias.value.copy())
        output = Matrix(rows: 0, cols: outputs)
        inputGradient = Matrix(rows: 0, cols: inputs)
        mask = other.mask?.copy()
        maskedWeight = other.maskedWeight?.copy()
    }

    public func clone() -> Layer { Linear(copying: self) }

    public func prepareInference(rows: Int) {
        inference.reshape(rows: rows, cols: outputs)
        if sparseInput {
            let packed = packedWeights ?? SparseWeights(inputs: inputs, outputs: outputs)
            packed.pack(weight.value)
            packedWeights = packed
        }
    }

    /// `infer` for the rows `rows` of pixels listed once (`SparseRows`), with the weights
    /// `prepareInference` packed: the same bits, without reading the pixels' zeros.
    public func infer(listed x: SparseRows, rows: Range<Int>) -> Matrix {
        guard let packedWeights else {
            preconditionFailure("infer(listed:) needs a sparse layer prepared for inference")
        }
        precondition(x.cols == inputs && inference.rows >= rows.upperBound)
        let first = rows.lowerBound
        Kernels.sparseMultiply(
            listed: x, first: first, rows: rows.count, packedWeights, bias: bias.value.data,
            into: inference.data + first * outputs)
        return inference
    }

    /// Y = X·W + b for the rows `rows`: each output's chain starts at the bias.
    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        precondition(x.cols == inputs && inference.rows >= rows.upperBound)
        let count = rows.count, first = rows.lowerBound
        let b = bias.value.data, input = x.data + first * inputs, output = inference.data + first * outputs
        if sparseInput {
            Kernels.copyRows(b, n: outputs, into: output, rows: count)
            Kernels.sparseMultiply(input, rows: count, k: inputs, weight.value.data, n: outputs, into: output)
        } else {
            Kernels.gemm(
                input, lda: inputs, weight.value.data, ldb: outputs, bias: b, output, ldc: outputs,
                m: count, n: outputs, k: inputs)
        }
        return inference
    }

    public var parameters: [Parameter] { [weight, bias] }

    /// Tests may hold the DropConnect mask fixed to check gradients against finite differences.
    public var freezesMask = false

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        precondition(x.cols == inputs)
        input = x
        output.resize(rows: x.rows)
        let n = x.rows
        // Every output's chain starts at the bias and adds X·W on top: one pass fewer.
        let b = bias.value.data
        usedMask = mode == .training && dropConnect > 0
        let w = usedMask ? maskedWeights() : weight.value.data
        if sparseInput {
            Kernels.copyRows(b, n: outputs, into: output.data, rows: n)
            Kernels.sparseMultiply(x.data, rows: n, k: inputs, w, n: outputs, into: output.data)
        } else {
            Kernels.gemm(
                x.data, lda: inputs, w, ldb: outputs, bias: b, output.data, ldc: outputs, m: n, n: outputs, k: inputs)
        }
        return output
    }

    private func maskedWeights() -> UnsafeMutablePointer<Float> {
        guard let mask, let maskedWeight else { return weight.value.data }
        let count = mask.count
        if !freezesMask {
            let keep = 1 - dropConnect, scale = 1 / keep
            for i in 0..<count { mask.data[i] = generator.nextUnitFloat() < keep ? scale : 0 }
        }
        let w = weight.value.data, m = mask.data, out = maskedWeight.data
        for i in 0..<count { out[i] = w[i] * m[i] }
        return out
    }

    public func backward(_ dy: Matrix) -> Matrix {
        guard let x = input else { preconditionFailure("Linear.backward before forward") }
        let n = dy.rows
        // dW = Xᵀ·dY  (inputs×N · N×outputs)
        if sparseInput {
            // The rows this batch's pixels touch are set; of the rows the last batch wrote, those
            // this one does not touch are zeroed. Every other row is zero already: not all 313 KB
            // is cleared, and the touched rows are not cleared and read back.
            let previous = weight.nonzeroGradientRows
            if previous == nil { weight.gradient.fill(0) }
            let touched = Kernels.sparseTransposedProduct(
                x.data, rows: n, k: inputs, dy.data, n: outputs, into: weight.gradient.data)
            if let previous {
                let stale = zip(previous, touched).map { before, now in before & ~now }
                Kernels.zeroRows(stale, of: weight.gradient.data, columns: outputs)
            }
            weight.nonzeroGradientRows = touched
        } else {
            Kernels.gemm(
                .transposed, x.data, lda: inputs, .plain, dy.data, ldb: outputs,
                weight.gradient.data, ldc: outputs, m: inputs, n: outputs, k: n)
        }
        if usedMask, let mask {
            let g = weight.gradient.data, m = mask.data
            for i in 0..<mask.count { g[i] *= m[i] }
        }
        // db = column sums of dY
        let db = bias.gradient.data
        db.update(repeating: 0, count: outputs)
        for row in 0..<n {
            let r = dy.data + row * outputs
            for j in 0..<outputs { db[j] += r[j] }
        }
        inputGradient.resize(rows: n)
        if computesInputGradient {
            // dX = dY·Wᵀ  (N×outputs · outputs×inputs)
            let w = usedMask ? (maskedWeight?.data ?? weight.value.data) : weight.value.data
            Kernels.gemm(
                .plain, dy.data, lda: outputs, .transposed, w, ldb: outputs,
                inputGradient.data, ldc: inputs, m: n, n: inputs, k: outputs)
        }
        return inputGradient
    }
}
