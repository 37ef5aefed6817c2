import OverfitEngine

/// In-process measurements for `overfit bench`: sgemm speed on the lessons' shapes and the wall
/// time of whole runs, with how close they come to the floor the arithmetic sets.
public enum Benchmark {
    public struct GemmShape: Sendable {
        public let m: Int, k: Int, n: Int
        public let label: String
        public init(m: Int, k: Int, n: Int, label: String) {
            self.m = m
            self.k = k
            self.n = n
            self.label = label
        }
        public var flop: Double { 2 * Double(m) * Double(k) * Double(n) }
    }

    /// A training batch's first layer, the evaluation's first layer, and a large square product.
    public static let shapes = [
        GemmShape(m: 10, k: 784, n: 100, label: "training batch, first layer"),
        GemmShape(m: 10_000, k: 784, n: 100, label: "test-set evaluation, first layer"),
        GemmShape(m: 2_000, k: 2_000, n: 2_000, label: "square 2000 (for reference)"),
    ]

    /// Best GFLOP/s of `repetitions` timed products after a warm-up, with `threads` BLAS threads.
    public static func gemmRate(_ shape: GemmShape, threads: Int, minimumSeconds: Double = 0.3) -> Double {
        BLAS.setThreadCount(threads)
        let a = Matrix(rows: shape.m, cols: shape.k, value: 0.5)
        let b = Matrix(rows: shape.k, cols: shape.n, value: 0.25)
        let c = Matrix(rows: shape.m, cols: shape.n)
        BLAS.multiply(a, b, into: c)
        let clock = ContinuousClock()
        var best = 0.0
        let deadline = clock.now + .milliseconds(Int(minimumSeconds * 1000))
        repeat {
            let start = clock.now
            let inner = max(1, Int(2e8 / shape.flop))
            for _ in 0..<inner { BLAS.multiply(a, b, into: c) }
            let seconds = (clock.now - start).seconds
            best = max(best, Double(inner) * shape.flop / seconds / 1e9)
        } while clock.now < deadline
        BLAS.setThreadCount(1)
        return best
    }
}
