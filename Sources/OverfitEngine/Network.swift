/// The shape of a network: optional convolution stages, then a multilayer perceptron (inputs →
/// hidden widths → classes), and what sits between the linear layers.
public struct Architecture: Equatable, Sendable {
    public var inputs: Int
    /// The input image, needed when there are convolution stages (`inputs` is then its count).
    public var image: ImageShape?
    /// Convolution stages before the dense layers: conv → activation → 2×2 max-pool each. The
    /// regularisers below (dropout, DropConnect, batch norm) act on the dense hidden layers only.
    public var convolutions: [ConvolutionStage] = []
    public var hidden: [Int]
    public var classes: Int
    public var activation: ActivationLayer.Function
    public var initialisation: Linear.Initialisation
    /// Dropout after each hidden activation (the lab slides: 0.2 after each hidden ReLU).
    public var dropout: Float
    /// DropConnect on each hidden layer's weights (not the output layer's).
    public var dropConnect: Float
    /// Linear → BatchNorm → activation in every hidden layer, one BN module each (unless
    /// `batchNormShared`).
    public var batchNorm: Bool
    /// One batch-norm module applied in every hidden layer (the lab slides' bug): one scale, shift and
    /// set of running estimates for layers that see different values. Needs equal hidden widths.
    public var batchNormShared = false
    /// Evaluate batch norm with the evaluated images' statistics (the lab slides' mistake), not the
    /// running estimates.
    public var batchNormEvaluatesWithBatchStatistics = false

    public init(
        inputs: Int, hidden: [Int], classes: Int, activation: ActivationLayer.Function = .relu,
        initialisation: Linear.Initialisation = .torch, dropout: Float = 0, dropConnect: Float = 0,
        batchNorm: Bool = false, batchNormShared: Bool = false, batchNormEvaluatesWithBatchStatistics: Bool = false,
        image: ImageShape? = nil, convolutions: [ConvolutionStage] = []
    ) {
        precondition(convolutions.isEmpty || image?.count == inputs, "convolution stages need the input image's shape")
        self.inputs = inputs
        self.image = image
        self.convolutions = convolutions
        self.hidden = hidden
        self.classes = classes
        self.activation = activation
        self.initialisation = initialisation
        self.dropout = dropout
        self.dropConnect = dropConnect
        self.batchNorm = batchNorm
        self.batchNormShared = batchNormShared
        self.batchNormEvaluatesWithBatchStatistics = batchNormEvaluatesWithBatchStatistics
    }
}

extension Architecture {
    /// What reaches each layer that holds weights, derived once from the image, the stages and
    /// the widths. `Network.init` builds its layers from these shapes and `parameterCount`
    /// counts them, so a count made without building the network cannot disagree with it.
    public struct Shapes: Equatable, Sendable {
        /// The image each convolution stage takes, in order.
        public let stageInputs: [ImageShape]
        /// The dense layers' widths, input to output: the flattened last stage (or `inputs`),
        /// the hidden widths, the classes.
        public let denseWidths: [Int]
    }

    /// The shapes, or nil when a convolution stage does not fit the image that reaches it.
    public var shapes: Shapes? {
        var stageInputs: [ImageShape] = []
        var flattened = inputs
        if !convolutions.isEmpty {
            guard var shape = image, shape.count == inputs else { return nil }
            for stage in convolutions {
                guard let next = stage.output(from: shape) else { return nil }
                stageInputs.append(shape)
                shape = next
            }
            flattened = shape.count
        }
        return Shapes(stageInputs: stageInputs, denseWidths: [flattened] + hidden + [classes])
    }

    /// Weights and biases of the network this builds, counted from `shapes` without building
    /// it (allocating a wide network's weights to count them would cost its memory): k·k·C·O + O
    /// per convolution, inputs·outputs + outputs per dense layer, a scale and a shift per unit of
    /// each batch-norm module (one module in all when shared). Nil when a stage does not fit.
    public var parameterCount: Int? {
        guard let shapes else { return nil }
        var count = 0
        for (stage, input) in zip(convolutions, shapes.stageInputs) {
            count += stage.kernel * stage.kernel * input.channels * stage.channels + stage.channels
        }
        for (inputs, outputs) in zip(shapes.denseWidths, shapes.denseWidths.dropFirst()) {
            count += inputs * outputs + outputs
        }
        if batchNorm { count += 2 * (batchNormShared ? hidden.prefix(1) : hidden[...]).reduce(0, +) }
        return count
    }
}

/// A stack of layers with a softmax cross-entropy head.
public final class Network: @unchecked Sendable {
    public let layers: [Layer]
    public let parameters: [Parameter]
    public let classes: Int

