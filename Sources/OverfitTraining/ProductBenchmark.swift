import OverfitEngine

/// The products the lessons make, each timed the way the engine makes it, for `overfit bench`:
/// GFLOP/s counted as the multiply-adds done (the first layer's sparse products count only its
/// nonzero pixels, the work they do), and the fraction of the FMA peak that is.
public struct ProductShape: Sendable {
    public enum Kind: Sendable {
        /// C = op(A)·op(B).
        case dense(Kernels.Operand, Kernels.Operand)
        /// out += x·w, x the pixels (m×k).
        case sparse
        /// dw += xᵀ·dy, x the pixels (n_pixels = m, images = k).
        case sparseTransposed
    }

    /// Evaluation splits its rows between all threads, 256-row chunks each (`Network.infer`);
    /// training makes each product on one thread.
    public enum Threading: Sendable { case evaluation, training }

    public let m: Int, k: Int, n: Int
    public let kind: Kind
    public let threading: Threading
    public let label: String

    public init(m: Int, k: Int, n: Int, kind: Kind, threading: Threading, label: String) {
        self.m = m
        self.k = k
        self.n = n
        self.kind = kind
        self.threading = threading
        self.label = label
    }

    /// The baseline's products (784-100×4-10, batch 10, all 10,000 test images each epoch), and
    /// the full-MNIST workload's batch of 100.
    public static let lessons = [
        ProductShape(
            m: 10_000, k: 784, n: 100, kind: .sparse, threading: .evaluation, label: "evaluation, first layer (sparse)"),
        ProductShape(
            m: 10_000, k: 100, n: 100, kind: .dense(.plain, .plain), threading: .evaluation,
            label: "evaluation, hidden layer"),
        ProductShape(
            m: 10_000, k: 100, n: 10, kind: .dense(.plain, .plain), threading: .evaluation,
            label: "evaluation, output layer"),
        ProductShape(
            m: 10, k: 784, n: 100, kind: .sparse, threading: .training, label: "batch 10, first layer (sparse)"),
        ProductShape(
            m: 784, k: 10, n: 100, kind: .sparseTransposed, threading: .training,
            label: "batch 10, first layer dW (sparse)"),
        ProductShape(
            m: 10, k: 100, n: 100, kind: .dense(.plain, .plain), threading: .training, label: "batch 10, hidden layer"),
        ProductShape(
            m: 100, k: 10, n: 100, kind: .dense(.transposed, .plain), threading: .training,
            label: "batch 10, hidden dW = Xᵀ·dY"),
        ProductShape(
            m: 10, k: 100, n: 100, kind: .dense(.plain, .transposed), threading: .training,
            label: "batch 10, hidden dX = dY·Wᵀ"),
        ProductShape(
            m: 100, k: 100, n: 100, kind: .dense(.plain, .plain), threading: .training, label: "batch 100, hidden layer"
        ),
    ]

    /// `m×k·k×n`, with ᵀ on a transposed operand.
    public var dimensions: String {
        switch kind {
        case .dense(let a, let b):
            return "\(m)×\(k)\(a == .transposed ? "ᵀ" : "")·\(k)×\(n)\(b == .transposed ? "ᵀ" : "")"
        case .sparse: return "\(m)×\(k)·\(k)×\(n)"
        case .sparseTransposed: return "\(m)×\(k)·\(k)×\(n)"
        }
    }
}

/// One product the lessons make, its operands made once, timed as often as asked: on `threads`
/// threads (evaluation) or one (training), on the thread's kernel path. `pixels` (rows of 784 in
/// [0, 1], at least `shape.m` or `shape.k` of them) feed the sparse products; real images, because
/// the sparse kernels' speed depends on where the nonzeros are.
public final class ProductTimer {
    public let shape: ProductShape
    private let product: MeasuredProduct
    /// The threads the product runs on: all of them for evaluation, one for training.
    public var threads: Int { product.threads }
    /// Products a timing: at least 0.2 GFLOP, ten output-layer products, one first-layer one.
    private let repeats: Int

    public init(_ shape: ProductShape, threads: Int, pixels: Matrix) {
        self.shape = shape
        product = MeasuredProduct(shape, pixels: pixels, threads: shape.threading == .evaluation ? threads : 1)
        product.run(times: 1)
        repeats = max(1, Int(2e8 / max(1, product.flop)))
    }

    /// Best GFLOP/s of `trials` short timings.
    public func rate(trials: Int = 30) -> Double {
        let clock = ContinuousClock()
        var best = 0.0
        for _ in 0..<trials {
            let start = clock.now
            product.run(times: repeats)
            let seconds = (clock.now - start).seconds
            if seconds > 0 { best = max(best, Double(repeats) * product.flop / seconds / 1e9) }
        }
        return best
    }
}

/// One product's operands, made once and multiplied again and again.
private final class MeasuredProduct: @unchecked Sendable {
    let shape: ProductShape
    let threads: Int
    let a: Matrix, b: Matrix, c: Matrix
    /// Multiply-adds done × 2.
    let flop: Double
    private let settings = Engine.settings
    /// Evaluation's sparse product reads the pixels listed once and the weights packed once per
    /// evaluation, as `Network.infer` does for the test set; the bias is where the chains start.
    private let listed: SparseRows?
    private let packed: SparseWeights?
    private let bias: Matrix

