/// The runs `overfit bench` and `bench/compare` time: the lessons a learner waits for most.
public struct BenchmarkWorkload: Sendable {
    public let name: String
    public let summary: String
    public let settings: [(String, String)]

    public static let all = [
        BenchmarkWorkload(name: "baseline", summary: "seed 004's baseline: 300 images, 784-100×4-10, batch 10, 100 epochs",
                          settings: []),
        BenchmarkWorkload(name: "rotation", summary: "the rotation lesson: 300 images + ±15°, ±30° copies (1,500), 100 epochs",
                          settings: [("augment", "rotate")]),
        BenchmarkWorkload(name: "full", summary: "all 60,000 images, batch 100, 5 epochs",
                          settings: [("train_size", "60000"), ("batch", "100"), ("epochs", "5")]),
    ]

    public static func named(_ name: String) -> BenchmarkWorkload? { all.first { $0.name == name } }

    public var config: RunConfig {
        var config = RunConfig()
        for (knob, value) in settings { try? config.set(knob, to: value) }
        return config
    }
}
