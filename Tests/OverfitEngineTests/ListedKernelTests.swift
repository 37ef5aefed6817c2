import CKernels
import Testing

@testable import OverfitEngine

/// The products that start each chain at a bias, and the sparse product from pixels listed once
/// (`SparseRows`) with weights packed once (`SparseWeights`), give on every path the bits of the
/// fma chain written here: the bias, then one fma per term in increasing order, zeros (±0) skipped.
@Suite struct ListedKernelTests {
    typealias Identity = KernelIdentityTests

    /// Mostly zeros (±0), as pixels are, with the awkward values between, and a NaN when asked:
    /// C's != counts it as nonzero, so its outputs must turn NaN on every path.
    /// The nonzeros are drawn from 255 awkward values and the NaN (a listing's table holds 256),
    /// spread over the rows so that every code is used and rows differ.
    static func pixels(_ count: Int, seed: UInt64, nan: Bool) -> [Float] {
        let palette = Identity.awkwardValues(255, seed: seed).map { $0 == 0 ? Float(1) : $0 }
        var x = (0..<count).map { palette[($0 * 7_919 + $0 / 5) % palette.count] }
        for i in x.indices where i % 3 != 0 { x[i] = i % 7 == 0 ? -0.0 : 0 }
        // The last pixel: in the rows the test keeps (it skips the first), at a slice's end.
        if nan && count > 0 { x[count - 1] = .nan }
        return x
    }

