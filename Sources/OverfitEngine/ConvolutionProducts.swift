/// The three matrix products of a convolution, over im2col patches, all through the engine's own
/// kernels (`Kernels.gemm`): each output is one fma chain over k in increasing order, starting
/// from what the output holds (the bias, for `forward`) or from +0, so every path and thread
/// count gives the same bits.
///
/// Shapes, with P = rows of patches (images × output positions), K = k·k·C_in, O = C_out:
/// patches P×K, weights K×O, outputs and their gradients P×O.
enum ConvolutionProducts {
    /// outputs (P×O) += patches · weights. Each output row is one position of one image.
    static func forward(
        patches: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        into outputs: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        product(
            .plain, patches, lda: patchWidth, .plain, weights, ldb: channels, outputs, ldc: channels,
            m: positions, n: channels, k: patchWidth, accumulate: true)
    }

    /// weightGradient (K×O) = patchesᵀ · outputGradient: a sum over every position of every image.
    static func weightGradient(
        patches: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        into weightGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        product(
            .transposed, patches, lda: patchWidth, .plain, outputGradient, ldb: channels, weightGradient, ldc: channels,
            m: patchWidth, n: channels, k: positions, accumulate: false)
    }

    /// patchGradient (P×K) = outputGradient · weightsᵀ; col2im then folds it into dLoss/dInput.
    static func patchGradient(
        outputGradient: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        into patchGradient: UnsafeMutablePointer<Float>, positions: Int, patchWidth: Int, channels: Int
    ) {
        product(
            .plain, outputGradient, lda: channels, .transposed, weights, ldb: channels, patchGradient, ldc: patchWidth,
            m: positions, n: patchWidth, k: channels, accumulate: false)
    }

    @inline(__always)
    private static func product(
        _ opA: Kernels.Operand, _ a: UnsafePointer<Float>, lda: Int,
        _ opB: Kernels.Operand, _ b: UnsafePointer<Float>, ldb: Int,
        _ c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, k: Int, accumulate: Bool
    ) {
        Kernels.gemm(opA, a, lda: lda, opB, b, ldb: ldb, c, ldc: ldc, m: m, n: n, k: k, accumulate: accumulate)
    }
}
