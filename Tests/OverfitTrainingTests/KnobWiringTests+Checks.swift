import OverfitData
import Testing

@testable import OverfitEngine
@testable import OverfitTraining

/// One check per knob: the value tried, settings both runs share, and the knob's own effect.
extension KnobWiringTests {
    static let checks: [String: Check] = [
        // Another dataset: the network follows its images (12x12) and classes (3).
        "dataset": Check(value: "fashion", base: [("train_size", "100")]) { before, after in
            #expect(before.architecture.classes == 4 && after.architecture.classes == 3)
            #expect(linears(after.network).first?.inputs == 144 && linears(before.network).first?.inputs == 784)
        },
        // Half the training labels redrawn: the trained labels differ from the data's, the test
        // labels never.
        "label_noise": Check(value: "0.5") { before, after in
            let data = TrainerTests.tinyData(train: 400)
            let clean = TrainingSets(config: before.config, data: data).trainingOriginal.labels
            let noisy = TrainingSets(config: after.config, data: data).trainingOriginal.labels
            let changed = zip(clean, noisy).filter { $0 != $1 }.count
            #expect(changed > 50 && changed < 150, "label_noise 0.5 changed \(changed) of 200 labels")
            #expect(data.test.labels == TrainerTests.tinyData(train: 400).test.labels)
        },
        // Each epoch measured on the first 7 test images, the final network on all of them.
        "test_eval": Check(value: "7") { before, after in
            #expect(before.result.history.map(\.sampledTestImages) == [nil, nil, nil])
            #expect(after.result.history.map(\.sampledTestImages) == [7, 7, nil])
            #expect(after.result.final?.testAccuracy == before.result.final?.testAccuracy)
        },
        "train_size": Check(value: "100") { before, after in
            #expect(before.batchesPerEpoch == 20 && after.batchesPerEpoch == 10 && after.trainingImages == 100)
        },
        "subset": Check(value: "random") { before, after in
            let data = TrainerTests.tinyData(train: 400)
            let first = TrainingSets(config: before.config, data: data).trainingOriginal
            let random = TrainingSets(config: after.config, data: data).trainingOriginal
            #expect(first.pixels == data.train.first(200).pixels && random.pixels != first.pixels, "subset random")
        },
        // The output layer follows the data's classes (4 for the tiny bars).
        "layers": Check(value: "64") { before, after in
            let classes = before.architecture.classes
            #expect(
                linears(before.network).map(\.outputs) == [32, 32, classes]
                    && linears(after.network).map(\.outputs) == [64, classes])
        },
        "activation": Check(value: "tanh") { before, after in
            #expect(functions(before.network) == [.relu, .relu] && functions(after.network) == [.tanh, .tanh])
        },
        // A one-step run at a tiny learning rate leaves the initial weights: He starts biases at 0.
        "init": Check(value: "he", base: [("lr", "0.000001"), ("epochs", "1")]) { before, after in
            let largestBias = { (o: KnobWiringTests.Observed) in
                linears(o.network).flatMap(\.bias.value.values).map(abs).max() ?? 0
            }
            #expect(largestBias(before) > 0.01 && largestBias(after) < 1e-4, "init he: biases \(largestBias(after))")
        },
        // One step from the same start: Adam moves every weight with a gradient by about lr (m̂/√v̂
        // = g/|g|), where SGD moves each by lr·g.
        "optimizer": Check(value: "adam", base: [("lr", "0.01"), ("batch", "200"), ("epochs", "1")]) { before, after in
            let byLearningRate = { (o: KnobWiringTests.Observed) in
                let steps = KnobWiringTests.steps(o)
                return Double(steps.filter { abs($0 - 0.01) < 0.0001 }.count) / Double(steps.count)
            }
            #expect(
                byLearningRate(after) > 0.5 && byLearningRate(before) < 0.05,
                "adam moved \(byLearningRate(after)) of the weights by lr, sgd \(byLearningRate(before))")
        },
        // One SGD step from the same start is lr·gradient: a tenth of the learning rate, a tenth of the step.
        "lr": Check(value: "0.01", base: [("batch", "200"), ("epochs", "1")]) { before, after in
            let ratio = largestStep(before) / largestStep(after)
            #expect(abs(ratio - 10) < 0.01, "lr: steps in ratio \(ratio)")
        },
        "momentum": Check(value: "0.5", base: [("optimizer", "momentum")]) { _, after in
            let optimizer = after.config.makeOptimizer(for: after.network.parameters) as? SGD
            #expect(optimizer?.momentum == 0.5)
        },
        "batch": Check(value: "50") { before, after in
            #expect(before.batchesPerEpoch == 20 && after.batchesPerEpoch == 4)
        },
        "epochs": Check(value: "2") { before, after in
            #expect(before.result.history.count == 3 && after.result.history.count == 2)
        },
        "weight_decay": Check(value: "0.1") { before, after in
            #expect(
                squaredWeights(after.network) < squaredWeights(before.network) * 0.9,
                "weight_decay: ΣW² \(squaredWeights(after.network)) against \(squaredWeights(before.network))")
        },
        "l1": Check(value: "0.01") { before, after in
            #expect(
                nearZeroWeights(after.network) > 2 * nearZeroWeights(before.network),
                "l1: \(nearZeroWeights(after.network)) weights near 0 against \(nearZeroWeights(before.network))")
        },
        "dropout": Check(value: "0.5") { before, after in
            #expect(
                trainingModeExcess(before.network) == 0 && trainingModeExcess(after.network) > 0,
                "dropout: training-mode loss exceeds evaluation's by \(trainingModeExcess(after.network))")
        },
        "dropconnect": Check(value: "0.5") { before, after in
            #expect(
                trainingModeExcess(before.network) == 0 && trainingModeExcess(after.network) > 0,
                "dropconnect: training-mode loss exceeds evaluation's by \(trainingModeExcess(after.network))")
        },
        "batchnorm": Check(value: "on") { before, after in
            #expect(norms(before.network).isEmpty && norms(after.network).count == 2)
        },
        "bn_eval": Check(value: "batch", base: [("batchnorm", "on")]) { before, after in
            #expect(norms(before.network).allSatisfy { !$0.evaluatesWithBatchStatistics })
            #expect(norms(after.network).count == 2 && norms(after.network).allSatisfy(\.evaluatesWithBatchStatistics))
        },
        "bn_shared": Check(value: "on", base: [("batchnorm", "on")]) { before, after in
            let states = { (o: KnobWiringTests.Observed) in
                Set(norms(o.network).map { ObjectIdentifier($0.state) }).count
            }
            #expect(states(before) == 2 && states(after) == 1 && norms(after.network).count == 2)
        },
        "augment": Check(value: "rotate") { before, after in
            #expect(before.trainingImages == 200 && after.trainingImages == 1000)
        },
        "val_size": Check(value: "50") { before, after in
            #expect(before.result.history.allSatisfy { $0.validationLoss == nil })
            #expect(after.result.history.allSatisfy { $0.validationLoss != nil && $0.validationAccuracy != nil })
            #expect(after.trainingImages == 150)
        },
        // On real digits (the tiny bars never stop improving) validation loss turns within 60 epochs.
        "patience": Check(value: "3", base: [("val_size", "50"), ("epochs", "60")], realData: true) { before, after in
            #expect(before.result.restoredEpoch == nil && before.result.history.count == 60)
            let restored = after.result.restoredEpoch ?? 0, stopped = after.result.history.count
            #expect(
                stopped < 60 && restored == stopped - 3 && after.result.final?.epoch == restored,
                "patience: stopped after \(stopped), restored \(restored)")
        },
        // Evaluation only: the same weights, other figures.
        "eval_pixels": Check(value: "raw") { before, after in
            #expect(squaredWeights(before.network) == squaredWeights(after.network))
            #expect(before.result.history.last?.testLoss != after.result.history.last?.testLoss)
        },
        // A one-step run at a tiny learning rate leaves the initial weights, which the seed draws.
        "seed": Check(value: "1", base: [("lr", "0.000001"), ("epochs", "1")]) { before, after in
            let a = linears(before.network)[0].weight.value.values, b = linears(after.network)[0].weight.value.values
            #expect(zip(a, b).map { abs($0 - $1) }.max() ?? 0 > 0.01, "seed: first-layer weights barely differ")
        },
        // Two seeds: the knob's own seed first, unchanged, then the next one, each a run of its own.
        "repeats": Check(value: "2") { before, after in
            #expect(after.seeds.map(\.config.seed) == [0, 1])
            #expect(after.seeds.allSatisfy { $0.config.repeats == 1 })
            #expect(after.seeds[0].history.map(\.withoutTime) == before.result.history.map(\.withoutTime))
            #expect(after.seeds[1].history.map(\.withoutTime) != before.result.history.map(\.withoutTime))
        },
    ]

    static func linears(_ network: Network) -> [Linear] { network.layers.compactMap { $0 as? Linear } }
    static func norms(_ network: Network) -> [BatchNorm] { network.layers.compactMap { $0 as? BatchNorm } }
    static func functions(_ network: Network) -> [ActivationLayer.Function] {
        network.layers.compactMap { ($0 as? ActivationLayer)?.function }
    }

    /// ΣW² over the weight matrices (not biases).
    static func squaredWeights(_ network: Network) -> Double {
        linears(network).flatMap(\.weight.value.values).reduce(0) { $0 + Double($1) * Double($1) }
    }

    static func nearZeroWeights(_ network: Network) -> Int {
        linears(network).flatMap(\.weight.value.values).filter { abs($0) < 1e-3 }.count
    }

    /// How far each weight moved between the run's initial network (same seed) and its end.
    static func steps(_ observed: Observed) -> [Float] {
        let start = Network(observed.architecture, seed: observed.config.seed)
        return zip(linears(start), linears(observed.network)).flatMap {
            zip($0.weight.value.values, $1.weight.value.values)
        }
        .map { abs($0 - $1) }
    }

    static func largestStep(_ observed: Observed) -> Float { steps(observed).max() ?? 0 }

    /// Mean excess of the loss over 50 tiny training images in training mode (five draws of the
    /// masks) over the loss in evaluation mode, at the network's final weights: 0 where training
    /// draws no masks.
    static func trainingModeExcess(_ network: Network) -> Double {
        let data = TrainerTests.tinyData(train: 400).train
        let x = Matrix(rows: 50, cols: 784)
        data.fillBatch(indices: Array(0..<50), into: x.data)
        let labels = (0..<50).map { Int32(data.labels[$0]) }
        let head = SoftmaxCrossEntropy(classes: network.classes)
        let loss = { (mode: Mode) in
            labels.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { head.forward(network.forward(x, mode: mode), labels: $0) } ?? .nan
            }
        }
        let evaluation = loss(.evaluation)
        return (0..<5).map { _ in Double(loss(.training) - evaluation) }.reduce(0, +) / 5
    }
}
