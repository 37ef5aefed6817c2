import OverfitEngine
import Testing
@testable import OverfitTraining

/// The lessons' `weights` figure is counted from the shapes, without building a network: it
/// must agree with the network the trainer builds, for MLPs, convolution stages and batch norm.
@Suite struct WeightCountTests {
    @Test(arguments: ["", "layers conv16,conv32,100", "layers conv8k3,conv4k1", "layers none", "batchnorm on",
                      "batchnorm on bn_shared on", "layers conv6,50,20 batchnorm on"])
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
