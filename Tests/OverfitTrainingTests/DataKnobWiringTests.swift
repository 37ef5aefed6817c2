import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// Each of issue 14's knobs, set as a learner sets it, reaches the engine: the dataset the
/// trainer loads, the labels it trains on, the test images it measures, the layers it builds.
/// (The table-wide `KnobWiringTests` checks each of them too; these look closer.)
@Suite struct DataKnobWiringTests {
    /// 100 training and 40 test images of `side`×`side` in `classes` classes, bars by class.
    static func data(side: Int = 28, classes: Int = 4) -> TrainingData {
        func make(_ count: Int, seed: UInt64, split: String) -> Dataset {
            var generator = RandomGenerator(seed: seed)
            var pixels = [UInt8](repeating: 0, count: count * side * side)
            var labels = [UInt8](repeating: 0, count: count)
            for index in 0..<count {
                let label = index % classes
                labels[index] = UInt8(label)
                for pixel in 0..<(side * side) {
                    pixels[index * side * side + pixel] = UInt8(generator.nextIndex(below: 60))
                }
                let row = label * side / classes
                for col in 0..<side { pixels[index * side * side + row * side + col] = 255 }
            }
            return Dataset(
                source: "bars", split: split, provenance: "generated", rows: side, cols: side, pixels: pixels,
                labels: labels)
        }
        return TrainingData(
            train: make(100, seed: 1, split: "train"), test: make(40, seed: 2, split: "test"),
            classNames: (0..<classes).map(String.init))
    }

    /// 100 images, one hidden layer of 16, 3 epochs, then `text` (which may set layers again).
    static func config(_ text: String) throws -> RunConfig {
        let base = try KnobSettings(parsing: "train_size 100 layers 16 epochs 3").applied(to: RunConfig())
        return try KnobSettings(parsing: text).applied(to: base)
    }

    /// The figures without wall-clock times.
    static func figures(_ result: RunResult) -> [[Double?]] {
        result.history.map {
            [$0.trainLoss, $0.trainAccuracy, $0.testLoss, $0.testAccuracy, $0.sampledTestImages.map(Double.init)]
        }
    }

    @Test func datasetPicksWhichImagesTheTrainerLoads() throws {
        var asked: [DatasetSource] = []
        let trainers = Trainers { source in
            asked.append(source)
            return source == .fashion ? Self.data(side: 12, classes: 3) : Self.data()
        }
        let fashion = try trainers.run(try Self.config("dataset fashion"))
        let mnist = try trainers.run(try Self.config(""))
        _ = try trainers.run(try Self.config("dataset FASHION seed 1"))
        // Loaded once each, kept apart: the network followed each dataset's size and classes.
        #expect(asked == [.fashion, .mnist])
        #expect(try trainers.trainer(for: .fashion).data.image.count == 144)
        #expect(
            try Self.config("dataset fashion").parameterCount(for: Self.data(side: 12, classes: 3)) == 144 * 16 + 16
                + 16 * 3 + 3)
        #expect(fashion.testPredictions.allSatisfy { $0 < 3 } && fashion.config.dataset == .fashion)
        #expect(mnist.config.dataset == .mnist && Self.figures(mnist) != Self.figures(fashion))
        #expect(try Self.config("dataset /tmp/own").dataset == .directory("/tmp/own"))
    }

    @Test func labelNoiseChangesTheTrainingLabelsOnly() throws {
        let trainer = Trainer(data: Self.data())
        let clean = try trainer.run(try Self.config(""))
        let zero = try trainer.run(try Self.config("label_noise 0"))
        let noisy = try trainer.run(try Self.config("label_noise 1"))
        #expect(Self.figures(zero) == Self.figures(clean))
        // All labels redrawn: the network learns them instead of the bars.
        #expect(noisy.history.last!.trainLoss != clean.history.last!.trainLoss)
        #expect(noisy.final!.testAccuracy < clean.final!.testAccuracy)
        #expect(trainer.data.test.labels == Self.data().test.labels)
    }

    @Test func testEvalMeasuresTheFirstImagesThenAllOfThemAtTheEnd() throws {
        let trainer = Trainer(data: Self.data())
        let sampled = try trainer.run(try Self.config("test_eval 7"))
        #expect(sampled.config.testEvaluation == .sampled(first: 7))
        #expect(sampled.history.map(\.sampledTestImages) == [7, 7, nil])
        let all = try trainer.run(try Self.config("test_eval all"))
        #expect(all.history.map(\.sampledTestImages) == [nil, nil, nil])
        // The final network is measured on every image either way: the same figures.
        #expect(all.final!.testAccuracy == sampled.final!.testAccuracy)
        #expect(
            all.history[0].testAccuracy != sampled.history[0].testAccuracy
                || all.history[0].testLoss != sampled.history[0].testLoss)
    }

    @Test func layersBuildsConvolutionStagesBeforeTheDenseLayers() throws {
        let config = try Self.config("layers conv4k3,16")
        #expect(config.convolutions == [ConvolutionStage(channels: 4, kernel: 3)] && config.layers == [16])
        // 28×28 → conv 3×3 → 26×26×4 → pool → 13×13×4 = 676 → 16 → 4.
        #expect(try config.parameterCount(for: Self.data()) == (9 * 4 + 4) + (676 * 16 + 16) + (16 * 4 + 4))
        let result = try Trainer(data: Self.data()).run(config)
        #expect(result.history.count == 3 && result.final!.trainLoss.isFinite)
        #expect(try RunConfig.knob(named: "layers").value(in: config) == "conv4k3,16")
    }

    @Test func aStageThatDoesNotFitIsRefusedWithTheSizes() throws {
        let config = try Self.config("layers conv8,conv8,conv8")
        let error = #expect(throws: HintedError.self) { try config.validate() }
        #expect(
            error?.message
                == "layers: stage 3 (conv8) would shrink the image below 1×1: the image goes 28×28 → 12×12 → 4×4, and its 5×5 kernel does not fit in 4×4"
        )
        // A directory's images are only known once loaded: checked against them then.
        let small = try Self.config("layers conv8 dataset /somewhere")
        try small.validate()
        #expect(throws: HintedError.self) { try small.validate(for: Self.data(side: 5, classes: 2)) }
    }
}