    init(_ shape: ProductShape, pixels: Matrix, threads: Int) {
        self.shape = shape
        self.threads = threads
        let (m, k, n) = (shape.m, shape.k, shape.n)
        switch shape.kind {
        case .dense(let opA, let opB):
            if shape.threading == .evaluation {
                // In `Network.infer` a dense layer reads the previous layer's output for the same
                // 256-row chunk, just written and still in cache: each thread reads its own chunk
                // of A again and again (`rows`), not rows of a matrix no layer has touched.
                precondition(opA == .plain, "evaluation multiplies activations as they lie")
                a = Matrix(rows: threads * Network.chunkRows, cols: k, value: 0.5)
            } else {
                a = opA == .plain ? Matrix(rows: m, cols: k, value: 0.5) : Matrix(rows: k, cols: m, value: 0.5)
            }
            b = opB == .plain ? Matrix(rows: k, cols: n, value: 0.25) : Matrix(rows: n, cols: k, value: 0.25)
            flop = 2 * Double(m) * Double(k) * Double(n)
        case .sparse:
            a = Self.rows(m, of: pixels)
            b = Matrix(rows: k, cols: n, value: 0.25)
            flop = 2 * Double(Self.nonzeros(a)) * Double(n)
        case .sparseTransposed:
            // x is images × pixels: k images of m pixels.
            a = Self.rows(k, of: pixels)
            b = Matrix(rows: k, cols: n, value: 0.25)
            flop = 2 * Double(Self.nonzeros(a)) * Double(n)
        }
        c = Matrix(rows: m, cols: n)
        bias = Matrix(rows: 1, cols: n, value: 0.125)
        let listedProduct = shape.threading == .evaluation && { if case .sparse = shape.kind { true } else { false } }()
        listed = listedProduct ? SparseRows(a) : nil
        packed = listedProduct ? SparseWeights(inputs: k, outputs: n) : nil
    }

    private static func rows(_ count: Int, of pixels: Matrix) -> Matrix {
        let rows = Matrix(rows: count, cols: pixels.cols)
        for row in 0..<count {
            (rows.data + row * pixels.cols).update(
                from: pixels.data + (row % pixels.rows) * pixels.cols, count: pixels.cols)
        }
        return rows
    }

    private static func nonzeros(_ x: Matrix) -> Int {
        var count = 0
        for i in 0..<x.count where x.data[i] != 0 { count += 1 }
        return count
    }

    /// The product `times` times over. Evaluation's threads start once for all of them, as
    /// `Network.infer` starts them once for every layer of an evaluation: a 10-column product is
    /// a few microseconds a chunk, less than waking a thread.
    func run(times: Int) {
        let settings = self.settings
        guard shape.threading == .evaluation else {
            Engine.withSettings(settings) {
                for _ in 0..<times { rows(0..<shape.m, part: 0) }
            }
            return
        }
        // w is packed once per evaluation before its threads start (`Linear.prepareInference`):
        // the packings are all timed, before the products, since the weights never change here.
        for _ in 0..<times { packed?.pack(b) }
        // As `Network.infer`: each thread takes the next chunk no thread has taken (40 of 250 rows
        // for 10,000 rows on two threads).
        let chunk = Network.chunkRows(rows: shape.m, threads: threads)
        let chunks = (shape.m + chunk - 1) / chunk
        Engine.withSettings(settings) {
            ChunkQueue.perform(count: times * chunks, threads: threads) { index, part in
                let start = index % chunks * chunk
                rows(start..<min(shape.m, start + chunk), part: part)
            }
        }
    }

    /// The product for rows `range` of C (all of them for the training shapes).
    private func rows(_ range: Range<Int>, part: Int) {
        let (k, n) = (shape.k, shape.n)
        let count = range.count, first = range.lowerBound
        switch shape.kind {
        case .dense(let opA, let opB):
            // Evaluation: the thread's own chunk of A (see init); training: A's rows in place.
            let aStart =
                shape.threading == .evaluation
                ? a.data + part * Network.chunkRows * k
                : a.data + (opA == .plain ? first * k : first)
            Kernels.gemm(
                opA, aStart, lda: a.cols, opB, b.data, ldb: b.cols, c.data + first * n, ldc: n, m: count, n: n, k: k)
        case .sparse:
            if let listed, let packed {
                Kernels.sparseMultiply(
                    listed: listed, first: first, rows: count, packed, bias: bias.data, into: c.data + first * n)
            } else {
                Kernels.sparseMultiply(a.data + first * k, rows: count, k: k, b.data, n: n, into: c.data + first * n)
            }
        case .sparseTransposed:
            // As training takes it: the rows the pixels touch set, not zeroed and added to.
            Kernels.sparseTransposedProduct(a.data, rows: k, k: shape.m, b.data, n: n, into: c.data)
        }
    }
}
