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
            guard let won = won.baseAddress else { return }
            if inputShape.channels % 8 == 0 {
                poolEightChannels(x.data, images: n, into: output.data, winners: won)
            } else {
                pool(x.data, images: n, into: output.data, winners: won)
            }
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
        let source = x.data + rows.lowerBound * inputs, destination = inference.data + rows.lowerBound * outputs
        if inputShape.channels % 8 == 0 {
            poolEightChannels(source, images: rows.count, into: destination, winners: nil)
        } else {
            pool(source, images: rows.count, into: destination, winners: nil)
        }
        return inference
    }

    /// `pool` eight channels at a time: the same comparisons in the same order, so the same
    /// values and winners.
    private func poolEightChannels(
        _ x: UnsafePointer<Float>, images: Int, into y: UnsafeMutablePointer<Float>,
        winners: UnsafeMutablePointer<Int32>?
    ) {
        let c = inputShape.channels, rowFloats = inputShape.width * c
        var out = 0
        for image in 0..<images {
            for oy in 0..<outputShape.height {
                for ox in 0..<outputShape.width {
                    Self.window(
                        x + image * inputs, at: 2 * oy * rowFloats + 2 * ox * c, channels: c, rowFloats: rowFloats,
                        into: y + out, winners: winners.map { $0 + out })
                    out += c
                }
            }
        }
    }

    /// One window of all channels: the corner at `offset` (top left) and the three after it.
    @inline(__always)
    private static func window(
        _ image: UnsafePointer<Float>, at offset: Int, channels c: Int, rowFloats: Int,
        into y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<Int32>?
    ) {
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        for channel in stride(from: 0, to: c, by: 8) {
            let first = offset + channel
            var best = load(image + first), winner = lanes &+ Int32(first)
            challenge(&best, &winner, image, at: first + c)
            challenge(&best, &winner, image, at: first + rowFloats)
            challenge(&best, &winner, image, at: first + rowFloats + c)
            UnsafeMutableRawPointer(y + channel).storeBytes(of: best, as: SIMD8<Float>.self)
            if let winners { UnsafeMutableRawPointer(winners + channel).storeBytes(of: winner, as: SIMD8<Int32>.self) }
        }
    }

    /// The pooling itself; records the winners' offsets when `winners` is given.
    private func pool(
        _ x: UnsafePointer<Float>, images: Int, into y: UnsafeMutablePointer<Float>,
        winners: UnsafeMutablePointer<Int32>?
    ) {
        let c = inputShape.channels, rowFloats = inputShape.width * c
        let outHeight = outputShape.height, outWidth = outputShape.width
        var out = 0
        for image in 0..<images {
            let source = x + image * inputs
            for oy in 0..<outHeight {
                for ox in 0..<outWidth {
                    // The window's four corners in reading order: the first maximum wins.
                    let first = 2 * oy * rowFloats + 2 * ox * c
                    let right = first + c, below = first + rowFloats, diagonal = below + c
                    for channel in 0..<c {
                        var winner = first + channel, best = source[winner]
                        if Self.wins(source[right + channel], over: best) {
                            winner = right + channel; best = source[winner]
                        }
                        if Self.wins(source[below + channel], over: best) {
                            winner = below + channel; best = source[winner]
                        }
                        if Self.wins(source[diagonal + channel], over: best) {
                            winner = diagonal + channel; best = source[winner]
                        }
                        y[out] = best
                        winners?[out] = Int32(winner)
                        out += 1
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Float>) -> SIMD8<Float> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD8<Float>.self)
    }

    /// Eight channels of one corner, at `offset` in the image, against the current maxima.
    @inline(__always)
    private static func challenge(
        _ best: inout SIMD8<Float>, _ winner: inout SIMD8<Int32>,
        _ image: UnsafePointer<Float>, at offset: Int
    ) {
        let v = load(image + offset), wins = wins(v, over: best)
        best.replace(with: v, where: wins)
        winner.replace(with: SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) &+ Int32(offset), where: wins)
    }

    /// `wins` for eight channels at once.
    @inline(__always)
    private static func wins(_ v: SIMD8<Float>, over best: SIMD8<Float>) -> SIMDMask<SIMD8<Int32>> {
        v .> best .| ((v .!= v) .& (best .== best))
    }

    /// `v` replaces the current maximum when larger, or when it is a NaN and the maximum is not.
    @inline(__always)
    private static func wins(_ v: Float, over best: Float) -> Bool {
        v > best || (v.isNaN && !best.isNaN)
    }
}
