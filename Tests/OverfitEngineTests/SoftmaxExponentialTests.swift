import CKernels
import Testing

@testable import OverfitEngine

/// The evaluation's exponentials in C (`overfit_softmax_exponentials`) against `PortableMath.exp`,
/// bit for bit, on every path this CPU runs: a test set's loss must not depend on which computed it.
@Suite struct SoftmaxExponentialTests {
    /// Every exponent with 64 significands each, both signs; the edges of each of the scalar
    /// function's cases and their neighbours; NaNs, infinities, zeros, subnormals; softmax's own
    /// inputs (z − max ≤ 0).
    static var inputs: [Float] {
        var values: [Float] = []
        var generator = RandomGenerator(seed: 11)
        for exponent in UInt32(0)...255 {
            for _ in 0..<64 {
                let significand = UInt32(truncatingIfNeeded: generator.next()) & 0x7F_FFFF
                values.append(Float(bitPattern: exponent << 23 | significand))
                values.append(Float(bitPattern: 1 << 31 | exponent << 23 | significand))
            }
        }
        // The early returns' bounds; where 2^n leaves the normal range (n = 128 from about 88.38,
        // n = -127 from about -88.03); results that are subnormal.
        let edges: [Float] = [88.72283935546875, -103.972084, 88.38, 88.5, 88.7, -87.3, -88.03, -88.1, -100, -103.9]
        for edge in edges {
            var below = edge, above = edge
            values.append(edge)
            for _ in 0..<40 {
                below = below.nextDown
                above = above.nextUp
                values += [below, above]
            }
        }
        values += [
            0, -0.0, 1, -1, .infinity, -.infinity, .nan, -Float.nan, .leastNonzeroMagnitude,
            -.leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
        ]
        for step in 0..<2000 { values.append(-Float(step) * 0.0523) }
        return values
    }

    /// Rows of `classes` logits from the inputs, each row with its own largest value to subtract
    /// (its maximum, as the softmax has, or 0, or a value that makes the differences overflow).
    @Test(arguments: [1, 3, 10, 16, 17])
    func everyExponentialHasTheScalarBits(classes: Int) {
        let values = Self.inputs
        let rows = (values.count + classes - 1) / classes
        let logits = (0..<rows * classes).map { values[($0 * 997) % values.count] }
        let largest: [Float] = (0..<rows).map { row in
            switch row % 3 {
            case 0: return logits[row * classes..<(row + 1) * classes].max() ?? 0
            case 1: return 0
            default: return -Float(row % 200)
            }
        }
        let want = (0..<rows * classes).map { PortableMath.exp(logits[$0] - largest[$0 / classes]) }
        for path in KernelPath.supported {
            var got = [Float](repeating: 7, count: rows * classes)
            overfit_softmax_exponentials(path.code, logits, rows, classes, largest, &got)
            let differing = (0..<got.count).filter { got[$0].bitPattern != want[$0].bitPattern }
            #expect(
                differing.isEmpty,
                "\(path.rawValue): \(differing.count) differ, first exp(\(differing.first.map { logits[$0] - largest[$0 / classes] } ?? 0))"
            )
        }
        #expect(rows * classes > 35_000)
    }

    /// The evaluation over blocks of 256 rows: no rows give a loss of 0 and nothing correct, and
    /// rows past the first block are measured as each row alone is.
    @Test func evaluationTakesAnyNumberOfRows() {
        let labels: [UInt8] = (0..<300).map { UInt8($0 % 10) }
        let empty = SoftmaxCrossEntropy.evaluate(Matrix(rows: 0, cols: 10), labels: labels, predictions: nil)
        #expect(empty.lossSum == 0 && empty.correct == 0)
        let logits = Matrix(rows: 300, cols: 10)
        for i in 0..<logits.count { logits.data[i] = Float((i * 37) % 23) * 0.25 - 2 }
        let whole = SoftmaxCrossEntropy.evaluate(logits, labels: labels, predictions: nil)
        var lossSum = 0.0, correct = 0
        for row in 0..<300 {
            let one = Matrix(rows: 1, cols: 10)
            for j in 0..<10 { one.data[j] = logits.data[row * 10 + j] }
            let single = SoftmaxCrossEntropy.evaluate(one, labels: [labels[row]], predictions: nil)
            lossSum += single.lossSum
            correct += single.correct
        }
        #expect(whole.lossSum == lossSum && whole.correct == correct)
    }
}
