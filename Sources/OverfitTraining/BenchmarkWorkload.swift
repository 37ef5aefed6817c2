import OverfitEngine

/// The runs `overfit bench` and `bench/compare` time: the lessons a learner waits for most.
public struct BenchmarkWorkload: Sendable {
    public let name: String
    public let summary: String
    public let settings: [(String, String)]
    /// Settings that are not knobs yet, set in code after `settings`.
    let configure: @Sendable (inout RunConfig) -> Void

    init(
        name: String, summary: String, settings: [(String, String)],
        configure: @escaping @Sendable (inout RunConfig) -> Void = { _ in }
    ) {
        self.name = name
        self.summary = summary
        self.settings = settings
        self.configure = configure
    }

    public static let all = [
        BenchmarkWorkload(
            name: "baseline", summary: "the lab slides' baseline: 300 images, 784-100×4-10, batch 10, 100 epochs",
            settings: []),
        BenchmarkWorkload(
            name: "rotation", summary: "the rotation lesson: 300 images + ±15°, ±30° copies (1,500), 100 epochs",
            settings: [("augment", "rotate")]),
        BenchmarkWorkload(
            name: "full", summary: "all 60,000 images, batch 100, 5 epochs",
            settings: [("train_size", "60000"), ("batch", "100"), ("epochs", "5")]),
        BenchmarkWorkload(
            name: "cnn",
            summary:
                "LeNet-like conv16,conv32,100 on 300 images, batch 10, 30 epochs, all 10,000 test images each epoch",
            settings: [("layers", "100"), ("epochs", "30")],
            configure: { $0.convolutions = [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)] }),
        BenchmarkWorkload(
            name: "cnn-lesson",
            summary:
                "the same CNN as a lesson runs it: 100 epochs, the first 1,000 test images each epoch, all 10,000 at the end",
            settings: [("layers", "100")],
            configure: {
                $0.convolutions = [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)]
                $0.testEvaluation = .sampled(first: 1_000)
            }),
    ]

    public static func named(_ name: String) -> BenchmarkWorkload? { all.first { $0.name == name } }

    public var config: RunConfig {
        var config = RunConfig()
        for (knob, value) in settings { try? config.set(knob, to: value) }
        configure(&config)
        return config
    }
}
