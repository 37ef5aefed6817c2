import OverfitEngine

/// In-process measurements for `overfit bench`: our product kernel's speed (`Kernels`, the
/// thread's path) on the lessons' shapes and the wall
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

    /// The lessons' shapes: a training batch's hidden layer, and the evaluation's first layer
    /// taken as dense (the engine skips its zero pixels instead; the rate sets the floor).
    public static let shapes = [
        GemmShape(m: 10, k: 100, n: 100, label: "training batch 10, hidden layer"),
        GemmShape(m: 100, k: 100, n: 100, label: "training batch 100, hidden layer"),
        GemmShape(m: 10_000, k: 784, n: 100, label: "test-set evaluation, first layer"),
    ]

    /// Best GFLOP/s of timed products after a warm-up, with C's rows split between `threads`.
    public static func gemmRate(_ shape: GemmShape, threads: Int, minimumSeconds: Double = 0.3) -> Double {
        let a = Matrix(rows: shape.m, cols: shape.k, value: 0.5)
        let b = Matrix(rows: shape.k, cols: shape.n, value: 0.25)
        let c = Matrix(rows: shape.m, cols: shape.n)
        Kernels.multiply(a, b, into: c, threads: threads)
        let clock = ContinuousClock()
        var best = 0.0
        let deadline = clock.now + .milliseconds(Int(minimumSeconds * 1000))
        repeat {
            let start = clock.now
            let inner = max(1, Int(2e8 / shape.flop))
            for _ in 0..<inner { Kernels.multiply(a, b, into: c, threads: threads) }
            let seconds = (clock.now - start).seconds
            best = max(best, Double(inner) * shape.flop / seconds / 1e9)
        } while clock.now < deadline
        return best
    }
}
