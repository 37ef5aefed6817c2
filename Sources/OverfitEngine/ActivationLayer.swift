/// An elementwise non-linearity. Backward uses the stored output, which each of these allows:
/// ReLU' = [y > 0], sigmoid' = y(1-y), tanh' = 1-y².
public final class ActivationLayer: Layer {
    public enum Function: String, CaseIterable, Sendable { case relu, sigmoid, tanh }

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

    public func prepareInference(rows: Int) {}

    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        let count = rows.count * x.cols, v = x.data + rows.lowerBound * x.cols
        switch function {
        case .relu: ReLU.forward(v, into: v, count: count)
        case .sigmoid: for i in 0..<count { v[i] = PortableMath.sigmoid(v[i]) }
        case .tanh: for i in 0..<count { v[i] = PortableMath.tanh(v[i]) }
        }
        return x
    }

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        output.resize(rows: x.rows)
        let count = x.count, src = x.data, dst = output.data
        switch function {
        case .relu:
            ReLU.forward(src, into: dst, count: count)
        case .sigmoid:
            for i in 0..<count { dst[i] = PortableMath.sigmoid(src[i]) }
        case .tanh:
            for i in 0..<count { dst[i] = PortableMath.tanh(src[i]) }
        }
        return output
    }

    public func backward(_ dy: Matrix) -> Matrix {
        inputGradient.resize(rows: dy.rows)
        let count = dy.count, g = dy.data, y = output.data, dx = inputGradient.data
        switch function {
        case .relu:
            ReLU.backward(output: y, gradient: g, into: dx, count: count)
        case .sigmoid:
            for i in 0..<count { dx[i] = g[i] * y[i] * (1 - y[i]) }
        case .tanh:
            for i in 0..<count { dx[i] = g[i] * (1 - y[i] * y[i]) }
        }
        return inputGradient
    }
}

/// ReLU's loops eight floats at a time. Written with SIMD types because the plain loops compiled
/// to a branch per element, and half of those branches went the unexpected way: ReLU's backward
/// took 13% of a full-data run.
enum ReLU {
    static func forward(_ x: UnsafeMutablePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
        let zero = SIMD8<Float>(repeating: 0)
        var i = 0
        while i + 8 <= count {
            let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(
                of: v.replacing(with: zero, where: v .< zero), as: SIMD8<Float>.self)
            i += 8
        }
        while i < count { y[i] = max(x[i], 0); i += 1 }
    }

    static func backward(
        output y: UnsafeMutablePointer<Float>, gradient g: UnsafeMutablePointer<Float>,
        into dx: UnsafeMutablePointer<Float>, count: Int
    ) {
        let zero = SIMD8<Float>(repeating: 0)
        var i = 0
        while i + 8 <= count {
            let out = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD8<Float>.self)
            let grad = UnsafeRawPointer(g + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(dx + i).storeBytes(
                of: grad.replacing(with: zero, where: out .<= zero), as: SIMD8<Float>.self)
            i += 8
        }
        while i < count { dx[i] = y[i] > 0 ? g[i] : 0; i += 1 }
    }
}
