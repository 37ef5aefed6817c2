import OverfitEngine
import Testing

@testable import OverfitData

/// Random training labels: exactly the fraction asked, from a stream of their own, replayable.
@Suite("Label noise")
struct LabelNoiseTests {
    @Test(arguments: [(0.0, 0), (0.2, 60), (0.5, 150), (1.0, 300), (0.0017, 1), (0.0016, 0)])
    func exactlyTheFractionIsRedrawn(fraction: Double, expected: Int) {
        let replacements = LabelNoise.replacements(count: 300, fraction: fraction, classes: 10, seed: 7)
        #expect(replacements.count == expected)
        #expect(Set(replacements.map(\.index)).count == expected, "positions are distinct")
        #expect(replacements.allSatisfy { (0..<300).contains($0.index) && $0.label < 10 })
    }

    /// Only the chosen positions change; the new labels are spread over all classes (a fair
    /// draw of 3,000 labels puts 200-400 in each of 10 classes).
    @Test func onlyTheChosenLabelsChangeAndAllClassesAppear() {
        let original = Dataset(
            source: "test", split: "train", provenance: "all 3000", rows: 1, cols: 2,
            pixels: (0..<6_000).map { UInt8($0 % 256) }, labels: (0..<3_000).map { UInt8($0 % 10) })
        let noisy = original.withLabelNoise(fraction: 1, classes: 10, seed: 3)
        #expect(noisy.pixels == original.pixels)
        var counts = [Int](repeating: 0, count: 10)
        for label in noisy.labels { counts[Int(label)] += 1 }
        #expect(counts.allSatisfy { (200...400).contains($0) }, "\(counts)")
        let partial = original.withLabelNoise(fraction: 0.3, classes: 10, seed: 3)
        let chosen = Set(LabelNoise.replacements(count: 3_000, fraction: 0.3, classes: 10, seed: 3).map(\.index))
        for i in 0..<3_000 where !chosen.contains(i) { #expect(partial.labels[i] == original.labels[i]) }
        #expect(partial.provenance == "all 3000 + label noise 30% (900 labels redrawn)")
    }

    /// The same seed draws the same labels; another seed others; and the draws are the
    /// "label-noise" stream's own, not the seed's plain generator or the shuffle's.
    @Test func drawsAreSeededAndFromTheirOwnStream() {
        let a = LabelNoise.replacements(count: 300, fraction: 0.2, classes: 10, seed: 1)
        #expect(a == LabelNoise.replacements(count: 300, fraction: 0.2, classes: 10, seed: 1))
        #expect(a != LabelNoise.replacements(count: 300, fraction: 0.2, classes: 10, seed: 2))
        var own = RandomGenerator(seed: 1, stream: "label-noise")
        #expect(a[0].index == own.nextIndex(below: 300))
        var shuffle = RandomGenerator(seed: 1, stream: "shuffle")
        var plain = RandomGenerator(seed: 1)
        let firstOthers = [shuffle.nextIndex(below: 300), plain.nextIndex(below: 300)]
        #expect(!firstOthers.allSatisfy { $0 == a[0].index })
    }
}
