import CKernels

/// 2×2 max-pooling with stride 2 over NHWC images (see `ImageShape`), per channel. Odd sizes
/// drop the last row or column, as PyTorch's floor mode does.
///
/// y[oy, ox, c] = max over the window x[2oy..2oy+1, 2ox..2ox+1, c], read in the fixed order
/// (0,0), (0,1), (1,0), (1,1): the first maximum wins ties, and a NaN wins as in PyTorch, so a
/// diverged network stays visibly diverged. Backward routes each dY to the element that won.
public final class MaxPool2d: Layer {
    public let inputShape: ImageShape
    public let outputShape: ImageShape
    public var inputs: Int { inputShape.count }
    public var outputs: Int { outputShape.count }
    public var parameters: [Parameter] { [] }

    private let output: Matrix
    private let inputGradient: Matrix
    private let inference = Matrix(rows: 0, cols: 1)
    /// Per output element of the last forward: the offset, within its image, of the input that won.
    private var winners: [Int32] = []
    private var pooledImages = 0

    public init(input: ImageShape) {
        precondition(input.height >= 2 && input.width >= 2, "MaxPool2d: \(input) is smaller than its 2×2 window")
        inputShape = input
        outputShape = ImageShape(height: input.height / 2, width: input.width / 2, channels: input.channels)
        output = Matrix(rows: 0, cols: outputShape.count)
        inputGradient = Matrix(rows: 0, cols: input.count)
    }

    public func clone() -> Layer { MaxPool2d(input: inputShape) }

    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        precondition(x.cols == inputs)
        let n = x.rows
        output.resize(rows: n)
        if winners.count < n * outputs { winners = [Int32](repeating: 0, count: n * outputs) }
        pooledImages = n
        winners.withUnsafeMutableBufferPointer { won in
            pool(x.data, images: n, into: output.data, winners: won.baseAddress)
        }
        return output
    }

    public func backward(_ dy: Matrix) -> Matrix {
        precondition(dy.rows == pooledImages && dy.cols == outputs, "MaxPool2d.backward without a matching forward")
        let n = dy.rows
        inputGradient.resize(rows: n)
        inputGradient.fill(0)
        winners.withUnsafeBufferPointer { won in
            guard let won = won.baseAddress else { return }
            for image in 0..<n {
                let g = dy.data + image * outputs, dx = inputGradient.data + image * inputs
                let w = won + image * outputs
                // Windows do not overlap (stride = window), so each input receives at most one dY.
                for i in 0..<outputs { dx[Int(w[i])] += g[i] }
            }
        }
        return inputGradient
    }

    public func prepareInference(rows: Int) {
        inference.reshape(rows: rows, cols: outputs)
    }

    public func infer(_ x: Matrix, rows: Range<Int>) -> Matrix {
        precondition(x.cols == inputs && inference.rows >= rows.upperBound)
        pool(
            x.data + rows.lowerBound * inputs, images: rows.count, into: inference.data + rows.lowerBound * outputs,
            winners: nil)
        return inference
    }

    /// The pooling itself (`overfit_max_pool`); records the winners' offsets when `winners` is given.
    private func pool(
        _ x: UnsafePointer<Float>, images: Int, into y: UnsafeMutablePointer<Float>,
        winners: UnsafeMutablePointer<Int32>?
    ) {
        overfit_max_pool(
            Engine.settings.path.code, x, images, inputShape.height, inputShape.width, inputShape.channels, y, winners)
    }
}
