import CKernels
import Testing

@testable import OverfitEngine

/// Every product path gives the bits of a plain fma chain written here, on awkward inputs:
/// sizes 1…67 (every SIMD remainder), k = 0, zeros of both signs, negatives, subnormals, each
/// operand plain or transposed, starting from zero or from C; and under 1 and 2 threads.
@Suite struct KernelIdentityTests {
    /// Paths to compare: those this CPU runs, and the portable C built without FMA instructions
    /// (each fmaf a call into the C library), which processors without FMA run.
    static let paths: [(name: String, code: Int32)] =
        KernelPath.supported.map { ($0.rawValue, $0.code) }
        + [("portable, C library fmaf", Int32(OVERFIT_PATH_PORTABLE_LIBM))]

    /// Values with every case the order of operations could show: signed zeros, subnormals,
    /// magnitudes from 1e-30 to 1e3, both signs.
    static func awkwardValues(_ count: Int, seed: UInt64) -> [Float] {
        var generator = RandomGenerator(seed: seed)
        return (0..<count).map { _ in
            switch generator.nextIndex(below: 10) {
            case 0: return 0
            case 1: return -0.0
            case 2: return Float(bitPattern: UInt32(generator.nextIndex(below: 0x7F_FFFF) + 1))  // subnormal
            case 3: return generator.uniform(-1, 1) * 1e-30
            case 4: return generator.uniform(-1000, 1000)
            default: return generator.uniform(-2, 2)
            }
        }
    }

