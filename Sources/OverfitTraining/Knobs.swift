/// The knob table: one declaration per knob. What each source document did with a knob is told
/// in `lessons/knobs.txt`; here, only which documents.
extension RunConfig {
    /// Every knob, in the order `show`, session files and a run's JSON list them (`KnobID`'s).
    public static let knobs: [Knob] = KnobID.allCases.map(declaration)

    /// The knob `id` names.
    public static func knob(_ id: KnobID) -> Knob {
        knobs.first { $0.id == id } ?? declaration(id)
    }

    /// The one declaration of each knob, in a switch, so every identifier has exactly one knob
    /// (the compiler checks it).
    private static func declaration(_ id: KnobID) -> Knob {
        switch id {
        case .dataset:
            return Knob(
                id, field: \.dataset, domain: .dataset, example: "fashion",
                summary:
                    "which images: mnist (digits), fashion (Fashion-MNIST clothes) or a directory of four IDX files",
                sources: [.kerasBlog, .cifarNotebook, .alexNetBlog], remedy: nil,
                encode: { .dataset($0) },
                decode: { if case .dataset(let source) = $0 { return source } else { return nil } })
        case .trainSize:
            return .whole(
                id, \.trainSize, in: 1...availableTrainingImages, example: "300",
                summary: "how many MNIST training images to train on",
                sources: [.labSlides, .deepLearningFromScratch, .alexNetBlog],
                remedy: Remedy(.data, against: .raise, factor: 3))
        case .subset:
            return .choice(
                id, \.subset, example: "first",
                summary: "which training images: the first N (as the sources do) or N at random (by seed)",
                sources: [.labSlides])
        case .labelNoise:
            return .real(
                id, \.labelNoise, in: Interval(0, 1), example: "0.2",
                summary:
                    "fraction of the training labels replaced by random ones (by seed); test labels are never touched",
                sources: [])
        case .layers:
            return Knob(
                id, field: \.layerPlan, domain: .layers, example: "100,100,100,100",
                summary:
                    "hidden layers: convolution stages (conv16 = 5×5 conv, 16 channels, 2×2 max-pool) then dense widths; the input and output follow the dataset",
                sources: [.labSlides, .deepLearningFromScratch, .kerasBlog, .cifarNotebook, .alexNetBlog],
                remedy: Remedy(.capacity, against: .lower),
                encode: { .layers($0) }, decode: { if case .layers(let plan) = $0 { return plan } else { return nil } })
        case .activation:
            return .choice(
                id, \.activation, example: "relu",
                summary: "the non-linearity after each hidden layer",
                sources: SourceDocument.allCases)
        case .initialisation:
            return .choice(
                id, \.initialisation, example: "torch",
                summary:
                    "how weights start: torch = U(±1/√fan_in), he = N(0, 2/fan_in), xavier = U(±√(6/(fan_in+fan_out)))",
                sources: [.labSlides, .deepLearningFromScratch])
        case .optimizer:
            return .choice(
                id, \.optimizer, example: "sgd",
                summary: "sgd, sgd with momentum, or adam",
                sources: [.labSlides, .deepLearningFromScratch, .alexNetBlog, .cifarNotebook],
                remedy: Remedy(.optimisation, against: nil), aliases: ["optimiser"])
        case .learningRate:
            return .real(
                id, \.learningRate, in: Interval(1e-6, 10), example: "0.1",
                summary: "learning rate: the size of each step down the gradient",
                sources: [.labSlides, .deepLearningFromScratch, .alexNetBlog],
                remedy: Remedy(.optimisation, against: nil, factor: 10), aliases: ["learning_rate"])
        case .momentum:
            return .real(
                id, \.momentum, in: .upTo(0, 1), example: "0.9",
                summary: "momentum of the `momentum` optimizer (ignored by sgd and adam)",
                sources: [.alexNetBlog], remedy: Remedy(.optimisation, against: nil))
        case .batch:
            return .whole(
                id, \.batchSize, in: 1...availableTrainingImages, example: "10",
                summary: "images per gradient step (the last batch of an epoch may be smaller)",
                sources: [.labSlides, .alexNetBlog], remedy: Remedy(.optimisation, against: nil, factor: 10),
                aliases: ["batch_size"])
        case .epochs:
            return .whole(
                id, \.epochs, in: 1...1000, example: "100",
                summary: "passes over the training images",
                sources: [.labSlides, .deepLearningFromScratch, .alexNetBlog, .kerasBlog],
                remedy: Remedy(.budget, against: .lower, factor: 2))
        case .weightDecay:
            return .real(
                id, \.weightDecay, in: Interval(0, 10), example: "0.1",
                summary: "L2 penalty λ: adds ½·λ·ΣW² over the weight matrices to the loss",
                sources: [.deepLearningFromScratch, .labSlides, .alexNetBlog, .cifarNotebook],
                // No first value: no λ helps the default network (0.0003 to 0.01 leave its test
                // accuracy where it was over seeds 0-4, 0.03 and up collapse it), so overfitting
                // advice never turns it on; a λ in use is stepped by tenfold.
                remedy: Remedy(.regulariser, against: .raise, factor: 10), aliases: ["l2"])
        case .l1:
            return .real(
                id, \.l1, in: Interval(0, 10), example: "0.001",
                summary: "L1 penalty λ: adds λ·Σ|W| over the weight matrices to the loss",
                sources: [.labSlides, .cifarNotebook], remedy: Remedy(.regulariser, against: .raise, factor: 10))
        case .dropout:
            return .real(
                id, \.dropout, in: .upTo(0, 1), example: "0.2",
                summary: "probability of zeroing each hidden unit in training (inverted: survivors scaled by 1/(1-p))",
                sources: [.labSlides, .deepLearningFromScratch, .kerasBlog, .cifarNotebook],
                remedy: Remedy(.regulariser, against: .raise, first: .real(0.2), factor: 2))
        case .dropConnect:
            return .real(
                id, \.dropConnect, in: .upTo(0, 1), example: "0.2",
                summary: "probability of zeroing each hidden-layer weight in training (a fresh mask each batch)",
                sources: [.labSlides], remedy: Remedy(.regulariser, against: .raise, factor: 2))
        case .batchNorm:
            return .onOff(
                id, \.batchNorm, example: "on",
                summary: "a batch normalisation after each hidden linear layer (Linear → BN → activation)",
                sources: [.labSlides], remedy: Remedy(.regulariser, against: .turnOn, first: .choice("on")))
        case .batchNormEvaluation:
            return .choice(
                id, \.batchNormEvaluation, example: "running",
                summary:
                    "how batch norm is tested: running estimates, or each test set's own statistics (testing in training mode)",
                sources: [.labSlides])
        case .batchNormShared:
            return .onOff(
                id, \.batchNormShared, example: "off",
                summary:
                    "one batch-norm module for all hidden layers: one scale, shift and running statistics (only with batchnorm on)",
                sources: [.labSlides])
        case .augment:
            return Knob(
                id, field: \.augment, domain: .augmentation, example: "rotate",
                summary:
                    "extra training images: rotated copies (rotate[:ANGLES]) or random turns and shifts each epoch (random[:DEG,SHIFT])",
                sources: [.labSlides, .cifarNotebook],
                remedy: Remedy(.data, against: .turnOn, first: .augmentation(.defaultRotation)),
                encode: { .augmentation($0) },
                decode: { if case .augmentation(let augmentation) = $0 { return augmentation } else { return nil } })
        case .validationSize:
            return .whole(
                id, \.validationSize, in: 0...(availableTrainingImages - 1), example: "50",
                summary: "images held out of the training subset to watch for early stopping (never the test set)",
                sources: [.alexNetBlog, .cifarNotebook])
        case .patience:
            return .whole(
                id, \.patience, in: 0...1000, example: "10",
                summary:
                    "early stopping: stop after this many epochs without a better validation loss, and restore the best weights (0 = off)",
                sources: [.labSlides, .cifarNotebook, .alexNetBlog],
                // No first value: early stopping holds 50 of 300 images out of training, and over
                // seeds 0-2 it narrows the default network's gap no more than it costs in test accuracy.
                remedy: Remedy(.budget, against: .turnOn))
        case .evaluationPixels:
            return .choice(
                id, \.evaluationPixels, example: "scaled",
                summary: "pixels as evaluation sees them: scaled to [0, 1] like training, or raw 0-255",
                sources: [.labSlides])
        case .testEvaluation:
            return Knob(
                id, field: \.testEvaluation, domain: .allOr(1...100_000), example: "1000",
                summary:
                    "test images measured after each epoch: all, or the first N (then all of them once, for the final network)",
                sources: [], remedy: nil,
                encode: { evaluation in
                    if case .sampled(let first) = evaluation { return .whole(first) } else { return .choice("all") }
                },
                decode: { value in
                    switch value {
                    case .whole(let first): return .sampled(first: first)
                    case .choice("all"): return .all
                    default: return nil
                    }
                })
        case .seed:
            return .whole(
                id, \.seed, in: 0...4_294_967_295, example: "0",
                summary: "the seed of every random choice: init, shuffling, dropout masks, augmentation",
                sources: [])
        case .repeats:
            return .whole(
                id, \.repeats, in: 1...RunConfig.maximumRepeats, example: "5",
                summary: "seeds per run: seed, seed+1, … trained in parallel, figures shown as mean ± spread",
                sources: [])
        }
    }
}
