import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// Convolution stages through the same Trainer, events and history as the MLP, on the tiny
/// generated bars of `TrainerTests` (4 classes, 28×28).
@Suite struct ConvolutionTrainingTests {
    static func cnn(_ pairs: [(String, String)] = [], stages: [ConvolutionStage] = [ConvolutionStage(channels: 4)])
        throws -> RunConfig
    {
        var config = try TrainerTests.config([("layers", "16")] + pairs)
        config.convolutions = stages
        return config
    }

    @Test func aConvolutionalNetworkTrainsDeterministically() throws {
        let trainer = Trainer(data: TrainerTests.tinyData())
        var epochs = 0
        let a = try trainer.run(try Self.cnn()) { if case .epochFinished = $0 { epochs += 1 } }
        let b = try trainer.run(try Self.cnn())
        #expect(epochs == 5 && a.status == .finished)
        #expect(a.history.map(\.withoutTime) == b.history.map(\.withoutTime))
        #expect((a.final?.testAccuracy ?? 0) > 0.9)
        // The MLP with the same dense layers is another network: other numbers.
        let mlp = try trainer.run(try TrainerTests.config([("layers", "16")]))
        #expect(mlp.history.map(\.withoutTime) != a.history.map(\.withoutTime))
    }

    /// conv4 on 28×28 bars with 4 classes: conv 5·5·1·4 + 4, dense 12·12·4·16 + 16, output 16·4 + 4.
    @Test func parameterCountFollowsTheDataset() throws {
        let data = TrainerTests.tinyData()
        #expect(try Self.cnn().parameterCount(for: data) == 104 + 9_232 + 68)
        var lenet = try Self.cnn(stages: [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)])
        lenet.layers = [100]
        // 65,558 with MNIST's 10 classes (see the engine's test); 4 classes here: 600 fewer.
        #expect(try lenet.parameterCount(for: data) == 65_558 - 6 * 101)
    }

    @Test func stagesThatDoNotFitAreRefusedBeforeTraining() throws {
        let config = try Self.cnn(stages: [16, 32, 64].map { ConvolutionStage(channels: $0) })
        let error = #expect(throws: HintedError.self) { try Trainer(data: TrainerTests.tinyData()).run(config) }
        #expect(
            error?.message
                == "layers: stage 3 (conv64) would shrink the image below 1×1: the image goes 28×28 → 12×12 → 4×4, and its 5×5 kernel does not fit in 4×4"
        )
        // The hint's layers are not the ones that failed, and they fit (issue 19: it suggested
        // conv16,conv32,100 whatever failed, even conv16,conv32 itself).
        #expect(error?.hint == "use fewer stages or smaller kernels, e.g. set layers conv16,conv32,conv64k3,16")
        for (stages, image, suggested) in [
            ([16, 32, 64], 28, "conv16,conv32,conv64k3,16"), ([16, 32], 10, "conv16,16"), ([16], 4, "conv16k3,16"),
            ([16], 2, "16"),
        ] {
            let failing = try Self.cnn(stages: stages.map { ConvolutionStage(channels: $0) })
            let shape = ImageShape(height: image, width: image)
            let refusal = #expect(throws: HintedError.self) { try failing.convolutionShapes(for: shape) }
            let hint = try #require(refusal?.hint)
            #expect(hint.hasSuffix("e.g. set layers \(suggested)"), "\(hint)")
            var fixed = failing
            try fixed.set("layers", to: suggested)
            #expect(fixed.layerPlan != failing.layerPlan)
            #expect(throws: Never.self) { try fixed.convolutionShapes(for: shape) }
        }
    }

    /// Work per image, by hand: conv4 24·24 positions × 25 × 4 = 57,600 multiply-adds, dense
    /// 576 × 16 = 9,216, output 16 × 4 = 64; forward 2 × 66,880 FLOP, training 3 × forward less
    /// the first layer's input gradient.
    @Test func workloadCountsTheConvolutions() throws {
        let config = try Self.cnn([("epochs", "1")])
        let work = Workload(config: config, image: ImageShape(height: 28, width: 28), classes: 4, testImages: 100)
        let forward = 2.0 * (57_600 + 9_216 + 64)
        #expect(work.trainingFLOP == 200 * (forward + forward + 2 * (9_216 + 64)))
        #expect(work.evaluationFLOP == (200 + 100) * forward)
    }
}

/// Regularisers with convolution stages: on the dense layers only, said in words; a run with
/// them trains (batch norm and dropout after the convolutions' flattened output).
@Suite struct ConvolutionRegulariserTests {
    @Test func notesSayWhereRegularisersAct() throws {
        var config = try ConvolutionTrainingTests.cnn([("dropout", "0.2"), ("batchnorm", "on")])
        #expect(
            config.convolutionRegulariserNotes() == [
                "dropout acts on the dense hidden layers only, not on the convolution stages conv4",
                "batchnorm acts on the dense hidden layers only, not on the convolution stages conv4",
            ])
        config.layers = []
        try config.set("dropout", to: "0")
        try config.set("dropconnect", to: "0.1")
        #expect(
            config.convolutionRegulariserNotes().first
                == "dropconnect acts on dense hidden layers, and there is none after the convolution stages conv4: it does nothing"
        )
        #expect(try TrainerTests.config([("dropout", "0.2")]).convolutionRegulariserNotes().isEmpty)
    }

    @Test func dropoutAndBatchNormTrainAfterConvolutions() throws {
        let config = try ConvolutionTrainingTests.cnn([("dropout", "0.2"), ("batchnorm", "on"), ("dropconnect", "0.1")])
        let result = try Trainer(data: TrainerTests.tinyData()).run(config)
        #expect(result.status == .finished && (result.final?.testAccuracy ?? 0) > 0.9)
    }
}
