import Foundation
import OverfitData
import OverfitEngine
import OverfitTraining
import Testing

/// Training on tiny generated data: determinism, events, cancellation, divergence, early stopping.
@Suite struct TrainerTests {
    /// Four classes of 28×28 images, each a bright bar in a different place plus seeded noise:
    /// learnable in a few epochs, so tests run in well under a second. With `shuffledLabels`
    /// the training labels are drawn at random instead: nothing to learn, only to memorise.
    static func tinyData(train: Int = 200, test: Int = 100, shuffledLabels: Bool = false) -> TrainingData {
        func make(_ count: Int, seed: UInt64, split: String) -> Dataset {
            var generator = RandomGenerator(seed: seed)
            var pixels = [UInt8](repeating: 0, count: count * 784)
            var labels = [UInt8](repeating: 0, count: count)
            for i in 0..<count {
                let label = i % 4
                labels[i] = UInt8(shuffledLabels && split == "train" ? generator.nextIndex(below: 4) : label)
                for p in 0..<784 { pixels[i * 784 + p] = UInt8(generator.nextIndex(below: 60)) }
                for row in (label * 6 + 2)..<(label * 6 + 6) {
                    for col in 4..<24 { pixels[i * 784 + row * 28 + col] = 255 }
                }
            }
            return Dataset(
                source: "tiny", split: split, provenance: "generated bars", rows: 28, cols: 28,
                pixels: pixels, labels: labels)
        }
        return TrainingData(train: make(train, seed: 1, split: "train"), test: make(test, seed: 2, split: "test"))
    }

    static func config(_ pairs: [(String, String)]) throws -> RunConfig {
        var config = RunConfig()
        try config.set("train_size", to: "200")
        try config.set("layers", to: "32,32")
        try config.set("epochs", to: "5")
        for (name, value) in pairs { try config.set(name, to: value) }
        return config
    }

    @Test func sameConfigAndSeedGiveIdenticalHistories() throws {
        let trainer = Trainer(data: Self.tinyData())
        for pairs in [
            [], [("dropout", "0.3"), ("batchnorm", "on")],
            [("optimizer", "adam"), ("lr", "0.001"), ("augment", "random")],
            [
                ("dropconnect", "0.2"), ("weight_decay", "0.01"), ("l1", "0.001"), ("optimizer", "momentum"),
                ("lr", "0.01"),
            ],
        ] {
            let config = try Self.config(pairs)
            let a = try trainer.run(config), b = try trainer.run(config)
            #expect(a.history.map(\.withoutTime) == b.history.map(\.withoutTime), "\(pairs)")
            #expect(a.testPredictions == b.testPredictions)
        }
    }

    @Test func differentSeedsGiveDifferentHistories() throws {
        let trainer = Trainer(data: Self.tinyData())
        let a = try trainer.run(try Self.config([])), b = try trainer.run(try Self.config([("seed", "1")]))
        #expect(a.history.map(\.withoutTime) != b.history.map(\.withoutTime))
    }

    @Test func learnsTheTinyProblem() throws {
        let result = try Trainer(data: Self.tinyData()).run(try Self.config([]))
        #expect(result.status == .finished)
        #expect(result.history.count == 5)
        #expect((result.final?.testAccuracy ?? 0) > 0.9)
    }

    @Test func eventsArriveInOrder() throws {
        var events: [String] = []
        _ = try Trainer(data: Self.tinyData()).run(try Self.config([("epochs", "3")])) { event in
            switch event {
            case .started(let epochs, let batches, let images): events.append("started \(epochs) \(batches) \(images)")
            case .batchProgress: break
            case .epochFinished(let metrics): events.append("epoch \(metrics.epoch)")
            case .finished(let result): events.append("finished \(result.status.name)")
            }
        }
        #expect(events == ["started 3 20 200", "epoch 1", "epoch 2", "epoch 3", "finished finished"])
    }

