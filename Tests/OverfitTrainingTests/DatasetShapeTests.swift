import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// A dataset that is not MNIST: the network's input follows the image size and its output the
/// classes; noisy labels touch the training images only.
@Suite struct DatasetShapeTests {
    /// 3 classes of 10×12 images: a bright column at 2, 5 or 8, plus noise.
    static func columns(train: Int = 120, test: Int = 60) -> TrainingData {
        func make(_ count: Int, seed: UInt64, split: String) -> Dataset {
            var generator = RandomGenerator(seed: seed)
            var pixels = [UInt8](repeating: 0, count: count * 120), labels = [UInt8](repeating: 0, count: count)
            for i in 0..<count {
                labels[i] = UInt8(i % 3)
                for p in 0..<120 { pixels[i * 120 + p] = UInt8(generator.nextIndex(below: 50)) }
                for row in 0..<10 { pixels[i * 120 + row * 12 + 2 + 3 * (i % 3)] = 255 }
            }
            return Dataset(
                source: "columns", split: split, provenance: "generated", rows: 10, cols: 12, pixels: pixels,
                labels: labels)
        }
        return TrainingData(
            train: make(train, seed: 1, split: "train"), test: make(test, seed: 2, split: "test"),
            classNames: ["left", "middle", "right"])
    }

    @Test(arguments: [[], [ConvolutionStage(channels: 4, kernel: 3)]])
    func inputAndOutputFollowTheData(stages: [ConvolutionStage]) throws {
        let data = Self.columns()
        var config = try TrainerTests.config([("train_size", "120"), ("layers", "8")])
        config.convolutions = stages
        // 120 inputs or 4·5·4 = 80 after conv4k3 (10×12 → 8×10 → 4×5); 3 outputs.
        let dense = stages.isEmpty ? 120 * 8 + 8 : (9 * 4 + 4) + 80 * 8 + 8
        #expect(try config.parameterCount(for: data) == dense + 8 * 3 + 3)
        let result = try Trainer(data: data).run(config)
        #expect(result.status == .finished && (result.final?.testAccuracy ?? 0) > 0.9)
        #expect(result.testPredictions.allSatisfy { $0 < 3 })
    }

    @Test func classesDefaultToTheLargestLabel() {
        let tiny = TrainerTests.tinyData()
        #expect(tiny.classes == 4 && tiny.classNames == ["0", "1", "2", "3"])
        #expect(tiny.image == ImageShape(height: 28, width: 28, channels: 1))
    }

    /// Noise lands on the images trained on: exactly round(0.5 · 150) = 75 draws, the same
    /// whatever dropout, augmentation or shuffling draw; validation and test labels stay true.
    @Test func labelNoiseTouchesTrainingLabelsOnly() throws {
        let data = TrainerTests.tinyData()
        var config = try TrainerTests.config([("val_size", "50")])
        config.labelNoise = 0.5
        let sets = TrainingSets(config: config, data: data)
        let clean = data.train.first(150)
        let draws = LabelNoise.replacements(count: 150, fraction: 0.5, classes: 4, seed: 0)
        #expect(draws.count == 75)
        var expected = clean.labels
        for draw in draws { expected[draw.index] = draw.label }
        #expect(sets.trainingOriginal.labels == expected && sets.trainingOriginal.labels != clean.labels)
        #expect(sets.validation?.labels == Array(data.train.labels[150..<200]))
        #expect(sets.test.labels == data.test.labels)
        var other = config
        try other.set("dropout", to: "0.3")
        try other.set("augment", to: "rotate")
        let rotated = TrainingSets(config: other, data: data)
        #expect(rotated.trainingOriginal.labels == expected)
        #expect(
            rotated.training.labels == Array(repeating: expected, count: 5).flatMap { $0 },
            "copies keep the noisy label")
        var reseeded = config
        reseeded.seed = 1
        #expect(TrainingSets(config: reseeded, data: data).trainingOriginal.labels != expected)
    }

    /// Random labels can still be learnt by heart: train accuracy (measured on the labels
    /// trained on) reaches 100% while test accuracy stays near chance.
    @Test func randomLabelsAreMemorised() throws {
        var config = try TrainerTests.config([
            ("train_size", "20"), ("layers", "256"), ("epochs", "80"), ("batch", "10"),
            ("optimizer", "adam"), ("lr", "0.005"),
        ])
        config.labelNoise = 1
        let result = try Trainer(data: TrainerTests.tinyData()).run(config)
        let final = try #require(result.final)
        #expect(final.trainAccuracy == 1)
        #expect(final.testAccuracy < 0.5, "4 classes: chance is 25%")
    }
}
