import OverfitData
import OverfitEngine

extension Benchmark {
    /// What `trainingStepRate` measured.
    public struct StepRate: Sendable {
        /// Best time of one step (forward, backward, penalty, optimiser), in seconds.
        public let seconds: Double
        /// Multiply-adds of the step's products × 2, the first layer's counted over its nonzero pixels.
        public let flop: Double
        public var gflops: Double { flop / seconds / 1e9 }
    }

    /// A training step of `config`'s MLP on batches from `images` (the lab slides' baseline by
    /// default: batch 10, 784-100×4-10), as the trainer takes it, on one thread: the best of
    /// many short timings of `steps` steps each.
    public static func trainingStepRate(
        _ config: RunConfig = RunConfig(), images: Dataset, classes: Int, steps: Int = 300, trials: Int = 10
    ) -> StepRate {
        let shape = ImageShape(height: images.rows, width: images.cols)
        let network = Network(config.architecture(image: shape, classes: classes), seed: config.seed)
        let optimizer = config.makeOptimizer(for: network.parameters)
        let penalty = config.penalty
        let head = SoftmaxCrossEntropy(classes: classes)
        let batch = config.batchSize
        let input = Matrix(rows: batch, cols: images.pixelsPerImage)
        var labels = [Int32](repeating: 0, count: batch)
        let batches = max(1, images.count / batch)
        var nonzeroPixels = 0
        func step(_ index: Int) {
            let first = (index % batches) * batch
            images.fillBatch(indices: Array(first..<first + batch), into: input.data)
            for row in 0..<batch { labels[row] = Int32(images.labels[first + row]) }
            let logits = network.forward(input, mode: .training)
            _ = labels.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { head.forward(logits, labels: $0) } }
            network.backward(head.backward())
            penalty.addGradient(network.parameters)
            optimizer.step()
        }
        for index in 0..<batches * batch * images.pixelsPerImage where images.pixels[index] != 0 { nonzeroPixels += 1 }
        let clock = ContinuousClock()
        var best = Double.infinity
        var done = 0
        for _ in 0..<trials {
            let start = clock.now
            for _ in 0..<steps {
                step(done)
                done += 1
            }
            best = min(best, (clock.now - start).seconds / Double(steps))
        }
        // Per image: the first layer's forward and dW over its nonzero pixels, every other
        // layer's forward, dW and dX.
        let widths = config.layers + [classes]
        let later = zip(widths, widths.dropFirst()).map { Double($0 * $1) }.reduce(0, +)
        let firstWidth = Double(config.layers.first ?? classes)
        let perBatchNonzeros = Double(nonzeroPixels) / Double(batches)
        let flop = 2 * (2 * perBatchNonzeros * firstWidth + 3 * Double(batch) * later)
        return StepRate(seconds: best, flop: flop)
    }
}
