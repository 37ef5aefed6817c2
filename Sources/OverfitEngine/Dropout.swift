/// Inverted dropout: in training each unit survives with probability 1-p and is scaled by
/// 1/(1-p), so evaluation is the identity (Deep Learning from Scratch scales at test time instead; same expectation).
public final class Dropout: Layer {
    public let probability: Float
    public let inputs: Int
    public var outputs: Int { inputs }
    public var parameters: [Parameter] { [] }
    /// Tests hold the mask fixed to check gradients against finite differences.
    public var freezesMask = false

    private var generator: RandomGenerator
    private let mask: Matrix
    private let output: Matrix
    private let inputGradient: Matrix
    private var masked = false

    public init(probability: Float, width: Int, generator: RandomGenerator) {
        precondition(probability >= 0 && probability < 1, "dropout must be in [0, 1)")
        self.probability = probability
        inputs = width
        self.generator = generator
        mask = Matrix(rows: 0, cols: width)
        output = Matrix(rows: 0, cols: width)
        inputGradient = Matrix(rows: 0, cols: width)
    }

    public func clone() -> Layer {
        Dropout(probability: probability, width: inputs, generator: generator)
    }

    public func prepareInference(rows: Int) {}

    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix { x }

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        masked = mode == .training && probability > 0
        guard masked else { return x }
        output.resize(rows: x.rows)
        if !(freezesMask && mask.rows == x.rows) {
            mask.resize(rows: x.rows)
            let keep = 1 - probability, scale = 1 / keep
            for i in 0..<mask.count { mask.data[i] = generator.nextUnitFloat() < keep ? scale : 0 }
        }
        let count = x.count, src = x.data, m = mask.data, dst = output.data
        for i in 0..<count { dst[i] = src[i] * m[i] }
        return output
    }

    public func backward(_ dy: Matrix) -> Matrix {
        guard masked else { return dy }
        inputGradient.resize(rows: dy.rows)
        let count = dy.count, g = dy.data, m = mask.data, dx = inputGradient.data
        for i in 0..<count { dx[i] = g[i] * m[i] }
        return inputGradient
    }
}
