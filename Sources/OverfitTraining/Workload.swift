/// How much arithmetic a run does, counted the way the benchmark reports it: multiply-adds of the
/// matrix products (2 FLOP each), which are all but a sliver of the work.
public struct Workload: Equatable, Sendable {
    public var trainingFLOP: Double
    public var evaluationFLOP: Double
    public var totalFLOP: Double { trainingFLOP + evaluationFLOP }

    /// The work of `config` over all its epochs: forward and backward passes over the training
    /// images (no input gradient for the first layer), and per-epoch evaluation of the training
    /// subset, the validation images and the 10,000 test images.
    public init(config: RunConfig, testImages: Int = 10_000) {
        let widths = [784] + config.layers + [10]
        let products = zip(widths, widths.dropFirst()).map { Double($0 * $1) }
        let forward = 2 * products.reduce(0, +)
        let weightGradients = forward
        let inputGradients = 2 * products.dropFirst().reduce(0, +)
        let augmentation = Double(config.augment.rotationAngles.count + 1)
        let trainedImages = Double(config.trainSize - config.validationSize) * augmentation
        trainingFLOP = Double(config.epochs) * trainedImages * (forward + weightGradients + inputGradients)
        evaluationFLOP = Double(config.epochs) * Double(config.trainSize + testImages) * forward
    }
}
