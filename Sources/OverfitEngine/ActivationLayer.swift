/// An elementwise non-linearity. Backward uses the stored output, which each of these allows:
/// ReLU' = [y > 0], sigmoid' = y(1-y), tanh' = 1-y².
public final class ActivationLayer: Layer {
    public enum Function: Sendable { case relu, sigmoid, tanh }

    public let function: Function
    public let inputs: Int
    public var outputs: Int { inputs }
    public var parameters: [Parameter] { [] }
    private let output: Matrix
    private let inputGradient: Matrix

    public init(_ function: Function, width: Int) {
        self.function = function
        inputs = width
        output = Matrix(rows: 0, cols: width)
        inputGradient = Matrix(rows: 0, cols: width)
    }

    public func clone() -> Layer { ActivationLayer(function, width: inputs) }

    public func inferFeatureMajor(_ x: Matrix) -> Matrix {
        let count = x.count, v = x.data
        switch function {
        case .relu: for i in 0..<count { v[i] = max(v[i], 0) }
        case .sigmoid: for i in 0..<count { v[i] = 1 / (1 + _expf(-v[i])) }
        case .tanh: for i in 0..<count { v[i] = _tanhf(v[i]) }
        }
        return x
    }

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        output.resize(rows: x.rows)
        let count = x.count, src = x.data, dst = output.data
        switch function {
        case .relu:
            for i in 0..<count { dst[i] = max(src[i], 0) }
        case .sigmoid:
            for i in 0..<count { dst[i] = 1 / (1 + _expf(-src[i])) }
        case .tanh:
            for i in 0..<count { dst[i] = _tanhf(src[i]) }
        }
        return output
    }

    public func backward(_ dy: Matrix) -> Matrix {
        inputGradient.resize(rows: dy.rows)
        let count = dy.count, g = dy.data, y = output.data, dx = inputGradient.data
        switch function {
        case .relu:
            for i in 0..<count { dx[i] = y[i] > 0 ? g[i] : 0 }
        case .sigmoid:
            for i in 0..<count { dx[i] = g[i] * y[i] * (1 - y[i]) }
        case .tanh:
            for i in 0..<count { dx[i] = g[i] * (1 - y[i] * y[i]) }
        }
        return inputGradient
    }
}