    /// Builds the network, drawing initial weights from `seed`'s "init" stream and each layer's
    /// dropout or DropConnect masks from a stream of its own.
    public convenience init(_ architecture: Architecture, seed: UInt64) {
        guard let shapes = architecture.shapes else {
            preconditionFailure("convolution stages that do not fit the image (\(architecture.inputs) inputs)")
        }
        var initGenerator = RandomGenerator(seed: seed, stream: "init")
        var layers = Self.convolutionLayers(
            architecture, stageInputs: shapes.stageInputs, initGenerator: &initGenerator)
        precondition(
            (layers.last?.outputs ?? architecture.inputs) == shapes.denseWidths[0],
            "the convolution layers must end where Architecture.shapes says")
        var norms: [BatchNorm] = []
        for (index, hiddenWidth) in architecture.hidden.enumerated() {
            let linear = Linear(
                inputs: shapes.denseWidths[index], outputs: hiddenWidth, initialisation: architecture.initialisation,
                dropConnect: architecture.dropConnect, initGenerator: &initGenerator,
                maskGenerator: RandomGenerator(seed: seed, stream: "dropconnect-\(index)"))
            layers.append(linear)
            if architecture.batchNorm {
                let shared = architecture.batchNormShared ? norms.first : nil
                precondition(
                    shared.map { $0.inputs == hiddenWidth } ?? true, "a shared batch norm needs equal hidden widths")
                let norm = shared.map { BatchNorm(sharing: $0) } ?? BatchNorm(width: hiddenWidth)
                norm.evaluatesWithBatchStatistics = architecture.batchNormEvaluatesWithBatchStatistics
                // The deepest position's backward runs first and starts the shared gradient sum.
                norms.last?.accumulatesGradient = architecture.batchNormShared
                norms.append(norm)
                layers.append(norm)
            }
            layers.append(ActivationLayer(architecture.activation, width: hiddenWidth))
            if architecture.dropout > 0 {
                layers.append(
                    Dropout(
                        probability: architecture.dropout, width: hiddenWidth,
                        generator: RandomGenerator(seed: seed, stream: "dropout-\(index)")))
            }
        }
        layers.append(
            Linear(
                inputs: shapes.denseWidths[architecture.hidden.count], outputs: architecture.classes,
                initialisation: architecture.initialisation,
                initGenerator: &initGenerator, maskGenerator: RandomGenerator(seed: seed, stream: "unused")))
        (layers.first as? Conv2d)?.computesInputGradient = false
        if let first = layers.first as? Linear {
            first.computesInputGradient = false
            // Pixels are mostly zero (81% in MNIST): the first layer skips them.
            first.sparseInput = true
        }
        self.init(layers: layers, classes: architecture.classes)
    }

    public init(layers: [Layer], classes: Int) {
        self.layers = layers
        self.classes = classes
        // A shared batch norm lists its scale and shift at every position; the optimiser must
        // step them once.
        var seen = Set<ObjectIdentifier>()
        parameters = layers.flatMap(\.parameters).filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// A deep copy: same weights, running statistics and mask generators, sharing no memory
    /// with this network (positions sharing a batch-norm state share one in the copy too).
    public func clone() -> Network {
        var states: [ObjectIdentifier: BatchNormState] = [:]
        let copies = layers.map { layer -> Layer in
            (layer as? BatchNorm)?.clone(states: &states) ?? layer.clone()
        }
        return Network(layers: copies, classes: classes)
    }

    /// Copies every parameter value (and batch-norm statistics) from `other`, a clone of this one.
    public func load(from other: Network) {
        precondition(other.layers.count == layers.count)
        for (mine, theirs) in zip(layers, other.layers) {
            for (p, q) in zip(mine.parameters, theirs.parameters) { p.value.copy(from: q.value) }
            if let mine = mine as? BatchNorm, let theirs = theirs as? BatchNorm {
                mine.state.copyStatistics(from: theirs.state)
            }
        }
    }

    /// Logits for a batch (N×inputs → N×classes), owned by the last layer.
    public func forward(_ x: Matrix, mode: Mode) -> Matrix {
        var activation = x
        for layer in layers { activation = layer.forward(activation, mode: mode) }
        return activation
    }

    /// Evaluation-mode logits (N×classes) for thousands of images: the fast path for measuring
    /// accuracy and loss. The rows go in chunks to `Engine.settings.threads` threads, each taking
    /// the next chunk no thread has taken through every layer (so a chunk's activations stay in
    /// cache from one layer to the next; a thread whose chunks had fewer nonzero pixels takes more
    /// of them). Each row's result is the same however the rows are split: every output is its own
    /// chain. `x` may be overwritten.
    ///
    /// `listed`, the nonzeros of `x` listed once (`SparseRows(x)`), lets a sparse first layer read
    /// them instead of `x`: the same bits, faster when the same images are evaluated repeatedly.
    ///
    /// With a `team`, the rows go a chunk at a time to this thread and the team's helper (the
    /// training thread, once its epoch is done) instead of to threads started for this call.
    public func infer(_ x: Matrix, listed: SparseRows? = nil, team: InferenceTeam? = nil) -> Matrix {
        let n = x.rows
        precondition(listed.map { $0.rows == n && $0.cols == x.cols } ?? true, "listed pixels of another shape")
        // Batch statistics need every row at once: then the rows stay in one part and one chunk.
        let wholeBatch = layers.contains { ($0 as? BatchNorm)?.evaluatesWithBatchStatistics == true }
        if !wholeBatch, let chunk = inferenceChunkRows(n) { return inferInChunks(x, rowsPerChunk: chunk, team: team) }
        return inferAll(x, wholeBatch: wholeBatch, listed: listed, team: team)
    }

    /// `infer` over all rows of `x` at once, chunk by chunk on threads (or shared with `team`).
    func inferAll(_ x: Matrix, wholeBatch: Bool, listed: SparseRows? = nil, team: InferenceTeam? = nil) -> Matrix {
        let n = x.rows
        for layer in layers { layer.prepareInference(rows: n) }
        let settings = Engine.settings
        // A team is two threads: this one and its helper.
        let parts = wholeBatch ? 1 : team != nil ? 2 : min(settings.threads, max(1, n / minimumRowsPerThread))
        let chunk = wholeBatch ? max(1, n) : Self.chunkRows(rows: n, threads: parts)
        // The first layer reads the listed pixels when it is a sparse one.
        let listedFirst = listed != nil && (layers.first as? Linear)?.sparseInput == true
        let shared = SharedInference(network: self, input: x, listed: listedFirst ? listed : nil)
        let chunks = (n + chunk - 1) / chunk
        let body: @Sendable (Int) -> Void = { index in
            let activation = shared.rows((index * chunk)..<min(n, index * chunk + chunk))
            // Every chunk ends in the same buffer; the first names it.
            if index == 0 { shared.output = activation }
        }
        // Each thread takes the next chunk no thread has taken, until none is left.
        if let team {
            team.run(count: chunks, body)
        } else {
            ChunkQueue.perform(count: chunks, threads: parts) { index, _ in body(index) }
        }
        return shared.output ?? x
    }

    /// The most rows `infer` takes through all layers at once: 256 rows of 100 activations are 100 KB,
    /// which stay in L2 from one layer to the next where 5,000 rows (2 MB) would not.
    public static let chunkRows = 256

    /// Rows per chunk when `threads` threads share `rows` rows: at most `chunkRows`, and as many
    /// chunks as a multiple of the threads, so that none is left alone with the last one. The CNN
    /// workload's network evaluates 295 rows at a time (`inferInChunks`, 57 KB of buffers a row):
    /// as chunks of 256 and 39 rows, one thread did most of it (the workload took 8.5 s against 4.9).
    public static func chunkRows(rows: Int, threads: Int) -> Int {
        let threads = max(1, threads)
        let fewest = (rows + chunkRows - 1) / chunkRows
        let chunks = max(1, (fewest + threads - 1) / threads * threads)
        return max(1, (rows + chunks - 1) / chunks)
    }

    /// Back-propagates dLoss/dLogits through every layer, leaving each parameter's gradient.
    public func backward(_ dLogits: Matrix) {
        var gradient = dLogits
        for layer in layers.reversed() { gradient = layer.backward(gradient) }
    }

    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }
}

