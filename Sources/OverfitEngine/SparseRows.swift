import CKernels

/// The nonzeros of a matrix of pixels, listed once: what a sparse first layer reads instead of the
/// pixels themselves when the same images are evaluated again and again (the test set, after
/// every epoch). Each nonzero is listed as a byte, its value's place in a table of at most 256
/// values (pixels take at most 256): MNIST's 10,000 test images list into 2.6 MB, where their
/// Floats take 31 MB, and the listing is not redone per evaluation. A snapshot: later changes to
/// the matrix do not reach it.
public final class SparseRows: @unchecked Sendable {
    public let rows: Int
    public let cols: Int
    /// How many pixels are nonzero (C's !=: NaN counts, +0 and -0 do not).
    public let nonzeros: Int
    let masks: UnsafeMutablePointer<UInt64>
    let rowStarts: UnsafeMutablePointer<Int64>
    let codes: UnsafeMutablePointer<UInt8>
    let table: UnsafeMutablePointer<Float>

    /// Lists the nonzeros of every row of `x`; nil when they take more than 256 distinct values
    /// (then the layer reads the pixels themselves, with the same bits).
    public init?(_ x: Matrix) {
        rows = x.rows
        cols = x.cols
        let slices = (x.cols + 63) / 64
        nonzeros = overfit_sparse_nonzero_count(x.data, x.rows, x.cols)
        masks = .allocate(capacity: max(1, rows * slices))
        rowStarts = .allocate(capacity: rows + 1)
        codes = .allocate(capacity: max(1, nonzeros))
        table = .allocate(capacity: 256)
        guard overfit_sparse_list(x.data, x.rows, x.cols, masks, rowStarts, codes, table) >= 0 else { return nil }
    }

    deinit {
        masks.deallocate()
        rowStarts.deallocate()
        codes.deallocate()
        table.deallocate()
    }
}

extension Kernels {
    /// `out[r] = bias + x[first + r]·w` for `rows` rows of `x`'s listing, with w (k×n) as
    /// `SparseWeights` packed it: each output's chain starts at the bias and takes one fma per
    /// nonzero pixel in increasing order, the bits of `sparseMultiply` on a copy of the bias.
    @inline(__always)
    public static func sparseMultiply(
        listed x: SparseRows, first: Int, rows: Int, _ w: SparseWeights, bias: UnsafePointer<Float>,
        into out: UnsafeMutablePointer<Float>
    ) {
        precondition(x.cols == w.inputs && first >= 0 && first + rows <= x.rows, "listed rows do not fit the weights")
        overfit_sparse_listed_multiply(
            Engine.settings.path.code, x.masks, x.rowStarts, x.codes, x.table, first, rows, x.cols, w.packed, w.outputs,
            bias, out)
    }
}

/// A sparse layer's weights (inputs×outputs) packed for `Kernels.sparseMultiply(listed:)`: rows
/// padded with zeros to a multiple of 16 floats and aligned to 64 bytes, so that every vector load
/// lies in one cache line. Packed once per evaluation, not once per 256 rows.
public final class SparseWeights: @unchecked Sendable {
    public let inputs: Int
    public let outputs: Int
    let packed: UnsafeMutablePointer<Float>

    public init(inputs: Int, outputs: Int) {
        self.inputs = inputs
        self.outputs = outputs
        let count = max(1, inputs * overfit_sparse_packed_stride(outputs))
        packed = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Float>.size, alignment: 64)
            .bindMemory(to: Float.self, capacity: count)
        packed.initialize(repeating: 0, count: count)
    }

    /// Copies `w` (inputs×outputs) in.
    public func pack(_ w: Matrix) {
        precondition(w.rows == inputs && w.cols == outputs, "weights \(w.rows)x\(w.cols) for \(inputs)x\(outputs)")
        overfit_sparse_pack(w.data, inputs, outputs, packed)
    }

    deinit { UnsafeMutableRawPointer(packed).deallocate() }
}
