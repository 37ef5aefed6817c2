import OverfitEngine
import Testing

@testable import OverfitTraining

/// The lessons' `weights` figure is counted from the shapes, without building a network: it
/// must agree with the network the trainer builds, for MLPs, convolution stages and batch norm.
@Suite struct WeightCountTests {
    @Test(arguments: [
        "", "layers conv16,conv32,100", "layers conv8k3,conv4k1", "layers none", "batchnorm on",
        "batchnorm on bn_shared on", "layers conv6,50,20 batchnorm on",
    ])
    func countedWeightsAreTheNetworksParameters(settings: String) throws {
        let config = try KnobSettings(parsing: settings).applied(to: RunConfig())
        let image = ImageShape(height: 28, width: 28)
        let built = Network(config.architecture(image: image, classes: 10), seed: 0).parameterCount
        #expect(config.weightCount() == built, "\(settings)")
    }

    @Test func theLessonsTwoNetworks() throws {
        #expect(RunConfig().weightCount() == 109_810)
        #expect(try KnobSettings(parsing: "layers conv16,conv32,100").applied(to: RunConfig()).weightCount() == 65_558)
        // A directory's image size is not known before loading.
        #expect(try KnobSettings(parsing: "dataset /tmp/x").applied(to: RunConfig()).weightCount() == nil)
    }
}

/// `RunEstimate` counts convolution stages: their weights with the optimiser's copies, and a
/// batch's im2col columns and feature maps, so a huge convolutional run is refused up front.
@Suite struct ConvolutionEstimateTests {
    func part(_ estimate: RunEstimate, _ name: String) -> Int {
        estimate.parts.first { $0.name == name }?.bytes ?? -1
    }

    @Test func stagesAddTheirWeightsAndTheirBatchBuffers() throws {
        let dense = try KnobSettings(parsing: "layers 100").applied(to: RunConfig())
        let conv = try KnobSettings(parsing: "layers conv16,100").applied(to: RunConfig())
        let weights = "weights, gradients and optimiser state", batch = "one batch's activations and gradients"
        // Values and gradients (SGD), 4 bytes each, of every weight the network has; with two
        // threads an MLP also keeps a copy of both to measure each epoch on while the next trains.
        let path = KernelPath.supported.last ?? .portable
        for threads in [1, 2] {
            Engine.withSettings(KernelSettings(path: path, threads: threads)) {
                #expect(part(RunEstimate(config: conv), weights) == 2 * 4 * (conv.weightCount() ?? 0))
                #expect(
                    part(RunEstimate(config: dense), weights) == (threads == 1 ? 2 : 4) * 4 * (dense.weightCount() ?? 0)
                )
            }
        }
        // 24×24 positions × 25 taps of im2col, twice, and 16 feature maps: far more per image than 784 pixels.
        #expect(
            part(RunEstimate(config: conv), batch) > part(RunEstimate(config: dense), batch) + 10 * 2 * 24 * 24 * 25 * 4
        )
    }

    @Test func aHugeConvolutionalRunIsRefused() throws {
        let huge = try KnobSettings(parsing: "layers conv256k3,conv256k3,100 batch 2000 train_size 2000").applied(
            to: RunConfig())
        let error = #expect(throws: HintedError.self) {
            try RunEstimate(config: huge).check(MemoryBudget(bytes: 8 << 30, origin: "test"))
        }
        #expect(error?.message.contains("one batch's activations and gradients") == true, "\(error?.message ?? "")")
    }
}
