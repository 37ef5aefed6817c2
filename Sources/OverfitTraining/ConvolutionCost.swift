import OverfitEngine

/// The memory and arithmetic a run's convolution stages add, counted the way `Conv2d`,
/// `MaxPool2d` and `ConvolutionProducts` allocate and compute it, for `RunEstimate` and
/// `Workload`: the one place the estimates walk the stages' shapes. Stages that do not fit the
/// image are counted up to the first that does not (the run is refused by validation anyway).
struct ConvolutionCost {
    /// (input shape, convolved shape, pooled shape, kernel) per stage that fits.
    private let stages: [(input: ImageShape, convolved: ImageShape, pooled: ImageShape, kernel: Int)]
    /// Values per image that reach the dense layers.
    let flattened: Int

    init(config: RunConfig, image: ImageShape) {
        var stages: [(ImageShape, ImageShape, ImageShape, Int)] = []
        var shape = image
        for stage in config.convolutions {
            guard let convolved = stage.convolved(shape), let pooled = stage.output(from: shape) else { break }
            stages.append((shape, convolved, pooled, stage.kernel))
            shape = pooled
        }
        self.stages = stages
        flattened = shape.count
    }

    /// The widths of the dense layers, input to output: the flattened stages, the hidden
    /// widths, the classes.
    func denseWidths(_ config: RunConfig, classes: Int) -> [Int] { [flattened] + config.layers + [classes] }

    /// Multiply-adds per image of each stage's product: positions × kernel area × channels in ×
    /// channels out.
    var multiplyAdds: [Int] { stages.indices.map { columns($0) * stages[$0].convolved.channels } }

    /// im2col's columns for one image of a stage: positions × kernel area × input channels.
    private func columns(_ index: Int) -> Int {
        let stage = stages[index]
        return stage.convolved.height * stage.convolved.width * stage.kernel * stage.kernel * stage.input.channels
    }

    /// Weights and biases, times the copies the optimiser and early stopping keep (as the dense ones).
    func parameterFloats(_ config: RunConfig) -> Int {
        let parameters = stages.reduce(0) {
            $0 + $1.kernel * $1.kernel * $1.input.channels * $1.convolved.channels + $1.convolved.channels
        }
        var copies = 2
        switch config.optimizer {
        case .sgd: break
        case .momentum: copies += 1
        case .adam: copies += 2
        }
        if config.patience > 0 { copies += 1 }
        return parameters * copies
    }

    /// A training step's buffers per batch: im2col's columns and their gradient, the
    /// convolution's output, the activation's output and gradient (at the pooled size, as the
    /// network pools before the activation), the pool's output, argmax and gradient, and the
    /// convolution's output gradient.
    func batchFloats(_ batch: Int) -> Int {
        var perImage = 0
        for index in stages.indices {
            let stage = stages[index]
            perImage += 2 * columns(index) + 2 * stage.convolved.count + 5 * stage.pooled.count
        }
        return batch * perImage
    }

    /// Inference buffers: columns and outputs for the rows evaluated at once, which evaluation
    /// keeps under 64 MB by measuring in chunks.
    func evaluationFloats(rows: Int) -> Int {
        let perImage = stages.indices.reduce(0) {
            $0 + columns($1) + stages[$1].convolved.count + stages[$1].pooled.count
        }
        return min(rows * perImage, (64 << 20) / MemoryLayout<Float>.size)
    }
}
