import OverfitData
import OverfitEngine

/// The checks and engine terms of the settings that depend on the dataset: the image size that
/// convolution stages must fit, and the classes.
extension RunConfig {
    /// The image size after each convolution stage, for images of `image`; throws, with the
    /// sizes, when a stage would shrink the image below 1×1.
    public func convolutionShapes(for image: ImageShape) throws(HintedError) -> [ImageShape] {
        do {
            return try ConvolutionStage.shapes(convolutions, from: image)
        } catch {
            throw HintedError(
                "layers: \(error)",
                hint: "use fewer stages or smaller kernels, e.g. set layers \(fittingLayers(error, image: image))")
        }
    }

    /// A `layers` value that fits `image`, for the hint after `error`: the stages that fit, the
    /// failing one with a 3×3 kernel if that fits, then the dense layers. Never the value that
    /// failed (a stage is dropped or shrunk), and never a suggestion that fails in turn.
    func fittingLayers(_ error: ConvolutionShapeError, image: ImageShape) -> String {
        var stages = Array(convolutions.prefix(error.position - 1))
        let smaller = ConvolutionStage(channels: error.stage.channels, kernel: 3)
        if error.stage.kernel > smaller.kernel, let reached = error.reached.last, smaller.output(from: reached) != nil {
            stages.append(smaller)
        }
        let dense = layers.isEmpty ? [100] : layers
        return (stages.map(\.description) + dense.map(String.init)).joined(separator: ",")
    }

    /// The checks that need the dataset: convolution stages that fit its images, the settings
    /// that are not knobs yet within their ranges.
    public func validate(for data: TrainingData) throws(HintedError) {
        _ = try convolutionShapes(for: data.image)
        guard labelNoise >= 0 && labelNoise <= 1 else {
            throw HintedError(
                "label_noise must be in [0, 1] (got \(KnobParsing.format(labelNoise)))",
                hint: "e.g. set label_noise 0.2")
        }
        if case .sampled(let first) = testEvaluation, first < 1 {
            throw HintedError("a sampled test evaluation needs at least 1 image per epoch (got \(first))")
        }
    }

    /// Weights and biases of the network this config builds for `data`: 65,558 for the LeNet-like
    /// conv16,conv32,100 on 28×28 digits, 109,810 for the seed-004 MLP.
    public func parameterCount(for data: TrainingData) throws(HintedError) -> Int {
        try validate(for: data)
        return Network(architecture(image: data.image, classes: data.classes), seed: seed).parameterCount
    }
}

extension RunConfig {
    /// What dropout, DropConnect and batch norm do when there are convolution stages: they act
    /// on the dense hidden layers only (as LeNet-style networks usually place them), never on a
    /// convolution. One note per regulariser that is on, for `set` and `show` to print; empty
    /// without stages. With no dense hidden layer the regulariser does nothing at all.
    public func convolutionRegulariserNotes() -> [String] {
        guard !convolutions.isEmpty else { return [] }
        let stages = convolutions.map(\.description).joined(separator: ",")
        let active = [(KnobID.dropout, dropout > 0), (.dropConnect, dropConnect > 0), (.batchNorm, batchNorm)]
            .filter(\.1).map(\.0.rawValue)
        return active.map { name in
            layers.isEmpty
                ? "\(name) acts on dense hidden layers, and there is none after the convolution stages \(stages): it does nothing"
                : "\(name) acts on the dense hidden layers only, not on the convolution stages \(stages)"
        }
    }
}

extension RunConfig {
    /// Weights and biases of the network for images of `image` in `classes` classes, counted
    /// from the shapes (no network built); by default the built-in datasets' 28×28 grey images
    /// in 10 classes. Nil for a directory's unknown size, or stages that do not fit.
    public func weightCount(image: ImageShape? = nil, classes: Int = 10) -> Int? {
        guard
            let input = image
                ?? dataset.knownImageSize.map({ ImageShape(height: $0.rows, width: $0.cols, channels: 1) }),
            let shapes = try? ConvolutionStage.shapes(convolutions, from: input)
        else { return nil }
        var count = 0
        var channels = input.channels
        for stage in convolutions {
            count += stage.kernel * stage.kernel * channels * stage.channels + stage.channels
            channels = stage.channels
        }
        let widths = [(shapes.last ?? input).count] + layers + [classes]
        for (inputs, outputs) in zip(widths, widths.dropFirst()) { count += inputs * outputs + outputs }
        // One shared module (bn_shared) or one per layer: a scale and a shift per unit.
        if batchNorm { count += batchNormShared ? 2 * (layers.first ?? 0) : 2 * layers.reduce(0, +) }
        return count
    }
}
