import CKernels
import Dispatch

/// The engine's products, all computed by our C kernels (`CKernels`) in one fixed order: each
/// output is a single chain of fused multiply-adds over k = 0, 1, …, k-1, starting from +0 or
/// from what the output held. Paths vectorise across outputs only and threads split outputs
/// only, so every processor, path and thread count gives the same bits.
public enum Kernels {
    /// Whether an operand is used as stored or transposed.
    public enum Operand: Sendable { case plain, transposed }

    /// `C[m×n] = op(A)[m×k] · op(B)[k×n]`, plus C itself with `accumulate`, on row-major
    /// storage whose row lengths are `lda`, `ldb` and `ldc`. The path is the thread's
    /// (`Engine.settings`).
    @inline(__always)
    public static func gemm(
        _ opA: Operand, _ a: UnsafePointer<Float>, lda: Int,
        _ opB: Operand, _ b: UnsafePointer<Float>, ldb: Int,
        _ c: UnsafeMutablePointer<Float>, ldc: Int,
        m: Int, n: Int, k: Int, accumulate: Bool = false
    ) {
        gemm(
            path: Engine.settings.path, opA, a, lda: lda, opB, b, ldb: ldb, c, ldc: ldc,
            m: m, n: n, k: k, accumulate: accumulate)
    }

    /// `gemm` on an explicit path.
    public static func gemm(
        path: KernelPath, _ opA: Operand, _ a: UnsafePointer<Float>, lda: Int,
        _ opB: Operand, _ b: UnsafePointer<Float>, ldb: Int,
        _ c: UnsafeMutablePointer<Float>, ldc: Int,
        m: Int, n: Int, k: Int, accumulate: Bool = false
    ) {
        let (aRow, aColumn) = opA == .plain ? (lda, 1) : (1, lda)
        let (bRow, bColumn) = opB == .plain ? (ldb, 1) : (1, ldb)
        overfit_gemm(path.code, m, n, k, a, aRow, aColumn, b, bRow, bColumn, c, ldc, accumulate ? 1 : 0)
    }

    /// `C[m×n] = bias + A[m×k] · B[k×n]` (both plain, row-major): each output's chain starts at
    /// its column's bias, as copying the bias into C and multiplying with `accumulate` does. The
    /// path is the thread's unless given (a caller making many small products looks it up once).
    @inline(__always)
    public static func gemm(
        path: KernelPath = Engine.settings.path,
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int, bias: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int
    ) {
        overfit_gemm_bias(path.code, m, n, k, a, lda, 1, b, ldb, 1, bias, c, ldc)
    }

    /// `C[m×n] = bias + A·B` with A's `segments`·`span` terms in runs: term s·span + t of row i is
    /// `a[s·segmentStride + i·lda + t]`, B plain (row p at `b + p·ldb`). Each output one chain
    /// from its column's bias over the terms in order, as `gemm(bias:)` over A written out.
    @inline(__always)
    public static func gemmSegments(
        path: KernelPath = Engine.settings.path, _ a: UnsafePointer<Float>, lda: Int, segments: Int, span: Int,
        segmentStride: Int, _ b: UnsafePointer<Float>, ldb: Int, bias: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int
    ) {
        overfit_gemm_segments(path.code, m, n, segments, span, a, lda, segmentStride, b, ldb, bias, c, ldc)
    }

    /// Sets each of `rows` contiguous rows of `out` (`n` floats each) to `row`.
    @inline(__always)
    public static func copyRows(_ row: UnsafePointer<Float>, n: Int, into out: UnsafeMutablePointer<Float>, rows: Int) {
        overfit_copy_rows(row, n, out, n, rows)
    }

    /// `C = op(A) · op(B)` (+ C with `accumulate`) on engine matrices, shapes checked.
    public static func multiply(
        _ a: Matrix, _ b: Matrix, into c: Matrix,
        opA: Operand = .plain, opB: Operand = .plain, accumulate: Bool = false
    ) {
        let (m, k) = opA == .plain ? (a.rows, a.cols) : (a.cols, a.rows)
        let (kb, n) = opB == .plain ? (b.rows, b.cols) : (b.cols, b.rows)
        precondition(
            k == kb && c.rows == m && c.cols == n, "product shapes \(m)x\(k) · \(kb)x\(n) -> \(c.rows)x\(c.cols)")
        gemm(
            opA, a.data, lda: a.cols, opB, b.data, ldb: b.cols, c.data, ldc: c.cols, m: m, n: n, k: k,
            accumulate: accumulate)
    }

