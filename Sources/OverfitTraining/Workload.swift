import OverfitEngine

/// How much arithmetic a run does, counted the way the benchmark reports it: multiply-adds of the
/// matrix products (2 FLOP each), which are all but a sliver of the work.
public struct Workload: Equatable, Sendable {
    public var trainingFLOP: Double
    public var evaluationFLOP: Double
    public var totalFLOP: Double { trainingFLOP + evaluationFLOP }

    /// The work of `config` over all its epochs on images of `image` in `classes` classes:
    /// forward and backward passes over the training images (no input gradient for the first
    /// layer), and per-epoch evaluation of the training subset, the validation images and the
    /// test images (the sampled ones each epoch, and all of them once, when sampled).
    public init(
        config: RunConfig, image: ImageShape = ImageShape(height: 28, width: 28), classes: Int = 10,
        testImages: Int = 10_000
    ) {
        let products = Self.products(config: config, image: image, classes: classes)
        let forward = 2 * products.reduce(0, +)
        let weightGradients = forward
        let inputGradients = 2 * products.dropFirst().reduce(0, +)
        let augmentation = Double(config.augment.rotationAngles.count + 1)
        let trainedImages = Double(config.trainSize - config.validationSize) * augmentation
        trainingFLOP = Double(config.epochs) * trainedImages * (forward + weightGradients + inputGradients)
        let perEpoch = config.testEvaluation.imagesPerEpoch(of: testImages)
        let tested = Double(config.epochs * perEpoch + (perEpoch < testImages ? testImages : 0))
        evaluationFLOP = (Double(config.epochs * config.trainSize) + tested) * forward
    }

    /// Multiply-adds per image of each product, input to output: a convolution's positions ×
    /// kernel area × channels in × channels out, then each dense layer's inputs × outputs.
    static func products(config: RunConfig, image: ImageShape, classes: Int) -> [Double] {
        let stages = ConvolutionCost(config: config, image: image)
        let widths = stages.denseWidths(config, classes: classes)
        return stages.multiplyAdds.map(Double.init) + zip(widths, widths.dropFirst()).map { Double($0 * $1) }
    }
}
