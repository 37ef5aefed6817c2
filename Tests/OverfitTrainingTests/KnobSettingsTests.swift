import OverfitTraining
import Testing

/// The grammar of knob settings (after `set`, in lessons, after `--set`, in session files).
@Suite struct KnobSettingsTests {
    @Test(arguments: [
        ("dropout 0.2 epochs 30", "epochs=30 dropout=0.2"),
        ("dropout=0.2 EPOCHS=30", "epochs=30 dropout=0.2"),
        ("dropout = 0.2", "dropout=0.2"),
        ("dropout =0.2", "dropout=0.2"),
        ("dropout= 0.2", "dropout=0.2"),
        ("layers 100, 100", "layers=100,100"),
        ("layers 100 ,100 epochs 3", "layers=100,100 epochs=3"),
        ("augment rotate: 15, 30", "augment=rotate:15,30"),
        ("augment \"rotate:15, 30\"", "augment=rotate:15,30"),
        ("optimiser adam learning_rate 0.01", "optimizer=adam lr=0.01"),
        ("", ""),
    ])
    func readsWhatItShould(text: String, expected: String) throws {
        let config = try KnobSettings(parsing: text).applied(to: RunConfig())
        let changed = config.differences(from: RunConfig()).map { "\($0.name)=\($0.new)" }.joined(separator: " ")
        #expect(changed == expected)
    }

    @Test(arguments: [
        ("dropout", "dropout needs a value: a number in [0, 1)", "e.g. set dropout 0.2"),
        ("dropout =", "dropout needs a value: a number in [0, 1)", "e.g. set dropout 0.2"),
        (
            "dropout 0.2 dropout=0.4", "dropout is given twice (0.2, then 0.4)",
            "give each knob once, e.g. set dropout 0.4"
        ),
        ("lr 0.1 LEARNING_RATE 0.2", "lr is given twice (0.1, then 0.2)", "give each knob once, e.g. set lr 0.2"),
        ("dropuot 0.2", "unknown knob `dropuot`; did you mean `dropout`?", "`show` lists the knobs"),
        ("optimisr adam", "unknown knob `optimisr`; did you mean `optimizer`?", "`show` lists the knobs"),
        ("epochs 3 dropout 2", "dropout must be in [0, 1) (got 2)", "e.g. set dropout 0.2"),
        (
            "layers 100, epochs 3",
            "layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], separated by commas or dashes, or none (got `epochs` at position 2 of `100,epochs`)",
            "e.g. set layers conv16,conv32,100"
        ),
        ("augment \"rotate", "unclosed double quote in `augment \"rotate`", "close it, e.g. save \"my session.ovf\""),
    ])
    func refusesWithTheReason(text: String, message: String, hint: String) {
        #expect(throws: HintedError(message, hint: hint)) { try KnobSettings(parsing: text) }
    }

    @Test func setAndResetAreReadOnceForTutorAndLessons() throws {
        var baseline = RunConfig()
        baseline.epochs = 20
        var config = baseline
        config.dropout = 0.5
        config.learningRate = 0.01
        let reset = try #require(try KnobCommand.parse(line: "RESET dropout"))
        #expect(reset.applied(to: config, baseline: baseline).differences(from: baseline).map(\.name) == ["lr"])
        #expect(try #require(try KnobCommand.parse(line: "reset")).applied(to: config, baseline: baseline) == baseline)
        #expect(try KnobCommand.parse(line: "run") == nil)
        #expect(
            throws: HintedError("set needs a knob and a value", hint: "e.g. set dropout 0.2; `show` lists the knobs")
        ) {
            try KnobCommand.parse(line: "set")
        }
        #expect(throws: HintedError("unknown knob `velocity`", hint: "`show` lists the knobs")) {
            try KnobCommand.parse(line: "reset velocity")
        }
    }

    @Test func rulesHoldOnlyWhereEveryValueIsKept() throws {
        let rules = try KnobSettings(parsing: "train_size=300 augment=none")
        var config = RunConfig()
        #expect(rules.hold(in: config))
        config.trainSize = 301
        #expect(!rules.hold(in: config))
        config.trainSize = 300
        config.augment = .defaultRotation
        #expect(!rules.hold(in: config))
    }

    /// `overfit run --set` reads the words the shell split exactly as `set` reads its words.
    @Test func theCommandLineReadsTheSameWords() throws {
        let (config, given) = try RunConfig.fromCommandLine(["layers=100,", "100", "dropout", "0.2"])
        #expect(config.layers == [100, 100] && config.dropout == 0.2 && given == [.layers, .dropout])
        #expect(
            throws: HintedError(
                "patience (early stopping) watches the validation loss, but val_size is 0",
                hint: "e.g. set val_size 50 (held out of the 300 training images)")
        ) {
            try RunConfig.fromCommandLine(["patience=3"])
        }
    }

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
            HintedError("m", hint: "`show` lists the knobs").commandLineDescription
                == "m; `overfit run --help` lists the knobs")
        #expect(HintedError("m").commandLineDescription == "m")
    }
}
