import Dispatch

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
