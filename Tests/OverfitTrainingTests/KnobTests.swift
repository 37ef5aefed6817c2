import OverfitTraining
import Testing

@Suite struct KnobTests {
    @Test(arguments: [
        ("dropout", "1.5", "dropout must be in [0, 1) (got 1.5); e.g. set dropout 0.2"),
        ("lr", "-1", "lr must be in [1e-6, 10] (got -1); e.g. set lr 0.1"),
        ("layers", "100,,x", "layers must be hidden widths in [1, 4096] separated by commas, or none (got an empty width at position 2 of `100,,x`); e.g. set layers 100,100,100,100"),
        ("batch", "0", "batch must be in [1, 60000] (got 0); e.g. set batch 10"),
        ("train_size", "70000", "train_size must be in [1, 60000] (got 70000); e.g. set train_size 300"),
        ("optimizer", "rmsprop", "optimizer must be one of sgd, momentum, adam (got `rmsprop`); e.g. set optimizer sgd"),
        ("epochs", "ten", "epochs must be a whole number in [1, 1000] (got `ten`); e.g. set epochs 100"),
        ("dropuot", "0.2", "unknown knob `dropuot`; did you mean `dropout`?; `show` lists the knobs"),
        ("lr", "nan", "lr must be a number in [1e-6, 10] (got `nan`); e.g. set lr 0.1"),
        ("lr", "1e-310", "lr must be in [1e-6, 10] (got 1e-310); e.g. set lr 0.1"),
    ])
    func badValuesAreRejectedWithAHint(knob: String, value: String, message: String) {
        var config = RunConfig()
        #expect(throws: HintedError.self) { try config.set(knob, to: value) }
        do {
            try config.set(knob, to: value)
        } catch {
            #expect(error.description == message)
        }
        #expect(config == RunConfig(), "a rejected value changes nothing")
    }

    /// `overfit run` says hints its own way: `--set knob=value`, not the tutor's `set knob value`.
    @Test func hintsReadInTheCommandLinesSyntax() {
        #expect(HintedError("m", hint: "e.g. set batch 10, or set batchnorm off").commandLineDescription
                == "m; e.g. --set batch=10, or --set batchnorm=off")
        #expect(HintedError("m", hint: "e.g. set val_size 50 (held out of the 300 training images)").commandLineDescription
                == "m; e.g. --set val_size=50 (held out of the 300 training images)")
        #expect(HintedError("m", hint: "set it and forget it; set LR 0.1.").commandLineDescription == "m; set it and forget it; --set lr=0.1.")
        #expect(HintedError("m", hint: "e.g. set layers 100,100,100,100").commandLineDescription == "m; e.g. --set layers=100,100,100,100")
        #expect(HintedError("m").commandLineDescription == "m")
    }

    @Test func knobsOtherKnobsLeaveIdleAreNamed() throws {
        var config = RunConfig()
        try config.set("bn_shared", to: "on")
        try config.set("momentum", to: "0.5")
        #expect(config.idleKnobNotes(among: ["bn_shared", "momentum", "dropout"]) == [
            "bn_shared does nothing while batchnorm is off: set batchnorm on to use it",
            "momentum acts only with optimizer momentum (optimizer is sgd)",
        ])
        try config.set("batchnorm", to: "on")
        try config.set("optimizer", to: "momentum")
        #expect(config.idleKnobNotes(among: ["bn_shared", "momentum"]).isEmpty)
        try config.set("layers", to: "none")
        try config.set("dropout", to: "0.5")
        #expect(config.idleKnobNotes(among: ["dropout", "batchnorm"]) == [
            "dropout acts on hidden layers, and layers is none", "batchnorm acts on hidden layers, and layers is none",
        ])
    }

    @Test func everyKnobRoundTripsItsOwnText() throws {
        var config = RunConfig()
        let pairs = [("layers", "128,64"), ("dropout", "0.25"), ("augment", "rotate:15,30"), ("augment", "random:10,2"),
                     ("batchnorm", "on"), ("optimizer", "adam"), ("lr", "0.001"), ("weight_decay", "0.1"), ("layers", "none")]
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

    @Test func defaultsAreSeed004sBaseline() {
        let config = RunConfig()
        #expect(config.trainSize == 300 && config.layers == [100, 100, 100, 100] && config.batchSize == 10)
        #expect(config.learningRate == 0.1 && config.epochs == 100 && config.optimizer == .sgd && config.seed == 0)
    }

    @Test func crossKnobChecks() throws {
        var config = RunConfig()
        try config.set("val_size", to: "300")
        #expect(throws: HintedError.self) { try config.validate() }
        config = RunConfig()
        try config.set("patience", to: "5")
        #expect(throws: HintedError.self) { try config.validate() }
        try config.set("val_size", to: "50")
        try config.validate()
    }

    @Test func aHalfTurnIsRefusedBecauseItsTwoCopiesWouldBeTheSame() {
        var config = RunConfig()
        #expect(throws: HintedError.self) { try config.set("augment", to: "rotate:15,180") }
        #expect(config.augment == .none)
    }

    @Test func rotationAnglesFollowSeed004sOrder() {
        #expect(Augmentation.defaultRotation.rotationAngles == [-15, -30, 15, 30])
    }
}
