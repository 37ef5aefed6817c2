import OverfitTraining
import Testing

@Suite struct KnobTests {
    @Test(arguments: [
        ("dropout", "1.5", "dropout must be in [0, 1) (got 1.5); e.g. set dropout 0.2"),
        ("lr", "-1", "lr must be in [1e-6, 10] (got -1); e.g. set lr 0.1"),
        (
            "layers", "100,,x",
            "layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], separated by commas or dashes, or none (got an empty item at position 2 of `100,,x`); e.g. set layers conv16,conv32,100"
        ),
        (
            "layers", "1,1,1,1,1,1,1,1,1,1,1,1,1",
            "layers allows at most 12 hidden layers (got 13); e.g. set layers 100,100,100,100,100,100"
        ),
        (
            "augment", "rotate:15,180",
            "augment rotate takes angles in (0, 180) degrees (got `180`); e.g. set augment rotate (±15°, ±30° copies), set augment rotate:10,20, set augment random:15,2, set augment none"
        ),
        ("bn_eval", "Batch ", "nothing: bn_eval accepts `Batch ` as batch"),
        ("OPTIMISER", "adam", "nothing: optimiser is another name of optimizer"),
        ("batch", "0", "batch must be in [1, 60000] (got 0); e.g. set batch 10"),
        ("train_size", "70000", "train_size must be in [1, 60000] (got 70000); e.g. set train_size 300"),
        (
            "optimizer", "rmsprop",
            "optimizer must be one of sgd, momentum, adam (got `rmsprop`); e.g. set optimizer sgd"
        ),
        ("epochs", "ten", "epochs must be a whole number in [1, 1000] (got `ten`); e.g. set epochs 100"),
        ("dropuot", "0.2", "unknown knob `dropuot`; did you mean `dropout`?; `show` lists the knobs"),
        ("lr", "nan", "lr must be a number in [1e-6, 10] (got `nan`); e.g. set lr 0.1"),
        ("lr", "1e-310", "lr must be in [1e-6, 10] (got 1e-310); e.g. set lr 0.1"),
    ])
    func badValuesAreRejectedWithAHint(knob: String, value: String, message: String) {
        var config = RunConfig()
        if message.hasPrefix("nothing: ") {
            #expect(throws: Never.self, "\(message)") { try config.set(knob, to: value) }
            return
        }
        do {
            try config.set(knob, to: value)
            Issue.record("`\(knob) \(value)` was accepted")
        } catch {
            #expect(error.description == message)
        }
        #expect(config == RunConfig(), "a rejected value changes nothing")
    }

