import OverfitEngine
import Testing

@testable import OverfitData

@Suite("Dataset")
struct DatasetTests {
    @Test("first, slice and image(at:) keep images and labels together")
    func firstAndSlice() {
        let data = numberedDataset(count: 12)
        let head = data.first(5)
        #expect(head.count == 5 && head.labels == [0, 1, 2, 3, 4])
        #expect(head.provenance == "first 5")
        #expect(Array(head.image(at: 4)) == [UInt8](repeating: 5, count: 16))
        let middle = data.slice(3..<7)
        #expect(middle.labels == [3, 4, 5, 6])
        #expect(middle.image(at: 0).allSatisfy { $0 == 4 })
        #expect(middle.provenance == "images 3..<7")
        #expect(head.first(2).provenance == "first 2 of [first 5]")
    }

    @Test("randomSubset draws distinct images, reproducibly per seed")
    func randomSubset() {
        let data = numberedDataset(count: 50)
        let a = data.randomSubset(20, seed: 4)
        let b = data.randomSubset(20, seed: 4)
        let c = data.randomSubset(20, seed: 5)
        #expect(a.pixels == b.pixels && a.labels == b.labels)
        #expect(a.pixels != c.pixels)
        #expect(a.provenance == "random 20 (seed 4)")
        // Image i is filled with i + 1, so the first pixel of each names the original index.
        let originals = (0..<20).map { Int(a.image(at: $0).first ?? 0) - 1 }
        #expect(Set(originals).count == 20)
        for (position, original) in originals.enumerated() {
            #expect(a.labels[position] == UInt8(original % 10))
        }
    }

    /// Across seeds, every image is as likely to be drawn as any other (20 of 50: 40%), and to
    /// come first (1 in 50): a subset is a fair draw, not a slice in disguise. Bounds are five
    /// standard deviations of the binomial counts, so a fair draw passes on any machine.
    @Test("randomSubset draws every image equally often, in any position")
    func randomSubsetIsFair() {
        let data = numberedDataset(count: 50)
        let seeds = 2_000
        var drawn = [Int](repeating: 0, count: 50), first = [Int](repeating: 0, count: 50)
        for seed in 0..<seeds {
            let subset = data.randomSubset(20, seed: UInt64(seed))
            for position in 0..<20 { drawn[Int(subset.image(at: position).first ?? 0) - 1] += 1 }
            first[Int(subset.image(at: 0).first ?? 0) - 1] += 1
        }
        func band(_ p: Double) -> ClosedRange<Int> {
            let mean = Double(seeds) * p, spread = 5 * (mean * (1 - p)).squareRoot()
            return Int((mean - spread).rounded(.up))...Int(mean + spread)
        }
        #expect(drawn.allSatisfy { band(0.4).contains($0) }, "times each image was drawn: \(drawn)")
        #expect(first.allSatisfy { band(1.0 / 50).contains($0) }, "times each image came first: \(first)")
    }

    @Test("concatenated appends images and labels")
    func concatenated() {
        let data = numberedDataset(count: 6)
        let joined = data.first(2).concatenated(with: data.slice(4..<6))
        #expect(joined.count == 4 && joined.labels == [0, 1, 4, 5])
        #expect(joined.image(at: 2).allSatisfy { $0 == 5 })
        #expect(joined.provenance == "first 2 + images 4..<6 (4)")
    }

    @Test("labelCounts counts every digit")
    func labelCounts() {
        let counts = numberedDataset(count: 23).labelCounts
        #expect(counts == [3, 3, 3, 2, 2, 2, 2, 2, 2, 2])
    }

    @Test("fillBatch and fillRange write pixel/255 rows")
    func fillBatch() {
        var pixels = [UInt8](repeating: 0, count: 3 * 4)
        pixels[0] = 255; pixels[5] = 51; pixels[11] = 1
        let data = Dataset(
            source: "t", split: "train", provenance: "all 3", rows: 2, cols: 2,
            pixels: pixels, labels: [0, 1, 2])
        var batch = [Float](repeating: -1, count: 8)
        let indices: [Int32] = [2, 0]
        indices.withUnsafeBufferPointer { list in
            batch.withUnsafeMutableBufferPointer { data.fillBatch(indices: list, into: $0.baseAddress!) }
        }
        #expect(batch == [0, 0, 0, Float(1) / 255, 1, 0, 0, 0])
        var viaInts = [Float](repeating: -1, count: 8)
        viaInts.withUnsafeMutableBufferPointer { data.fillBatch(indices: [2, 0], into: $0.baseAddress!) }
        #expect(viaInts == batch)
        let order = [1, 2, 0]
        viaInts.withUnsafeMutableBufferPointer { data.fillBatch(indices: order[1..<3], into: $0.baseAddress!) }
        #expect(viaInts == batch)
        var range = [Float](repeating: -1, count: 4)
        range.withUnsafeMutableBufferPointer { data.fillRange(1..<2, into: $0.baseAddress!) }
        #expect(range == [0, Float(51) / 255, 0, 0])
        #expect(Float(51) / 255 == 0.2)
    }

    @Test("withRotations keeps the originals first, then one block per angle")
    func withRotations() {
        let data = numberedDataset(count: 3, rows: 9, cols: 9)
        let angles: [Double] = [-15, -30, 15, 30]
        let rotated = data.withRotations(angles)
        #expect(rotated.count == 15)
        #expect(rotated.labels == [0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2])
        #expect(rotated.provenance == "all 3 + rotations -15,-30,15,30 (15)")
        #expect(Array(rotated.pixels[0..<243]) == data.pixels)
        for (block, angle) in angles.enumerated() {
            for index in 0..<3 {
                let expected = ImageTransform.rotated(data.image(at: index), rows: 9, cols: 9, degrees: angle)
                #expect(Array(rotated.image(at: (block + 1) * 3 + index)) == expected)
            }
        }
    }

    @Test("randomlyTransformed is reproducible and keeps labels")
    func randomlyTransformed() {
        let data = numberedDataset(count: 8, rows: 9, cols: 9)
        var g1 = RandomGenerator(seed: 1, stream: "augment")
        var g2 = RandomGenerator(seed: 1, stream: "augment")
        let a = data.randomlyTransformed(maxDegrees: 20, maxShift: 2, generator: &g1)
        let b = data.randomlyTransformed(maxDegrees: 20, maxShift: 2, generator: &g2)
        #expect(a.pixels == b.pixels && a.labels == data.labels && a.count == 8)
        #expect(a.pixels != data.pixels)
        #expect(a.provenance == "all 8 + random rotation ±20° and shift ±2 px")
        var g3 = RandomGenerator(seed: 1, stream: "augment")
        #expect(data.randomlyTransformed(maxDegrees: 0, maxShift: 0, generator: &g3).pixels == data.pixels)
    }
}