/// What the inference threads share: they write disjoint rows of the layers' buffers only, and
/// `output` is set by one of them and read after all have finished.
private final class SharedInference: @unchecked Sendable {
    let network: Network
    let input: Matrix
    let listed: SparseRows?
    var output: Matrix?

    init(network: Network, input: Matrix, listed: SparseRows?) {
        self.network = network
        self.input = input
        self.listed = listed
    }

    /// Takes `piece` of the rows through every layer; returns the last layer's buffer.
    func rows(_ piece: Range<Int>) -> Matrix {
        var activation = input
        var layers = network.layers[...]
        if let listed, let first = layers.first as? Linear {
            activation = first.infer(listed: listed, rows: piece)
            layers = layers.dropFirst()
        }
        for layer in layers { activation = layer.infer(activation, rows: piece) }
        return activation
    }
}

// MARK: - Convolution stages and evaluation in chunks

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
    static func convolutionLayers(
        _ architecture: Architecture, stageInputs: [ImageShape], initGenerator: inout RandomGenerator
    ) -> [Layer] {
        var layers: [Layer] = []
        for (stage, input) in zip(architecture.convolutions, stageInputs) {
            let convolution = Conv2d(
                input: input, channels: stage.channels, kernel: stage.kernel,
                initialisation: architecture.initialisation, initGenerator: &initGenerator)
            let pool = MaxPool2d(input: convolution.outputShape)
            layers += [convolution, pool, ActivationLayer(architecture.activation, width: pool.outputs)]
        }
        return layers
    }

    /// The evaluation buffers of all layers together may take this many bytes; above it, `infer`
    /// goes a chunk of rows at a time. The lab slides' MLP's 10,000 test images take 16 MB; a LeNet's
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
    func inferInChunks(_ x: Matrix, rowsPerChunk: Int, team: InferenceTeam? = nil) -> Matrix {
        let n = x.rows, width = x.cols
        let logits = Matrix(rows: n, cols: classes)
        let chunk = Matrix(rows: min(n, rowsPerChunk), cols: width)
        var first = 0
        while first < n {
            let count = min(rowsPerChunk, n - first)
            chunk.resize(rows: count)
            chunk.data.update(from: x.data + first * width, count: count * width)
            let part = inferAll(chunk, wholeBatch: false, team: team)
            (logits.data + first * classes).update(from: part.data, count: count * classes)
            first += count
        }
        return logits
    }
}
