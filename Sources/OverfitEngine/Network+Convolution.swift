/// The convolution stages of a network, and evaluation in chunks when whole-batch buffers would
/// be too large (a convolution's output is thousands of floats per image).
extension Network {
    /// conv → 2×2 max-pool → activation for each stage, weights drawn from `initGenerator`
    /// before any dense layer's. Empty without stages.
    ///
    /// The activation comes after the pooling, not before as LeNet is usually written: ReLU,
    /// sigmoid and tanh never decrease, so f(max(a, b, c, d)) = max(f(a), f(b), f(c), f(d)) to
    /// the bit, and the activation runs on a quarter of the values. For ReLU the gradients are
    /// the same too; for sigmoid and tanh they differ only where rounding makes f equal for two
    /// different inputs of a window (the gradient then goes to the larger, not the first).
    static func convolutionLayers(_ architecture: Architecture, initGenerator: inout RandomGenerator) -> [Layer] {
        guard !architecture.convolutions.isEmpty else { return [] }
        guard var shape = architecture.image, shape.count == architecture.inputs else {
            preconditionFailure("convolution stages need the input image's shape (\(architecture.inputs) inputs)")
        }
        var layers: [Layer] = []
        for stage in architecture.convolutions {
            let convolution = Conv2d(
                input: shape, channels: stage.channels, kernel: stage.kernel,
                initialisation: architecture.initialisation, initGenerator: &initGenerator)
            let pool = MaxPool2d(input: convolution.outputShape)
            layers += [convolution, pool, ActivationLayer(architecture.activation, width: pool.outputs)]
            shape = pool.outputShape
        }
        return layers
    }

    /// The evaluation buffers of all layers together may take this many bytes; above it, `infer`
    /// goes a chunk of rows at a time. The seed-004 MLP's 10,000 test images take 16 MB; a LeNet's
    /// first convolution alone would take 370 MB.
    static let inferenceBufferLimit = 64 << 20
    /// Bytes of evaluation buffers per chunk.
    static let inferenceChunkBytes = 16 << 20

    /// Rows per chunk when `rows` rows at once would pass `inferenceBufferLimit`, else nil.
    func inferenceChunkRows(_ rows: Int) -> Int? {
        // Activations, batch norm and dropout evaluate in place: only these layers own a buffer.
        let owners = layers.filter { $0 is Linear || $0 is Conv2d || $0 is MaxPool2d }
        let bytesPerRow = owners.reduce(0) { $0 + $1.outputs } * MemoryLayout<Float>.size
        guard rows * bytesPerRow > Self.inferenceBufferLimit else { return nil }
        return max(1, Self.inferenceChunkBytes / bytesPerRow)
    }

    /// Fewest rows worth a thread of their own: an MLP row is ~0.2 MFLOP, a LeNet row ~2.
    var minimumRowsPerThread: Int { layers.contains { $0 is Conv2d } ? 64 : 512 }

    /// `infer` a chunk at a time: each chunk's rows are copied into a buffer of their own, run
    /// through `inferAll`, and their logits copied out. A row's logits do not depend on which
    /// rows share its chunk, so the result is the same as one pass over all rows.
    func inferInChunks(_ x: Matrix, rowsPerChunk: Int) -> Matrix {
        let n = x.rows, width = x.cols
        let logits = Matrix(rows: n, cols: classes)
        let chunk = Matrix(rows: min(n, rowsPerChunk), cols: width)
        var first = 0
        while first < n {
            let count = min(rowsPerChunk, n - first)
            chunk.resize(rows: count)
            chunk.data.update(from: x.data + first * width, count: count * width)
            let part = inferAll(chunk, wholeBatch: false)
            (logits.data + first * classes).update(from: part.data, count: count * classes)
            first += count
        }
        return logits
    }
}