    @Test func listedSparseProductMatchesTheFmaChainOnEveryPath() {
        // Slice edges in k (63, 64, 65, 784), column blocks and remainders of 8 and 16 in n (1…300),
        // tile edges in rows (31, 32, 33).
        let shapes = [
            (1, 1, 1), (3, 67, 5), (9, 50, 13), (33, 64, 100), (70, 130, 67), (31, 63, 104), (32, 65, 105),
            (40, 784, 100), (7, 784, 129), (3, 100, 300), (34, 128, 8), (2, 65, 16), (66, 200, 10),
        ]
        for (index, (rows, k, n)) in shapes.enumerated() {
            let x = Self.pixels(rows * k, seed: UInt64(600 + index), nan: index % 3 == 1)
            let w = Identity.awkwardValues(k * n, seed: UInt64(700 + index))
            let bias = Identity.awkwardValues(n, seed: UInt64(800 + index))
            // The definition, for the rows from `first` on.
            let first = rows > 2 ? 1 : 0, count = rows - first
            var expected = [Float](repeating: 0, count: count * n)
            for r in 0..<count {
                for j in 0..<n {
                    var sum = bias[j]
                    for p in 0..<k where x[(first + r) * k + p] != 0 {
                        sum = sum.addingProduct(x[(first + r) * k + p], w[p * n + j])
                    }
                    expected[r * n + j] = sum
                }
            }
            guard let listed = SparseRows(Matrix(rows: rows, cols: k, values: x)) else {
                Issue.record("\(rows)×\(k) pixels of at most 256 values were not listed")
                continue
            }
            let packed = SparseWeights(inputs: k, outputs: n)
            packed.pack(Matrix(rows: k, cols: n, values: w))
            for path in Identity.paths {
                // Outputs past the rows asked for must stay as they were.
                var out = [Float](repeating: -7, count: (count + 1) * n)
                bias.withUnsafeBufferPointer { bias in
                    out.withUnsafeMutableBufferPointer { out in
                        overfit_sparse_listed_multiply(
                            path.code, listed.masks, listed.rowStarts, listed.codes, listed.table, first, count, k,
                            packed.packed, n, bias.baseAddress, out.baseAddress)
                    }
                }
                let difference = Identity.difference(Array(out.prefix(count * n)), expected)
                #expect(
                    difference.isEmpty,
                    "\(path.name) listed x·w \(count) rows from \(first), k=\(k), n=\(n): \(difference)")
                #expect(
                    out.suffix(n).allSatisfy { $0 == -7 }, "\(path.name): wrote past \(count) rows (k=\(k), n=\(n))")
            }
        }
    }

    @Test func denseProductFromTheBiasMatchesTheFmaChainOnEveryPath() {
        let shapes = [(1, 1, 1), (7, 9, 0), (13, 100, 10), (64, 65, 66), (300, 10, 100), (15, 10, 7), (9, 33, 300)]
        for (index, (m, n, k)) in shapes.enumerated() {
            let a = Identity.awkwardValues(max(1, m * k), seed: UInt64(900 + index))
            let b = Identity.awkwardValues(max(1, k * n), seed: UInt64(950 + index))
            let bias = Identity.awkwardValues(n, seed: UInt64(990 + index))
            let start = (0..<m).flatMap { _ in bias }
            let expected = Identity.reference(
                m: m, n: n, k: k, a: { i, p in a[i * k + p] }, b: { p, j in b[p * n + j] }, start: start,
                accumulate: true)
            for path in Identity.paths {
                var c = [Float](repeating: .nan, count: m * n)
                overfit_gemm_bias(path.code, m, n, k, a, k, 1, b, n, 1, bias, &c, n)
                let difference = Identity.difference(c, expected)
                #expect(difference.isEmpty, "\(path.name): bias + \(m)×\(k)·\(k)×\(n): \(difference)")
            }
        }
    }

    /// Evaluation from the listed pixels gives the bits of evaluation from the pixels, on every
    /// path and thread count.
    @Test func inferFromListedPixelsMatchesInferFromPixels() throws {
        let network = Network(Architecture(inputs: 130, hidden: [20, 20], classes: 3), seed: 7)
        let x = Matrix(rows: 1100, cols: 130, values: Self.pixels(1100 * 130, seed: 11, nan: false))
        let listed = try #require(SparseRows(x))
        for path in KernelPath.supported {
            for threads in [1, 2] {
                Engine.withSettings(KernelSettings(path: path, threads: threads)) {
                    let want = network.infer(x.copy()).values.map(\.bitPattern)
                    let got = network.infer(x.copy(), listed: listed).values.map(\.bitPattern)
                    #expect(got == want, "\(path), \(threads) threads")
                }
            }
        }
    }

    /// A listing's table holds 256 values: pixels with 256 distinct nonzero values (every one
    /// coded, their bits exact, each NaN payload its own) list; a 257th value refuses the listing,
    /// and the layer then reads the pixels themselves.
    @Test func aListingHoldsAtMost256DistinctValues() throws {
        var values = Identity.awkwardValues(400, seed: 41).filter { $0 != 0 && !$0.isNaN }
        values = Array(Set(values.map(\.bitPattern))).sorted().prefix(254).map(Float.init(bitPattern:))
        values += [Float(bitPattern: 0x7FC0_0001), Float(bitPattern: 0xFFC0_0002)]
        #expect(values.count == 256)
        // Each value twice, between zeros, so that codes repeat and skip.
        let x: [Float] = values.flatMap { value -> [Float] in [value, 0, -0.0, value] }
        let listed = try #require(SparseRows(Matrix(rows: 8, cols: x.count / 8, values: x)))
        #expect(listed.nonzeros == 512)
        var listedBits: [UInt32] = []
        for r in 0..<8 {
            for i in Int(listed.rowStarts[r])..<Int(listed.rowStarts[r + 1]) {
                listedBits.append(listed.table[Int(listed.codes[i])].bitPattern)
            }
        }
        #expect(listedBits == values.flatMap { [$0.bitPattern, $0.bitPattern] })
        let more: [Float] = x + [Float(bitPattern: 0x3F80_0001)] + [Float](repeating: 0, count: 7)
        #expect(SparseRows(Matrix(rows: 8, cols: more.count / 8, values: more)) == nil)
    }
}