    @Test func cancellationKeepsTheEpochsDone() throws {
        var epochsSeen = 0
        var result: RunResult?
        result = try Trainer(data: Self.tinyData()).run(
            try Self.config([("epochs", "50")]),
            onEvent: { event in
                if case .epochFinished = event { epochsSeen += 1 }
            }, isCancelled: { epochsSeen >= 2 })
        #expect(result?.status == .cancelled)
        #expect(result?.history.count == 2)
    }

    @Test func aHugeLearningRateDivergesInsteadOfPrintingGarbage() throws {
        let result = try Trainer(data: Self.tinyData()).run(
            try Self.config([("lr", "10"), ("epochs", "20"), ("layers", "100,100,100,100")]))
        guard case .diverged(let epoch, let batch) = result.status else {
            Issue.record("expected divergence, got \(result.status)")
            return
        }
        #expect(epoch >= 1 && batch >= 1)
        #expect(result.history.count == epoch - 1)
        #expect(result.history.allSatisfy { $0.trainLoss.isFinite && $0.testLoss.isFinite })
    }

    /// On labels drawn at random the network can only memorise, so the validation loss turns up:
    /// training stops `patience` epochs after its lowest and keeps that epoch's weights. The final
    /// figures are the restored epoch's; the history shows every epoch run.
    @Test func earlyStoppingStopsAndRestoresTheBestEpoch() throws {
        let config = try Self.config([("val_size", "50"), ("patience", "2"), ("epochs", "40"), ("layers", "64")])
        let result = try Trainer(data: Self.tinyData(shuffledLabels: true)).run(config)
        let losses = result.history.map { try? #require($0.validationLoss) }
        #expect(losses.allSatisfy { $0 != nil }, "every epoch is validated")
        let restored = try #require(result.restoredEpoch)
        let stopped = try #require(result.stoppedEarlyAfterEpoch, "40 epochs on this problem must stop early")
        #expect(stopped < 40 && result.history.count == stopped)
        let lowest = try #require(
            result.history.min { ($0.validationLoss ?? .infinity) < ($1.validationLoss ?? .infinity) })
        #expect(restored == lowest.epoch)
        #expect(stopped == restored + 2)
        #expect(result.final == result.history[restored - 1])
    }

    @Test func rotationAugmentationMultipliesTheTrainingImages() throws {
        var images = 0
        _ = try Trainer(data: Self.tinyData()).run(try Self.config([("augment", "rotate"), ("epochs", "1")])) { event in
            if case .started(_, _, let count) = event { images = count }
        }
        #expect(images == 1000)
    }

    @Test func penaltyIsReportedApartFromTheDataLoss() throws {
        let plain = try Trainer(data: Self.tinyData()).run(try Self.config([("epochs", "1")]))
        let decayed = try Trainer(data: Self.tinyData()).run(
            try Self.config([("epochs", "1"), ("weight_decay", "0.1")]))
        #expect(plain.history[0].trainPenalty == 0)
        #expect(decayed.history[0].trainPenalty > 0)
    }

