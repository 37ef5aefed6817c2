/// Batch normalisation over a batch of feature rows, as PyTorch's BatchNorm1d.
///
/// Training: y = γ·(x - μ_B)/√(σ²_B + ε) + β with the batch's mean and biased variance, and the
/// running estimates move by `momentum`: running = (1-m)·running + m·batch (unbiased variance).
/// Evaluation: the running estimates replace the batch's, so one image's prediction does not
/// depend on which others share its batch (the lab slides tested in training mode; we cannot).
///
/// A layer is one position in the network; its `state` may be shared with other positions
/// (the lab slides' bug). Each position then moves the running estimates in its forward pass, as a
/// PyTorch module called four times does, and adds its share to the scale and shift gradients.
public final class BatchNorm: Layer {
    public let inputs: Int
    public var outputs: Int { inputs }
    public let state: BatchNormState
    public var scale: Parameter { state.scale }
    public var shift: Parameter { state.shift }
    public var momentum: Float { state.momentum }
    public var epsilon: Float { state.epsilon }
    public var runningMean: [Float] { state.runningMean }
    public var runningVariance: [Float] { state.runningVariance }
    /// Evaluate with the evaluated images' own statistics instead of the running estimates: the
    /// mistake of testing in training mode (the lab slides), kept only to show what it does.
    public var evaluatesWithBatchStatistics = false
    /// Add to the scale and shift gradients instead of overwriting them. `Network` sets it on
    /// every position of a shared state except the deepest, whose backward runs first and starts
    /// the sum; it relies on each position's backward running once per forward, deepest first.
    var accumulatesGradient = false

    private let output: Matrix
    private let normalised: Matrix
    private let inputGradient: Matrix
    private var inverseDeviation: [Float]
    private var mean: [Float]
    private var variance: [Float]
    private var sumGradient: [Float]
    private var sumGradientXhat: [Float]

    public convenience init(width: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        self.init(state: BatchNormState(width: width, momentum: momentum, epsilon: epsilon))
    }

    /// Another position of `other`'s module: same scale, shift and running estimates.
    public convenience init(sharing other: BatchNorm) {
        self.init(state: other.state)
    }

    init(state: BatchNormState) {
        let width = state.runningMean.count
        inputs = width
        self.state = state
        output = Matrix(rows: 0, cols: width)
        normalised = Matrix(rows: 0, cols: width)
        inputGradient = Matrix(rows: 0, cols: width)
        inverseDeviation = Array(repeating: 0, count: width)
        mean = Array(repeating: 0, count: width)
        variance = Array(repeating: 0, count: width)
        sumGradient = Array(repeating: 0, count: width)
        sumGradientXhat = Array(repeating: 0, count: width)
    }

    /// A copy with a state of its own. `Network.clone` uses `clone(states:)` instead, so that
    /// positions sharing a state still share one in the copy.
    public func clone() -> Layer {
        var states: [ObjectIdentifier: BatchNormState] = [:]
        let copy = clone(states: &states)
        // Alone, the copy is the only position of its state: nothing else starts its sums.
        copy.accumulatesGradient = false
        return copy
    }

    func clone(states: inout [ObjectIdentifier: BatchNormState]) -> BatchNorm {
        let key = ObjectIdentifier(state)
        let copiedState = states[key] ?? state.copy()
        states[key] = copiedState
        let copy = BatchNorm(state: copiedState)
        copy.evaluatesWithBatchStatistics = evaluatesWithBatchStatistics
        copy.accumulatesGradient = accumulatesGradient
        return copy
    }

    public var parameters: [Parameter] { [scale, shift] }

    public func prepareInference(rows: Int) {}

