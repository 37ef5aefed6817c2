extension RunConfig {
    /// Checks that the knobs make sense together (each one alone is checked by its domain).
    public func validate() throws(HintedError) {
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
        if patience > 0 && validationSize == 0 {
            throw HintedError(
                "patience (early stopping) watches the validation loss, but val_size is 0",
                hint: "e.g. set val_size 50 (held out of the \(trainSize) training images)")
        }
    }
}