    @Test func rawEvaluationPixelsChangeTheMeasurementNotTheTraining() throws {
        let trainer = Trainer(data: Self.tinyData())
        let scaled = try trainer.run(try Self.config([("epochs", "3")]))
        let raw = try trainer.run(try Self.config([("epochs", "3"), ("eval_pixels", "raw")]))
        #expect(raw.history.count == 3)
        let rawLoss = try #require(raw.history.last?.testLoss), scaledLoss = try #require(scaled.history.last?.testLoss)
        // 255 times the input makes the (here mostly right) logits far more confident.
        #expect(rawLoss < scaledLoss / 2, "raw \(rawLoss) against scaled \(scaledLoss)")
        // Same training (evaluation changes no weight): run again scaled, same numbers as before.
        #expect(
            try trainer.run(try Self.config([("epochs", "3")])).history.map(\.withoutTime)
                == scaled.history.map(\.withoutTime))
    }

    @Test func invalidCombinationsAreRefusedBeforeTraining() throws {
        let trainer = Trainer(data: Self.tinyData())
        // A dataset smaller than train_size (a --data directory of a few images) is an error, not a crash.
        #expect(
            throws: HintedError(
                "train_size is 300, but this dataset has 200 training images", hint: "e.g. set train_size 200")
        ) {
            try trainer.run(RunConfig())
        }
        #expect(throws: HintedError.self) { try trainer.run(try Self.config([("batchnorm", "on"), ("batch", "1")])) }
    }

    /// The whole object, read back by Foundation: the schema's fields, knob values typed
    /// (numbers as numbers, layers as an array, words as strings), one entry per epoch.
    @Test func jsonIsTheRunSchemaWhole() throws {
        let config = try Self.config([("epochs", "2"), ("val_size", "20"), ("augment", "rotate:10")])
        let result = try Trainer(data: Self.tinyData()).run(config)
        let parsed = try Self.parsed(result.json(id: 4))
        func orNull(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }
        // Every knob, by the README's rule: numbers as numbers, words as strings (a knob added to
        // the table is checked without touching this test); then the ones this run set or whose
        // type matters most, written out.
        var knobs: [String: Any] = [:]
        for knob in RunConfig.knobs {
            let text = knob.value(in: RunConfig())
            knobs[knob.name] = Double(text).map { $0 as Any } ?? text
        }
        knobs.merge([
            "train_size": 200, "layers": [32, 32], "epochs": 2, "augment": "rotate:10", "val_size": 20,
            "lr": 0.1, "optimizer": "sgd", "batchnorm": "off", "seed": 0,
        ]) { $1 }
        let expected: [String: Any] = [
            "schema": "overfit-run/1", "tool": "overfit \(OverfitVersion.current)", "run": 4, "status": "finished",
            "diverged_at": NSNull(), "training_images": 540, "restored_epoch": NSNull(),
            "stopped_early_after_epoch": NSNull(),
            "config": knobs,
            // A healthy run (tiny synthetic digits, train and test at 100%): nothing to advise.
            "diagnosis": ["verdict": "healthy", "advice": [Any]()] as [String: Any],
            "history": result.history.map { epoch -> [String: Any] in
                [
                    "epoch": epoch.epoch, "train_loss": epoch.trainLoss, "train_penalty": epoch.trainPenalty,
                    "train_acc": epoch.trainAccuracy, "val_loss": orNull(epoch.validationLoss),
                    "val_acc": orNull(epoch.validationAccuracy),
                    "test_loss": epoch.testLoss, "test_acc": epoch.testAccuracy,
                    "test_sampled": orNull(epoch.sampledTestImages.map(Double.init)),
                ]
            },
        ]
        #expect(Self.canonical(parsed) == Self.canonical(expected))
        #expect(result.history.count == 2 && result.history.allSatisfy { $0.validationLoss != nil })
        #expect(
            Self.canonical(try Self.parsed(result.json(id: 4, pretty: true))) == Self.canonical(expected),
            "pretty printing changes the layout only")
    }

    static func parsed(_ json: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(json.utf8))
    }

    /// A JSON value as one comparable text: keys sorted, numbers to 12 significant digits (what
    /// Foundation's reader keeps of a Double), strings quoted, so that a string "2" and a number 2
    /// differ, and 0 and 0.0 do not.
    static func canonical(_ value: Any) -> String {
        switch value {
        case let dictionary as [String: Any]:
            return "{"
                + dictionary.keys.sorted().map { "\($0):" + canonical(dictionary[$0] ?? NSNull()) }.joined(
                    separator: ",") + "}"
        case let array as [Any]:
            return "[" + array.map(canonical).joined(separator: ",") + "]"
        case let string as String:
            return "\"" + string + "\""
        case is NSNull:
            return "null"
        case let number as NSNumber:
            return String(format: "%.12g", number.doubleValue)
        case let number as Int:
            return String(format: "%.12g", Double(number))
        case let number as Double:
            return String(format: "%.12g", number)
        default:
            return "?\(type(of: value))"
        }
    }
}

extension EpochMetrics {
    /// The metrics with wall time zeroed: everything that must be identical run to run.
    var withoutTime: EpochMetrics {
        var copy = self
        copy.seconds = 0
        return copy
    }
}
