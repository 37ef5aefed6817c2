import OverfitEngine

extension RunConfig {
    /// Checks that the knobs make sense together (each one alone is checked by its domain).
    /// Convolution stages are checked against the built-in datasets' 28×28 images here; a
    /// directory's images are known once loaded (`validate(for:)`).
    public func validate() throws(HintedError) {
        try validateConvolutionsForKnownImages()
        if validationSize >= trainSize {
            throw HintedError(
                "val_size (\(validationSize)) must be smaller than train_size (\(trainSize)): the validation images are held out of the training subset",
                hint: "e.g. set val_size \(max(0, trainSize / 6))")
        }
        if batchNorm && min(batchSize, trainSize - validationSize) < 2 {
            throw HintedError(
                "batchnorm needs at least 2 images per batch to compute batch statistics (batch is \(batchSize), training images \(trainSize - validationSize))",
                hint: "e.g. set batch 10, or set batchnorm off")
        }
        if batchNorm && batchNormShared && Set(layers).count > 1 {
            throw HintedError(
                "bn_shared on uses one batch-norm module for every hidden layer, so the widths must be equal (layers is \(layers.map(String.init).joined(separator: ",")))",
                hint: "e.g. set layers 100,100,100,100, or set bn_shared off")
        }
        if seed > Self.largestSeed - UInt64(repeats - 1) {
            throw HintedError(
                "repeats \(repeats) from seed \(seed) would pass the largest seed, \(Self.largestSeed)",
                hint: "e.g. set seed 0, or set repeats 1")
        }
        if patience > 0 && validationSize == 0 {
            throw HintedError(
                "patience (early stopping) watches the validation loss, but val_size is 0",
                hint: "e.g. set val_size 50 (held out of the \(trainSize) training images)")
        }
    }

    /// The convolution stages against the built-in datasets' 28×28 images, the one combined
    /// check `set` makes at once: `set layers conv16,conv32,conv64,100` is refused there, with
    /// the sizes, rather than at the next `run`. (A directory's image size is known once loaded.)
    public func validateConvolutionsForKnownImages() throws(HintedError) {
        if let size = dataset.knownImageSize {
            _ = try convolutionShapes(for: ImageShape(height: size.rows, width: size.cols, channels: 1))
        }
    }
}
