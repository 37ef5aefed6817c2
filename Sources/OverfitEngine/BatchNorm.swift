/// Batch normalisation over a batch of feature rows, as PyTorch's BatchNorm1d.
///
/// Training: y = γ·(x - μ_B)/√(σ²_B + ε) + β with the batch's mean and biased variance, and the
/// running estimates move by `momentum`: running = (1-m)·running + m·batch (unbiased variance).
/// Evaluation: the running estimates replace the batch's, so one image's prediction does not
/// depend on which others share its batch (seed 004 tested in training mode; we cannot).
public final class BatchNorm: Layer {
    public let inputs: Int
    public var outputs: Int { inputs }
    public let scale: Parameter
    public let shift: Parameter
    public let momentum: Float
    public let epsilon: Float
    public private(set) var runningMean: [Float]
    public private(set) var runningVariance: [Float]
    /// Evaluate with the evaluated images' own statistics instead of the running estimates: the
    /// mistake of testing in training mode (seed 004), kept only to show what it does.
    public var evaluatesWithBatchStatistics = false

    private let output: Matrix
    private let normalised: Matrix
    private let inputGradient: Matrix
    private var inverseDeviation: [Float]
    private var mean: [Float]
    private var variance: [Float]

    public init(width: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        inputs = width
        self.momentum = momentum
        self.epsilon = epsilon
        scale = Parameter(role: .scale, value: Matrix(rows: 1, cols: width, value: 1))
        shift = Parameter(role: .shift, value: Matrix(rows: 1, cols: width, value: 0))
        runningMean = Array(repeating: 0, count: width)
        runningVariance = Array(repeating: 1, count: width)
        output = Matrix(rows: 0, cols: width)
        normalised = Matrix(rows: 0, cols: width)
        inputGradient = Matrix(rows: 0, cols: width)
        inverseDeviation = Array(repeating: 0, count: width)
        mean = Array(repeating: 0, count: width)
        variance = Array(repeating: 0, count: width)
    }

    public func clone() -> Layer {
        let copy = BatchNorm(width: inputs, momentum: momentum, epsilon: epsilon)
        copy.scale.value.copy(from: scale.value)
        copy.shift.value.copy(from: shift.value)
        copy.runningMean = runningMean
        copy.runningVariance = runningVariance
        copy.evaluatesWithBatchStatistics = evaluatesWithBatchStatistics
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
        let gamma = scale.value.data, beta = shift.value.data, width = inputs
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

    func setStatistics(mean: [Float], variance: [Float]) {
        runningMean = mean
        runningVariance = variance
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
            for j in 0..<width {
                let biased = variance[j] * inverseN
                inverseDeviation[j] = 1 / (biased + epsilon).squareRoot()
                let unbiased = variance[j] / Float(n - 1)
                runningMean[j] = (1 - momentum) * runningMean[j] + momentum * mean[j]
                runningVariance[j] = (1 - momentum) * runningVariance[j] + momentum * unbiased
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
        let dGamma = scale.gradient.data, dBeta = shift.gradient.data, gamma = scale.value.data
        for j in 0..<width { dGamma[j] = 0; dBeta[j] = 0 }
        for row in 0..<n {
            let g = dy.data + row * width, xhat = normalised.data + row * width
            for j in 0..<width { dBeta[j] += g[j]; dGamma[j] += g[j] * xhat[j] }
        }
        let inverseN = 1 / Float(n), count = Float(n)
        for row in 0..<n {
            let g = dy.data + row * width, xhat = normalised.data + row * width, dx = inputGradient.data + row * width
            for j in 0..<width {
                dx[j] = gamma[j] * inverseDeviation[j] * inverseN * (count * g[j] - dBeta[j] - xhat[j] * dGamma[j])
            }
        }
        return inputGradient
    }
}
