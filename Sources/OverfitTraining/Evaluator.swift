import OverfitData
import OverfitEngine

/// Measures a network in evaluation mode (dropout off, batch norm on running statistics) over a
/// whole dataset, in chunks, with the same pixel scaling as training: the sources' evaluation bugs
/// (raw 0–255 test pixels, batch norm in training mode) cannot happen here.
final class Evaluator {
    /// The dataset as Floats in [0, 1], converted once when small enough to keep, else per chunk.
    private let cached: Matrix?
    /// The cached pixels' nonzeros, listed once: a sparse first layer reads them at every
    /// evaluation instead of the 31 MB of Floats.
    private let listed: SparseRows?
    private let dataset: Dataset
    static let chunkRows = 2_000
    /// Datasets up to this many images keep their Float copy (10,000 × 784 Floats is 31 MB).
    static let cacheLimit = 10_000

    /// Pixels are scaled to [0, 1] as in training; `rawPixels` measures on 0–255 instead, the
    /// mistake the `eval_pixels` knob re-creates.
    private let pixelScale: Float

    init(dataset: Dataset, rawPixels: Bool = false) {
        self.dataset = dataset
        pixelScale = rawPixels ? 255 : 1
        let width = dataset.pixelsPerImage
        if dataset.count <= Self.cacheLimit, dataset.count > 0 {
            let all = Matrix(rows: dataset.count, cols: width)
            dataset.fillRange(0..<dataset.count, into: all.data)
            Self.rescale(all, by: pixelScale)
            cached = all
            listed = SparseRows(all)
        } else {
            cached = nil
            listed = nil
        }
    }

    /// How many images a measurement covers.
    var count: Int { dataset.count }

    struct Measurement {
        var loss: Double
        var accuracy: Double
    }

    /// Mean loss and accuracy; writes each image's predicted class into `predictions` if given.
    /// With a `team`, the training thread may take some of the rows (`Network.infer`).
    func measure(
        _ network: Network, predictions: UnsafeMutablePointer<UInt8>? = nil, team: InferenceTeam? = nil
    ) -> Measurement {
        let count = dataset.count
        guard count > 0 else { return Measurement(loss: 0, accuracy: 0) }
        var lossSum = 0.0, correct = 0
        dataset.labels.withUnsafeBufferPointer { labels in
            guard let labelBase = labels.baseAddress else { return }
            // A cached dataset goes through in one piece, which `Network.infer` splits between its
            // threads. Others are converted and measured chunk by chunk.
            let step = cached == nil ? Self.chunkRows : count
            // A chunk of this call's own: the seeds of a run with repeats measure at once.
            let chunk = Matrix(rows: 0, cols: dataset.pixelsPerImage)
            var start = 0
            while start < count {
                let end = min(start + step, count)
                let input: Matrix
                if let cached {
                    input = cached
                } else {
                    chunk.resize(rows: end - start)
                    dataset.fillRange(start..<end, into: chunk.data)
                    Self.rescale(chunk, by: pixelScale)
                    input = chunk
                }
                let logits = network.infer(input, listed: cached == nil ? nil : listed, team: team)
                let part = SoftmaxCrossEntropy.evaluate(
                    logits, labels: labelBase + start,
                    predictions: predictions.map { $0 + start })
                lossSum += part.lossSum
                correct += part.correct
                start = end
            }
        }
        return Measurement(loss: lossSum / Double(count), accuracy: Double(correct) / Double(count))
    }

    private static func rescale(_ matrix: Matrix, by factor: Float) {
        guard factor != 1 else { return }
        for i in 0..<matrix.count { matrix.data[i] = (matrix.data[i] * factor).rounded() }
    }
}