    /// `out[rows×n] += x[rows×k] · w[k×n]`, skipping the zeros of x (pixels). w needs 7 readable
    /// floats past its end, as every `Matrix` has.
    @inline(__always)
    public static func sparseMultiply(
        _ x: UnsafePointer<Float>, rows: Int, k: Int, _ w: UnsafePointer<Float>, n: Int,
        into out: UnsafeMutablePointer<Float>
    ) {
        overfit_sparse_left_multiply(Engine.settings.path.code, x, rows, k, w, n, out)
    }

    /// `dw = xᵀ · dy` on the rows of dw that x's nonzeros touch (set, each chain from +0), no
    /// other row written; returns those rows, one bit per row of dw. The bits of zeroing them and
    /// adding xᵀ·dy (`overfit_sparse_transposed_multiply`), without writing the zeros and reading
    /// them back: a training step's weight gradient.
    @discardableResult
    public static func sparseTransposedProduct(
        _ x: UnsafePointer<Float>, rows: Int, k: Int, _ dy: UnsafePointer<Float>,
        n: Int, into dw: UnsafeMutablePointer<Float>
    ) -> [UInt64] {
        var touched = [UInt64](repeating: 0, count: (k + 63) / 64)
        touched.withUnsafeMutableBufferPointer { bits in
            overfit_sparse_transposed_product(Engine.settings.path.code, x, rows, k, dy, n, dw, bits.baseAddress)
        }
        return touched
    }

    /// out[i] = Float(bytes[i]) / 255 for i < count (pixels as Floats in [0, 1]), vectorised on the
    /// thread's kernel path: one IEEE division each, so the bits of the Swift expression.
    public static func scalePixels(_ bytes: UnsafePointer<UInt8>, count: Int, into out: UnsafeMutablePointer<Float>) {
        overfit_scale_pixels(Engine.settings.path.code, bytes, count, out)
    }

    /// out[r·classes + j] = PortableMath.exp(logits[r·classes + j] − largest[r]) for `rows` rows,
    /// vectorised on the thread's kernel path: the bits of the Swift function, lane by lane.
    public static func softmaxExponentials(
        _ logits: UnsafePointer<Float>, rows: Int, classes: Int, largest: UnsafePointer<Float>,
        into out: UnsafeMutablePointer<Float>
    ) {
        overfit_softmax_exponentials(Engine.settings.path.code, logits, rows, classes, largest, out)
    }

    /// Sets to +0 the rows of `matrix` (`columns` floats each) whose bit is set in `rows`.
    public static func zeroRows(_ rows: [UInt64], of matrix: UnsafeMutablePointer<Float>, columns: Int) {
        for (word, bits) in rows.enumerated() {
            var remaining = bits
            while remaining != 0 {
                let row = word * 64 + remaining.trailingZeroBitCount
                (matrix + row * columns).update(repeating: 0, count: columns)
                remaining &= remaining - 1
            }
        }
    }
}

// MARK: - Threads

extension Kernels {
    /// `multiply` with C's rows split between `threads` threads (at least `minimumRows` rows
    /// each). Each output is still its own chain over k, so the split changes no bit.
    public static func multiply(
        _ a: Matrix, _ b: Matrix, into c: Matrix, opA: Operand = .plain,
        opB: Operand = .plain, accumulate: Bool = false, threads: Int,
        minimumRows: Int = 64
    ) {
        let (m, k) = opA == .plain ? (a.rows, a.cols) : (a.cols, a.rows)
        let (kb, n) = opB == .plain ? (b.rows, b.cols) : (b.cols, b.rows)
        precondition(
            k == kb && c.rows == m && c.cols == n, "product shapes \(m)x\(k) · \(kb)x\(n) -> \(c.rows)x\(c.cols)")
        let parts = max(1, min(threads, m / max(1, minimumRows)))
        let share = (m + parts - 1) / parts
        let settings = Engine.settings
        let operands = SharedOperands(a: a, b: b, c: c)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let first = part * share, rows = min(m, first + share) - first
            guard rows > 0 else { return }
            // Row `first` of op(A) starts `first` rows down A, or `first` columns along Aᵀ.
            let aStart = operands.a.data + (opA == .plain ? first * operands.a.cols : first)
            Kernels.gemm(
                path: settings.path, opA, aStart, lda: operands.a.cols, opB, operands.b.data,
                ldb: operands.b.cols, operands.c.data + first * n, ldc: n, m: rows, n: n, k: k,
                accumulate: accumulate)
        }
    }
}

/// The matrices a threaded product's parts read (a, b) and write (disjoint rows of c).
private final class SharedOperands: @unchecked Sendable {
    let a: Matrix, b: Matrix, c: Matrix

    init(a: Matrix, b: Matrix, c: Matrix) {
        self.a = a
        self.b = b
        self.c = c
    }
}