    /// C(i, j) = fma chain over p of A(i, p)·B(p, j), from +0 or C: the definition.
    static func reference(
        m: Int, n: Int, k: Int, a: (Int, Int) -> Float, b: (Int, Int) -> Float,
        start: [Float], accumulate: Bool
    ) -> [Float] {
        var c = accumulate ? start : [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = c[i * n + j]
                for p in 0..<k { sum = sum.addingProduct(a(i, p), b(p, j)) }
                c[i * n + j] = sum
            }
        }
        return c
    }

    static func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    /// "" when both hold the same bits, else where and how they first differ.
    static func difference(_ got: [Float], _ want: [Float]) -> String {
        guard let i = got.indices.first(where: { got[$0].bitPattern != want[$0].bitPattern }) else { return "" }
        return "output \(i) is \(got[i]) (0x\(String(got[i].bitPattern, radix: 16))), the fma chain gives \(want[i])"
    }

    @Test(arguments: [false, true])
    func denseProductsMatchTheFmaChainOnEveryPath(accumulate: Bool) {
        var generator = RandomGenerator(seed: accumulate ? 11 : 12)
        // Small shapes cover every remainder; one large one covers code that only large products reach.
        var shapes = [
            (1, 1, 1), (1, 67, 0), (67, 1, 67), (7, 9, 0), (6, 16, 100), (13, 100, 10), (64, 65, 66), (300, 100, 100),
            // Up to 10 columns, 16 rows in lanes (AVX-512): whole and partial blocks of 16 terms and rows.
            (16, 10, 100), (33, 10, 17), (48, 3, 16), (17, 7, 1), (32, 10, 0), (300, 10, 100), (31, 1, 15),
        ]
        for _ in 0..<40 {
            shapes.append(
                (generator.nextIndex(below: 67) + 1, generator.nextIndex(below: 67) + 1, generator.nextIndex(below: 68))
            )
        }
        for (index, (m, n, k)) in shapes.enumerated() {
            for (opA, opB) in [
                (Kernels.Operand.plain, Kernels.Operand.plain), (.transposed, .plain), (.plain, .transposed),
                (.transposed, .transposed),
            ] {
                let a = Self.awkwardValues(max(1, m * k), seed: UInt64(index * 4 + 1))
                let b = Self.awkwardValues(max(1, k * n), seed: UInt64(index * 4 + 2))
                let start = Self.awkwardValues(m * n, seed: UInt64(index * 4 + 3))
                // Stored shapes: A is m×k (or k×m transposed), B is k×n (or n×k).
                let lda = opA == .plain ? k : m, ldb = opB == .plain ? n : k
                let expected = Self.reference(
                    m: m, n: n, k: k,
                    a: { i, p in opA == .plain ? a[i * lda + p] : a[p * lda + i] },
                    b: { p, j in opB == .plain ? b[p * ldb + j] : b[j * ldb + p] },
                    start: start, accumulate: accumulate)
                for path in Self.paths {
                    var c = start
                    a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in
                            c.withUnsafeMutableBufferPointer { c in
                                overfit_gemm(
                                    path.code, m, n, k, a.baseAddress, opA == .plain ? lda : 1, opA == .plain ? 1 : lda,
                                    b.baseAddress, opB == .plain ? ldb : 1, opB == .plain ? 1 : ldb,
                                    c.baseAddress, n, accumulate ? 1 : 0)
                            }
                        }
                    }
                    let difference = Self.difference(c, expected)
                    #expect(difference.isEmpty, "\(path.name): \(m)×\(k)·\(k)×\(n) \(opA)·\(opB): \(difference)")
                }
            }
        }
    }

    @Test func sparseProductsMatchTheFmaChainOnEveryPath() {
        for (index, (rows, k, n)) in [(1, 1, 1), (3, 67, 5), (9, 50, 13), (33, 64, 100), (70, 130, 67), (5, 0, 3)]
            .enumerated()
        {
            var x = Self.awkwardValues(rows * k, seed: UInt64(100 + index))
            // Mostly zeros, as pixels are, with -0 among them.
            for i in x.indices where i % 3 != 0 { x[i] = i % 7 == 0 ? -0.0 : 0 }
            // A NaN pixel counts as nonzero (C's !=), in the products and in the rows they write.
            if k > 1 { x[k - 1] = .nan }
            let w = Self.awkwardValues(k * n + Matrix.slack, seed: UInt64(200 + index))
            let dy = Self.awkwardValues(rows * n, seed: UInt64(300 + index))
            let out = Self.awkwardValues(rows * n, seed: UInt64(400 + index))
            let dw = Self.awkwardValues(k * n, seed: UInt64(500 + index))
            // The definition: zero terms (±0) are skipped, the others chained in increasing index order.
            var left = out, transposed = dw
            for r in 0..<rows {
                for p in 0..<k where x[r * k + p] != 0 {
                    for j in 0..<n {
                        left[r * n + j] = left[r * n + j].addingProduct(x[r * k + p], w[p * n + j])
                        transposed[p * n + j] = transposed[p * n + j].addingProduct(x[r * k + p], dy[r * n + j])
                    }
                }
            }
            // The rows of dw the product writes: the columns where some row of x is nonzero (NaN too).
            var columns = [UInt64](repeating: 0, count: (k + 63) / 64)
            for p in 0..<k where (0..<rows).contains(where: { x[$0 * k + p] != 0 }) {
                columns[p / 64] |= 1 << UInt64(p % 64)
            }
            for path in Self.paths {
                var leftOut = out, transposedOut = dw
                var touched = [UInt64](repeating: .max, count: (k + 63) / 64 + 1)
                overfit_sparse_left_multiply(path.code, x, rows, k, w, n, &leftOut)
                overfit_sparse_transposed_multiply(path.code, x, rows, k, dy, n, &transposedOut, &touched)
                #expect(
                    Array(touched.prefix(columns.count)) == columns && touched.last == .max,
                    "\(path.name) columns used \(rows)×\(k): \(touched) against \(columns)")
                let leftDifference = Self.difference(leftOut, left),
                    transposedDifference = Self.difference(transposedOut, transposed)
                #expect(leftDifference.isEmpty, "\(path.name) x·w \(rows)×\(k)·\(k)×\(n): \(leftDifference)")
                #expect(
                    transposedDifference.isEmpty,
                    "\(path.name) xᵀ·dy \(rows)×\(k)·\(rows)×\(n): \(transposedDifference)")
            }
        }
    }

    /// A training step's sparse weight gradient, set instead of added (`sparseTransposedProduct`):
    /// the touched rows hold exactly what zeroing them and adding xᵀ·dy gives, every other row keeps
    /// its bits. Rows past 64 and 128 come in later tiles of the SIMD kernel, some pixels lit only
    /// there (their chains must start at +0 there, not earlier); columns past 104 in a second pass.
    @Test func sparseGradientSetMatchesZeroingThenAddingOnEveryPath() {
        for (index, (rows, k, n)) in [
            (1, 1, 1), (10, 784, 100), (70, 130, 67), (150, 200, 130), (5, 0, 3), (66, 65, 8),
        ]
        .enumerated() {
            var x = [Float](repeating: 0, count: rows * k)
            let values = Self.awkwardValues(rows * k, seed: UInt64(900 + index))
            for r in 0..<rows {
                for p in 0..<k {
                    // Pixels past the middle only from row 64 on (a later tile), a few NaNs, -0s.
                    let lit = (p * 7 + r * 3) % 5 == 0 && (p < k / 2 || r >= 64)
                    x[r * k + p] = lit ? ((r + p) % 97 == 0 ? .nan : values[r * k + p]) : ((r + p) % 4 == 0 ? -0.0 : 0)
                }
            }
            let dy = Self.awkwardValues(rows * n, seed: UInt64(1000 + index))
            let before = Self.awkwardValues(k * n, seed: UInt64(1100 + index))
            var columns = [UInt64](repeating: 0, count: (k + 63) / 64)
            for p in 0..<k where (0..<rows).contains(where: { x[$0 * k + p] != 0 }) {
                columns[p / 64] |= 1 << UInt64(p % 64)
            }
            // The definition: touched rows zeroed, then the nonzero terms chained in row order.
            var expected = before
            for p in 0..<k where columns[p / 64] >> UInt64(p % 64) & 1 == 1 {
                for j in 0..<n { expected[p * n + j] = 0 }
            }
            for r in 0..<rows {
                for p in 0..<k where x[r * k + p] != 0 {
                    for j in 0..<n {
                        expected[p * n + j] = expected[p * n + j].addingProduct(x[r * k + p], dy[r * n + j])
                    }
                }
            }
            for path in Self.paths {
                var dw = before
                var touched = [UInt64](repeating: .max, count: (k + 63) / 64 + 1)
                overfit_sparse_transposed_product(path.code, x, rows, k, dy, n, &dw, &touched)
                #expect(
                    Array(touched.prefix(columns.count)) == columns && touched.last == .max,
                    "\(path.name) rows set \(rows)×\(k): \(touched) against \(columns)")
                let difference = Self.difference(dw, expected)
                #expect(difference.isEmpty, "\(path.name) dw = xᵀ·dy \(rows)×\(k)·\(rows)×\(n): \(difference)")
            }
        }
    }

    /// Every byte, as a pixel, on every path: Swift's Float(b) / 255, bit for bit (the pixels of
    /// every batch and every evaluation go through it).
    @Test func pixelsScaleAsSwiftDividesThem() {
        // Three rounds of 0...255, from an odd offset, so the vector loops' edges see every value.
        let count = 3 * 256 + 5
        let bytes: [UInt8] = (0..<count).map { (index: Int) -> UInt8 in UInt8(truncatingIfNeeded: index + 3) }
        let want: [UInt32] = bytes.map { (byte: UInt8) -> UInt32 in (Float(byte) / 255).bitPattern }
        for path in Self.paths {
            var out = [Float](repeating: -1, count: count)
            overfit_scale_pixels(path.code, bytes, count, &out)
            let got: [UInt32] = out.map { (value: Float) -> UInt32 in value.bitPattern }
            #expect(got == want, "\(path.name)")
        }
    }

    /// Splitting C's rows between threads leaves every bit where it was.
    @Test func threadsSplitRowsWithoutChangingABit() {
        let a = Matrix(rows: 67, cols: 45, values: Self.awkwardValues(67 * 45, seed: 1))
        let b = Matrix(rows: 45, cols: 33, values: Self.awkwardValues(45 * 33, seed: 2))
        for path in KernelPath.supported {
            var results: [[UInt32]] = []
            for threads in [1, 2, 3] {
                let c = Matrix(rows: 67, cols: 33)
                Engine.withSettings(KernelSettings(path: path, threads: threads)) {
                    Kernels.multiply(a, b, into: c, threads: threads, minimumRows: 1)
                }
                results.append(Self.bits(c.values))
            }
            #expect(results[0] == results[1] && results[1] == results[2], "\(path)")
        }
    }
}
