import OverfitData
import OverfitEngine
import OverfitTraining

/// Four classes of 28×28 images, each a bright bar in its own rows plus seeded noise: a run
/// on them takes a fraction of a second.
enum TinyData {
    static let shared = TrainingData(train: make(200, seed: 1, split: "train"), test: make(100, seed: 2, split: "test"))

    static func make(_ count: Int, seed: UInt64, split: String) -> Dataset {
        var generator = RandomGenerator(seed: seed)
        var pixels = [UInt8](repeating: 0, count: count * 784)
        for i in 0..<count {
            for p in 0..<784 { pixels[i * 784 + p] = UInt8(generator.nextIndex(below: 60)) }
            for row in (i % 4 * 6 + 2)..<(i % 4 * 6 + 6) {
                for col in 4..<24 { pixels[i * 784 + row * 28 + col] = 255 }
            }
        }
        return Dataset(
            source: "tiny", split: split, provenance: "bars", rows: 28, cols: 28, pixels: pixels,
            labels: (0..<count).map { UInt8($0 % 4) })
    }
}