    /// y = a·x + c per feature, in place, with the statistics `evaluationAffine` picks.
    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        let (a, c) = evaluationAffine(x, rows: rows)
        let width = inputs
        for row in rows {
            let v = x.data + row * width
            for j in 0..<width { v[j] = v[j] * a[j] + c[j] }
        }
        return x
    }

    /// Evaluation folds the statistics into one affine map per feature: a = γ/√(σ² + ε),
    /// c = β − a·μ, with the running estimates or, for `evaluatesWithBatchStatistics`, the
    /// evaluated rows' own mean and biased variance (nothing is updated).
    private func evaluationAffine(_ x: Matrix, rows: Range<Int>) -> (a: [Float], c: [Float]) {
        let gamma = scale.value.data, beta = shift.value.data, width = inputs, epsilon = self.epsilon
        var mean = runningMean, variance = runningVariance
        if evaluatesWithBatchStatistics, rows.count > 0 {
            mean = [Float](repeating: 0, count: width)
            variance = [Float](repeating: 0, count: width)
            for row in rows {
                let v = x.data + row * width
                for j in 0..<width { mean[j] += v[j] }
            }
            let inverseN = 1 / Float(rows.count)
            for j in 0..<width { mean[j] *= inverseN }
            for row in rows {
                let v = x.data + row * width
                for j in 0..<width { let d = v[j] - mean[j]; variance[j] += d * d }
            }
            for j in 0..<width { variance[j] *= inverseN }
        }
        var a = [Float](repeating: 0, count: width), c = [Float](repeating: 0, count: width)
        for j in 0..<width {
            a[j] = gamma[j] / (variance[j] + epsilon).squareRoot()
            c[j] = beta[j] - mean[j] * a[j]
        }
        return (a, c)
    }

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        let n = x.rows, width = inputs
        output.resize(rows: n)
        let gamma = scale.value.data, beta = shift.value.data
        switch mode {
        case .evaluation:
            let (a, c) = evaluationAffine(x, rows: 0..<n)
            for row in 0..<n {
                let src = x.data + row * width, dst = output.data + row * width
                for j in 0..<width { dst[j] = src[j] * a[j] + c[j] }
            }
        case .training:
            precondition(n >= 2, "batch norm needs at least 2 rows in training")
            normalised.resize(rows: n)
            for j in 0..<width { mean[j] = 0; variance[j] = 0 }
            for row in 0..<n {
                let src = x.data + row * width
                for j in 0..<width { mean[j] += src[j] }
            }
            let inverseN = 1 / Float(n)
            for j in 0..<width { mean[j] *= inverseN }
            for row in 0..<n {
                let src = x.data + row * width
                for j in 0..<width { let d = src[j] - mean[j]; variance[j] += d * d }
            }
            let momentum = self.momentum, epsilon = self.epsilon
            for j in 0..<width {
                let biased = variance[j] * inverseN
                inverseDeviation[j] = 1 / (biased + epsilon).squareRoot()
                let unbiased = variance[j] / Float(n - 1)
                state.runningMean[j] = (1 - momentum) * state.runningMean[j] + momentum * mean[j]
                state.runningVariance[j] = (1 - momentum) * state.runningVariance[j] + momentum * unbiased
            }
            for row in 0..<n {
                let src = x.data + row * width, xhat = normalised.data + row * width, dst = output.data + row * width
                for j in 0..<width {
                    xhat[j] = (src[j] - mean[j]) * inverseDeviation[j]
                    dst[j] = gamma[j] * xhat[j] + beta[j]
                }
            }
        }
        return output
    }

    /// dx = γ/(N·σ) · (N·dy − Σdy − x̂·Σ(dy·x̂)), the usual closed form of the batch-norm backward.
    public func backward(_ dy: Matrix) -> Matrix {
        let n = dy.rows, width = inputs
        inputGradient.resize(rows: n)
        let gamma = scale.value.data
        // This position's own Σdy and Σdy·x̂: the input gradient needs them alone, even when the
        // parameter gradients are a sum over several positions.
        for j in 0..<width { sumGradient[j] = 0; sumGradientXhat[j] = 0 }
        for row in 0..<n {
            let g = dy.data + row * width, xhat = normalised.data + row * width
            for j in 0..<width { sumGradient[j] += g[j]; sumGradientXhat[j] += g[j] * xhat[j] }
        }
        let dGamma = scale.gradient.data, dBeta = shift.gradient.data
        for j in 0..<width {
            dGamma[j] = accumulatesGradient ? dGamma[j] + sumGradientXhat[j] : sumGradientXhat[j]
            dBeta[j] = accumulatesGradient ? dBeta[j] + sumGradient[j] : sumGradient[j]
        }
        let inverseN = 1 / Float(n), count = Float(n)
        for row in 0..<n {
            let g = dy.data + row * width, xhat = normalised.data + row * width, dx = inputGradient.data + row * width
            for j in 0..<width {
                dx[j] =
                    gamma[j] * inverseDeviation[j] * inverseN
                    * (count * g[j] - sumGradient[j] - xhat[j] * sumGradientXhat[j])
            }
        }
        return inputGradient
    }
}

// MARK: - BatchNormState

/// What a batch-norm module owns: its learnable scale and shift and its running estimates.
/// Normally one per hidden layer; the lab slides applied one module after all four hidden layers, and
/// `BatchNorm(sharing:)` re-creates that by giving several positions the same state.
public final class BatchNormState {
    public let scale: Parameter
    public let shift: Parameter
    public let momentum: Float
    public let epsilon: Float
    public internal(set) var runningMean: [Float]
    public internal(set) var runningVariance: [Float]

    init(width: Int, momentum: Float, epsilon: Float) {
        self.momentum = momentum
        self.epsilon = epsilon
        scale = Parameter(role: .scale, value: Matrix(rows: 1, cols: width, value: 1))
        shift = Parameter(role: .shift, value: Matrix(rows: 1, cols: width, value: 0))
        runningMean = Array(repeating: 0, count: width)
        runningVariance = Array(repeating: 1, count: width)
    }

    func copy() -> BatchNormState {
        let copy = BatchNormState(width: runningMean.count, momentum: momentum, epsilon: epsilon)
        copy.scale.value.copy(from: scale.value)
        copy.shift.value.copy(from: shift.value)
        copy.runningMean = runningMean
        copy.runningVariance = runningVariance
        return copy
    }

    func copyStatistics(from other: BatchNormState) {
        runningMean = other.runningMean
        runningVariance = other.runningVariance
    }
}
