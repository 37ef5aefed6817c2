/// Mean cross-entropy of softmax(logits) against integer labels, computed stably:
/// loss_i = log Σ_j exp(z_ij − max_i) − (z_i,label − max_i).
public final class SoftmaxCrossEntropy {
    private let gradient: Matrix
    private var labels: UnsafePointer<Int32>?

    public init(classes: Int) {
        gradient = Matrix(rows: 0, cols: classes)
    }

    /// The mean loss over the batch; keeps softmax − one-hot, divided by N, for `backward`.
    public func forward(_ logits: Matrix, labels: UnsafePointer<Int32>) -> Float {
        let n = logits.rows, classes = logits.cols
        gradient.resize(rows: n)
        var total: Float = 0
        let inverseN = 1 / Float(n)
        for row in 0..<n {
            let z = logits.data + row * classes, p = gradient.data + row * classes
            var largest = z[0]
            for j in 1..<classes { largest = max(largest, z[j]) }
            var sum: Float = 0
            for j in 0..<classes { let e = PortableMath.exp(z[j] - largest); p[j] = e; sum += e }
            let label = Int(labels[row])
            total += PortableMath.log(sum) - (z[label] - largest)
            let scale = inverseN / sum
            for j in 0..<classes { p[j] *= scale }
            p[label] -= inverseN
        }
        self.labels = labels
        return total * inverseN
    }

    /// dLoss/dLogits of the last forward.
    public func backward() -> Matrix { gradient }

    /// Summed loss and number of correct argmax predictions over a batch, without gradients:
    /// the evaluation path. Accumulates in Double so the sum over 10,000 images keeps its digits.
    public static func evaluate(
        _ logits: Matrix, labels: UnsafePointer<UInt8>,
        predictions: UnsafeMutablePointer<UInt8>?
    ) -> (lossSum: Double, correct: Int) {
        let n = logits.rows, classes = logits.cols
        var lossSum: Double = 0
        var correct = 0
        // A block of rows at a time: each row's largest logit and argmax, then the block's
        // exponentials together (`Kernels.softmaxExponentials`, PortableMath.exp's bits), then each
        // row's sum in order of j, as one exponential at a time would add them.
        let block = max(1, min(n, evaluationBlockRows))
        withUnsafeTemporaryAllocation(of: Float.self, capacity: max(1, block * (classes + 1))) { scratch in
            guard let largestRow = scratch.baseAddress else { return }
            let exponentials = largestRow + block
            var argmaxes = [Int](repeating: 0, count: block)
            for first in stride(from: 0, to: n, by: block) {
                let rows = min(block, n - first)
                for row in 0..<rows {
                    let z = logits.data + (first + row) * classes
                    var largest = z[0], argmax = 0
                    for j in 1..<classes where z[j] > largest { largest = z[j]; argmax = j }
                    largestRow[row] = largest
                    argmaxes[row] = argmax
                }
                Kernels.softmaxExponentials(
                    logits.data + first * classes, rows: rows, classes: classes, largest: largestRow,
                    into: exponentials)
                for row in 0..<rows {
                    let z = logits.data + (first + row) * classes, e = exponentials + row * classes
                    var sum: Float = 0
                    for j in 0..<classes { sum += e[j] }
                    let label = Int(labels[first + row])
                    lossSum += Double(PortableMath.log(sum) - (z[label] - largestRow[row]))
                    if argmaxes[row] == label { correct += 1 }
                    predictions?[first + row] = UInt8(argmaxes[row])
                }
            }
        }
        return (lossSum, correct)
    }

    /// Rows whose exponentials `evaluate` takes together: 256 rows of 10 classes are 10 KB.
    static let evaluationBlockRows = 256
}
