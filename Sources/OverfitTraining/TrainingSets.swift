import OverfitData

/// The images one run trains, validates and tests on, cut from the dataset as the config says.
struct TrainingSets {
    /// What the network trains on (after any fixed augmentation).
    let training: Dataset
    /// The training images as chosen, before augmentation: what "train accuracy" is measured on.
    let trainingOriginal: Dataset
    let validation: Dataset?
    let test: Dataset

    init(config: RunConfig, data: TrainingData) {
        let subset: Dataset
        switch config.subset {
        case .first: subset = data.train.first(config.trainSize)
        case .random: subset = data.train.randomSubset(config.trainSize, seed: config.seed)
        }
        // The validation images are the last `val_size` of the subset: held out, never the test set.
        let trainCount = config.trainSize - config.validationSize
        let trained = config.validationSize > 0 ? subset.slice(0..<trainCount) : subset
        // Noise goes on the images trained on, before their rotated copies (which keep the same
        // label); validation and test labels stay true, since they measure generalisation.
        trainingOriginal =
            config.labelNoise > 0
            ? trained.withLabelNoise(fraction: config.labelNoise, classes: data.classes, seed: config.seed) : trained
        validation = config.validationSize > 0 ? subset.slice(trainCount..<config.trainSize) : nil
        if case .rotate = config.augment {
            training = trainingOriginal.withRotations(config.augment.rotationAngles)
        } else {
            training = trainingOriginal
        }
        test = data.test
    }
}
