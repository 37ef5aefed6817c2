import OverfitData
import OverfitEngine
import OverfitTraining
import Testing

/// Whole runs on the real MNIST give the same bits under every kernel path this CPU runs and
/// under 1 and 2 threads: what lets a session written on one machine replay on another.
///
/// Cost (release, this 2-core machine, measured alone): about 25 s of CPU for the four
/// configs under two paths × two thread counts; the portable path is the slowest part.
@Suite(.serialized) struct PathIdentityTests {
    /// Each path × thread count, the fastest path with 2 threads first (the reference).
    static let settings: [KernelSettings] = KernelPath.supported.reversed().flatMap { path in
        [KernelSettings(path: path, threads: 2), KernelSettings(path: path, threads: 1)]
    }

    static func config(_ pairs: [(String, String)]) throws -> RunConfig {
        var config = RunConfig()
        for (name, value) in pairs { try config.set(name, to: value) }
        return config
    }

    /// Everything a run reports, as bits: figures per epoch, status, predictions.
    static func fingerprint(_ result: RunResult) -> [String] {
        result.history.map { m in
            [
                m.trainLoss, m.trainPenalty, m.trainAccuracy, m.validationLoss ?? -1, m.validationAccuracy ?? -1,
                m.testLoss, m.testAccuracy,
            ].map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
        } + ["\(result.status) \(result.restoredEpoch ?? 0)", result.testPredictions.map(String.init).joined()]
    }

    /// conv16 → pool → conv32 → pool → 100 → 10 (the LeNet-style network of the cnn tests), as
    /// `set layers conv16,conv32,100` gives it.
    static func convolutional(_ pairs: [(String, String)]) throws -> RunConfig {
        var config = try config([("layers", "100")] + pairs)
        config.convolutions = [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)]
        return config
    }

    /// The real MNIST, or its first `testImages` test images only (a convolutional network costs
    /// ten MLPs per image: the whole test set under four settings would be most of the suite's time).
    static func realData(testImages: Int? = nil) throws -> TrainingData {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        guard let testImages else { return data }
        return TrainingData(train: data.train, test: data.test.first(testImages))
    }

    func expectIdenticalUnderEverySetting(_ config: RunConfig, _ name: String, testImages: Int? = nil) throws {
        let trainer = Trainer(data: try Self.realData(testImages: testImages))
        var reference: [String]?
        for settings in Self.settings {
            let result = try Engine.withSettings(settings) { try trainer.run(config) }
            #expect(result.history.count == config.epochs)
            let bits = Self.fingerprint(result)
            if let reference {
                // Compared as a Bool, so that a failure prints the first difference, not two histories.
                let same = bits == reference, first = Array(zip(reference, bits)).firstIndex { $0 != $1 }
                #expect(
                    same,
                    """
                    \(name) under \(settings.path) × \(settings.threads) threads differs from \(Self.settings[0].path) × \
                    \(Self.settings[0].threads) at epoch \(first.map { $0 + 1 } ?? -1): \(first.map { bits[$0].prefix(80) } ?? "")
                    """)
            } else {
                reference = bits
            }
        }
    }

    /// The lab slides' baseline, all 100 epochs.
    @Test func baseline() throws {
        try expectIdenticalUnderEverySetting(RunConfig(), "baseline")
    }

    @Test func batchNormAndDropout() throws {
        try expectIdenticalUnderEverySetting(
            try Self.config([("batchnorm", "on"), ("dropout", "0.2"), ("epochs", "15")]),
            "batch norm + dropout")
    }

    /// Fixed rotated copies (sin and cos in the data) and random turns and shifts each epoch.
    @Test func rotations() throws {
        try expectIdenticalUnderEverySetting(try Self.config([("augment", "rotate"), ("epochs", "10")]), "rotate")
        try expectIdenticalUnderEverySetting(
            try Self.config([("augment", "random"), ("epochs", "5"), ("init", "he")]), "random")
    }

    /// One epoch of all 60,000 images: long chains (batch 100), thousands of steps.
    @Test func fullDataEpoch() throws {
        try expectIdenticalUnderEverySetting(
            try Self.config([("train_size", "60000"), ("batch", "100"), ("epochs", "1")]),
            "60,000 images")
    }

    /// Convolutions: im2col products in all three shapes, col2im's sums, the bias column sums and
    /// max-pool, with dropout after them; 300 images, 2 epochs, 1,000 test images.
    @Test func convolutions() throws {
        try expectIdenticalUnderEverySetting(
            try Self.convolutional([("epochs", "2"), ("dropout", "0.2")]),
            "conv16,conv32,100", testImages: 1_000)
    }
}