    /// `overfit run` says hints its own way: `--set knob=value`, not the tutor's `set knob value`.
    @Test func hintsReadInTheCommandLinesSyntax() {
        #expect(
            HintedError("m", hint: "e.g. set batch 10, or set batchnorm off").commandLineDescription
                == "m; e.g. --set batch=10, or --set batchnorm=off")
        #expect(
            HintedError("m", hint: "e.g. set val_size 50 (held out of the 300 training images)").commandLineDescription
                == "m; e.g. --set val_size=50 (held out of the 300 training images)")
        #expect(
            HintedError("m", hint: "set it and forget it; set LR 0.1.").commandLineDescription
                == "m; set it and forget it; --set lr=0.1.")
        #expect(
            HintedError("m", hint: "e.g. set layers 100,100,100,100").commandLineDescription
                == "m; e.g. --set layers=100,100,100,100")
        #expect(HintedError("m").commandLineDescription == "m")
    }

    @Test func knobsOtherKnobsLeaveIdleAreNamed() throws {
        var config = RunConfig()
        try config.set("bn_shared", to: "on")
        try config.set("momentum", to: "0.5")
        #expect(
            config.idleKnobNotes(among: [.batchNormShared, .momentum, .dropout]) == [
                "bn_shared does nothing while batchnorm is off: set batchnorm on to use it",
                "momentum acts only with optimizer momentum (optimizer is sgd)",
            ])
        try config.set("batchnorm", to: "on")
        try config.set("optimizer", to: "momentum")
        #expect(config.idleKnobNotes(among: [.batchNormShared, .momentum]).isEmpty)
        try config.set("layers", to: "none")
        try config.set("dropout", to: "0.5")
        #expect(
            config.idleKnobNotes(among: [.dropout, .batchNorm]) == [
                "dropout acts on hidden layers, and layers is none",
                "batchnorm acts on hidden layers, and layers is none",
            ])
    }

    @Test func everyKnobRoundTripsItsOwnText() throws {
        var config = RunConfig()
        let pairs = [
            ("layers", "128,64"), ("dropout", "0.25"), ("augment", "rotate:15,30"), ("augment", "random:10,2"),
            ("batchnorm", "on"), ("optimizer", "adam"), ("lr", "0.001"), ("weight_decay", "0.1"), ("layers", "none"),
        ]
        for (name, value) in pairs {
            try config.set(name, to: value)
            #expect(try config.value(of: name) == value)
        }
        for (name, value) in config.settings {
            var copy = RunConfig()
            try copy.set(name, to: value)
            #expect(try copy.value(of: name) == value)
        }
    }

    /// Alternatives read "or", things all at once "and", with the same commas.
    @Test func listsJoinAlternativesWithOrAndWholesWithAnd() {
        #expect(KnobParsing.oneOf([]) == "" && KnobParsing.allOf([]) == "")
        #expect(KnobParsing.oneOf(["a"]) == "a" && KnobParsing.allOf(["a"]) == "a")
        #expect(KnobParsing.oneOf(["a", "b"]) == "a or b" && KnobParsing.allOf(["a", "b"]) == "a and b")
        #expect(KnobParsing.oneOf(["a", "b", "c"]) == "a, b or c")
        #expect(KnobParsing.allOf(["a", "b", "c"]) == "a, b and c")
    }

    @Test func defaultsAreSeed004sBaseline() {
        let config = RunConfig()
        #expect(config.trainSize == 300 && config.layers == [100, 100, 100, 100] && config.batchSize == 10)
        #expect(config.learningRate == 0.1 && config.epochs == 100 && config.optimizer == .sgd && config.seed == 0)
    }

    /// Each check between knobs, with its whole message and hint, and the settings just inside it.
    @Test(arguments: [
        (
            "val_size 300",
            "val_size (300) must be smaller than train_size (300): the validation images are held out of the training subset",
            "e.g. set val_size 50"
        ),
        (
            "patience 5", "patience (early stopping) watches the validation loss, but val_size is 0",
            "e.g. set val_size 50 (held out of the 300 training images)"
        ),
        (
            "batchnorm on batch 1",
            "batchnorm needs at least 2 images per batch to compute batch statistics (batch is 1, training images 300)",
            "e.g. set batch 10, or set batchnorm off"
        ),
        (
            "batchnorm on train_size 51 val_size 50",
            "batchnorm needs at least 2 images per batch to compute batch statistics (batch is 10, training images 1)",
            "e.g. set batch 10, or set batchnorm off"
        ),
        (
            "batchnorm on bn_shared on layers 100,50",
            "bn_shared on uses one batch-norm module for every hidden layer, so the widths must be equal (layers is 100,50)",
            "e.g. set layers 100,100,100,100, or set bn_shared off"
        ),
    ])
    func crossKnobChecks(settings: String, message: String, hint: String) throws {
        let config = try KnobSettings(parsing: settings).applied(to: RunConfig())
        #expect(throws: HintedError(message, hint: hint)) { try config.validate() }
    }

    @Test(arguments: [
        "val_size 299", "patience 5 val_size 50", "batchnorm on batch 2", "batchnorm on bn_shared on layers 64,64",
        "bn_shared on layers 100,50",
    ])
    func settingsJustInsideTheChecksAreValid(settings: String) throws {
        let config = try KnobSettings(parsing: settings).applied(to: RunConfig())
        #expect(throws: Never.self) { try config.validate() }
    }

    @Test func rotationAnglesFollowSeed004sOrder() {
        #expect(Augmentation.defaultRotation.rotationAngles == [-15, -30, 15, 30])
    }
}
