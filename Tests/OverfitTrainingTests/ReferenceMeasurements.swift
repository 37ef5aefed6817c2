import Foundation
import OverfitData
import OverfitEngine
import Testing

@testable import OverfitTraining

/// Not a test: our engine's figures for bench/REFERENCES.md, run by bench/engine-references
/// (it sets OVERFIT_REFERENCES to the JSON-lines file to write). Skipped otherwise. Until the
/// second part of issue 14 gives these settings knobs, this is how to run them on real data.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["OVERFIT_REFERENCES"] != nil))
struct ReferenceMeasurements {
    static let environment = ProcessInfo.processInfo.environment

    /// name → (dataset, config): the experiments of bench/reference_experiments.py.
    static func experiment(_ name: String) throws -> (DatasetSource, RunConfig)? {
        var config = RunConfig()
        // The test set is measured once, at the end, as in the PyTorch script: 1 sampled image per epoch.
        config.testEvaluation = .sampled(first: 1)
        switch name {
        case "cnn":
            config.layers = [100]
            config.convolutions = [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)]
        case "mlp": break
        case "random-labels": config.labelNoise = 1
        case "noise20": config.labelNoise = 0.2
        case "fashion": return (.fashion, config)
        case "fashion-full":
            try config.set("train_size", to: "60000")
            try config.set("batch", to: "100")
            try config.set("epochs", to: "5")
            return (.fashion, config)
        default:
            // sweep-H: 784-H-10 with 20% label noise (double descent).
            guard name.hasPrefix("sweep-"), let width = Int(name.dropFirst(6)) else { return nil }
            config.layers = [width]
            config.labelNoise = 0.2
        }
        return (.mnist, config)
    }

    @Test func measure() throws {
        let output = try #require(Self.environment["OVERFIT_REFERENCES"])
        let names = (Self.environment["OVERFIT_REFERENCE_EXPERIMENTS"] ?? "cnn").split(separator: ",").map(String.init)
        let seeds = (Self.environment["OVERFIT_REFERENCE_SEEDS"] ?? "0,1,2").split(separator: ",").compactMap {
            UInt64($0)
        }
        let epochs = Self.environment["OVERFIT_REFERENCE_EPOCHS"].flatMap { Int($0) }
        var trainers: [DatasetSource: Trainer] = [:]
        var lines = ""
        for name in names {
            guard let (source, base) = try Self.experiment(name) else {
                Issue.record("unknown experiment \(name)"); continue
            }
            let trainer =
                try trainers[source] ?? Trainer(data: TrainingData.load(source, environment: Self.environment))
            trainers[source] = trainer
            for seed in seeds {
                var config = base
                config.seed = seed
                if let epochs, !name.hasPrefix("fashion-full") { config.epochs = epochs }
                let result = try trainer.run(config)
                let final = try #require(result.final)
                let firstFull = result.history.first { $0.trainAccuracy == 1 }?.epoch
                let fields: [(String, JSONValue)] = [
                    ("experiment", .string(name)), ("seed", .integer(Int(seed))), ("epochs", .integer(config.epochs)),
                    ("train_acc", .number(final.trainAccuracy)), ("test_acc", .number(final.testAccuracy)),
                    ("test_loss", .number(final.testLoss)),
                    ("first_epoch_train_100", firstFull.map(JSONValue.integer) ?? .null),
                    ("parameters", .integer(try config.parameterCount(for: trainer.data))),
                    ("seconds", .number(result.totalSeconds)),
                ]
                lines += JSONValue.object(fields).text() + "\n"
                try lines.write(toFile: output, atomically: true, encoding: .utf8)
            }
        }
    }
}
