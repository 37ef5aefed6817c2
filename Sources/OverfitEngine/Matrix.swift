/// A row-major Float32 matrix in memory the engine owns, reused across batches. Every
/// allocation has `slack` zeroed floats past its end, so vector kernels may read a few floats
/// beyond a row without leaving the allocation.
///
/// A class, not a value: layers keep their buffers and hand them on without copying, and a
/// matrix may shrink or grow its row count (`resize`) without reallocating below its capacity,
/// so a training step allocates nothing.
public final class Matrix: @unchecked Sendable {
    public private(set) var rows: Int
    public private(set) var cols: Int
    public private(set) var data: UnsafeMutablePointer<Float>
    private var capacity: Int

    public init(rows: Int, cols: Int, value: Float = 0) {
        precondition(rows >= 0 && cols > 0, "matrix shape \(rows)x\(cols)")
        self.rows = rows
        self.cols = cols
        capacity = max(rows * cols, 1)
        data = .allocate(capacity: capacity + Self.slack)
        data.initialize(repeating: value, count: capacity)
        (data + capacity).initialize(repeating: 0, count: Self.slack)
    }

    public convenience init(rows: Int, cols: Int, values: [Float]) {
        precondition(values.count == rows * cols, "\(values.count) values for \(rows)x\(cols)")
        self.init(rows: rows, cols: cols)
        values.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { data.update(from: base, count: values.count) }
        }
    }

    deinit { data.deallocate() }

    /// Floats readable past the end of every matrix (see the type's note).
    public static let slack = 8

    public var count: Int { rows * cols }

    /// Sets the row count, keeping the allocation when it is large enough. Contents are unspecified.
    public func resize(rows newRows: Int) {
        precondition(newRows >= 0)
        if newRows * cols > capacity {
            data.deallocate()
            capacity = newRows * cols
            data = .allocate(capacity: capacity + Self.slack)
            data.initialize(repeating: 0, count: capacity + Self.slack)
        }
        rows = newRows
    }

    /// Sets both dimensions, keeping the allocation when it is large enough. Contents unspecified.
    public func reshape(rows newRows: Int, cols newCols: Int) {
        precondition(newCols > 0)
        cols = newCols
        resize(rows: newRows)
    }

    public subscript(row: Int, col: Int) -> Float {
        get { data[row * cols + col] }
        set { data[row * cols + col] = newValue }
    }

    public func fill(_ value: Float) {
        data.update(repeating: value, count: count)
    }

    public func copy(from other: Matrix) {
        precondition(other.cols == cols)
        resize(rows: other.rows)
        data.update(from: other.data, count: count)
    }

    public func copy() -> Matrix {
        let result = Matrix(rows: rows, cols: cols)
        result.data.update(from: data, count: count)
        return result
    }

    public var values: [Float] { Array(UnsafeBufferPointer(start: data, count: count)) }
}
