/// The three matrix products of a convolution, over im2col patches. Every one goes through the
/// single `BLAS.gemm` call at the bottom: when the engine's product changes (its own fixed-order
/// kernels instead of BLAS), that one line changes.
///
/// Shapes, with P = rows of patches (images × output positions), K = k·k·C_in, O = C_out:
/// patches P×K, weights K×O, outputs and their gradients P×O.
enum ConvolutionProducts {
    /// outputs (P×O) += patches · weights. Each output row is one position of one image.
    static func forward(patches: UnsafePointer<Float>, weights: UnsafePointer<Float>,
                        into outputs: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int) {
        product(.plain, patches, lda: patchWidth, .plain, weights, ldb: channels, outputs, ldc: channels,
                m: positions, n: channels, k: patchWidth, beta: 1)
    }

    /// weightGradient (K×O) = patchesᵀ · outputGradient: a sum over every position of every image.
    static func weightGradient(patches: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
                               into weightGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int) {
        product(.transposed, patches, lda: patchWidth, .plain, outputGradient, ldb: channels, weightGradient, ldc: channels,
                m: patchWidth, n: channels, k: positions, beta: 0)
    }

    /// patchGradient (P×K) = outputGradient · weightsᵀ; col2im then folds it into dLoss/dInput.
    static func patchGradient(outputGradient: UnsafePointer<Float>, weights: UnsafePointer<Float>,
                              into patchGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int) {
        product(.plain, outputGradient, lda: channels, .transposed, weights, ldb: channels, patchGradient, ldc: patchWidth,
                m: positions, n: patchWidth, k: channels, beta: 0)
    }

    @inline(__always)
    private static func product(_ opA: BLAS.Operand, _ a: UnsafePointer<Float>, lda: Int,
                                _ opB: BLAS.Operand, _ b: UnsafePointer<Float>, ldb: Int,
                                _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int, beta: Float) {
        BLAS.gemm(opA, a, lda: lda, opB, b, ldb: ldb, c, ldc: ldc, m: m, n: n, k: k, beta: beta)
    }
}
