#if canImport(Accelerate)
import Accelerate
#else
import CBLAS
#endif

/// The engine's only door to BLAS: C = alpha · op(A) · op(B) + beta · C on row-major matrices.
public enum BLAS {
    /// Whether an operand is used as stored or transposed.
    public enum Operand { case plain, transposed }

    /// `C[m×n] = alpha · op(A)[m×k] · op(B)[k×n] + beta · C`, with leading dimensions taken
    /// from the stored matrices' column counts.
    @inline(__always)
    public static func gemm(_ opA: Operand, _ a: UnsafePointer<Float>, lda: Int,
                            _ opB: Operand, _ b: UnsafePointer<Float>, ldb: Int,
                            _ c: UnsafeMutablePointer<Float>, ldc: Int,
                            m: Int, n: Int, k: Int, alpha: Float = 1, beta: Float = 0) {
        guard m > 0, n > 0 else { return }
        cblas_sgemm(CblasRowMajor,
                    opA == .plain ? CblasNoTrans : CblasTrans,
                    opB == .plain ? CblasNoTrans : CblasTrans,
                    Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// `C = op(A) · op(B) + beta · C` on engine matrices, shapes checked.
    public static func multiply(_ a: Matrix, _ b: Matrix, into c: Matrix,
                                opA: Operand = .plain, opB: Operand = .plain, beta: Float = 0) {
        let (m, k) = opA == .plain ? (a.rows, a.cols) : (a.cols, a.rows)
        let (kb, n) = opB == .plain ? (b.rows, b.cols) : (b.cols, b.rows)
        precondition(k == kb && c.rows == m && c.cols == n, "gemm shapes \(m)x\(k) · \(kb)x\(n) -> \(c.rows)x\(c.cols)")
        gemm(opA, a.data, lda: a.cols, opB, b.data, ldb: b.cols, c.data, ldc: c.cols, m: m, n: n, k: k, beta: beta)
    }

    /// Caps the threads BLAS may use. OpenBLAS splits a product by blocks of the output, not along
    /// the summed dimension, so results should not depend on this number (the determinism tests
    /// check it); speed does.
    public static func setThreadCount(_ count: Int) {
        #if !canImport(Accelerate)
        openblas_set_num_threads(Int32(count))
        #endif
    }
}
