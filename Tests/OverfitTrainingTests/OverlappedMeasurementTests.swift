import Foundation
import OverfitData
import Testing

@testable import OverfitEngine
@testable import OverfitTraining

/// With two threads each epoch is measured on a copy of the weights while the next epoch trains
/// (`EpochMeasurement`). A run that ends early (early stopping, a loss that is not a number,
/// Ctrl-C) must end exactly as the one-thread run, which measures in place: the same history,
/// status and predictions, and the same weights left behind.
@Suite(.serialized) struct OverlappedMeasurementTests {
    struct Outcome: Equatable {
        var bits: [String]
        var stoppedEarly: Int?
        var weights: [UInt32]
        var events: [String]
    }

    /// Runs `config` on this CPU's fastest path with `threads` threads; with `stopAfter`, asks to
    /// stop once that many epochs are recorded, as a replay of a cancelled run does.
    static func outcome(_ config: RunConfig, threads: Int, stopAfter: Int? = nil) throws -> Outcome {
        let trainer = Trainer(data: try PathIdentityTests.realData())
        var weights: [UInt32] = []
        trainer.networkObserver = { network in
            weights = network.parameters.flatMap { p in (0..<p.value.count).map { p.value.data[$0].bitPattern } }
        }
        var recorded = 0
        var events: [String] = []
        let settings = KernelSettings(path: KernelPath.supported.last ?? .portable, threads: threads)
        let result = try Engine.withSettings(settings) {
            try trainer.run(
                config,
                onEvent: { event in
                    switch event {
                    case .batchProgress(let epoch, _, _): events.append("batch \(epoch)")
                    case .epochFinished(let metrics):
                        events.append("epoch \(metrics.epoch)")
                        recorded += 1
                    default: break
                    }
                },
                isCancelled: { stopAfter.map { recorded >= $0 } ?? false })
        }
        return Outcome(
            bits: PathIdentityTests.fingerprint(result), stoppedEarly: result.stoppedEarlyAfterEpoch, weights: weights,
            events: events)
    }

    static func expectSame(_ config: RunConfig, stopAfter: Int? = nil) throws -> Outcome {
        let alone = try outcome(config, threads: 1, stopAfter: stopAfter)
        let overlapped = try outcome(config, threads: 2, stopAfter: stopAfter)
        #expect(overlapped.bits == alone.bits, "history, status or predictions differ")
        #expect(overlapped.stoppedEarly == alone.stoppedEarly)
        #expect(overlapped.weights == alone.weights, "the weights left behind differ")
        return overlapped
    }

    /// Patience runs out while the next epoch is training: that epoch is undone, the best
    /// epoch's weights come back.
    @Test func earlyStopping() throws {
        let config = try PathIdentityTests.config([
            ("train_size", "1300"), ("val_size", "300"), ("patience", "1"), ("epochs", "60"),
        ])
        let outcome = try Self.expectSame(config)
        #expect(outcome.stoppedEarly != nil, "the run should stop early")
    }

    /// Momentum at lr 0.5 measures epoch 1 and blows up in epoch 2, while epoch 1 is measuring.
    @Test func divergenceInTheNextEpoch() throws {
        let config = try PathIdentityTests.config([("optimizer", "momentum"), ("lr", "0.5"), ("epochs", "30")])
        let outcome = try Self.expectSame(config)
        #expect(outcome.bits.last(where: { $0.hasPrefix("diverged") }) != nil, "the run should diverge")
        #expect(outcome.bits.count == 1 + 2, "one measured epoch, the status, the predictions")
    }

    /// A replay of a run cancelled after 2 epochs stops once 2 are recorded: 2 epochs, cancelled,
    /// the weights of epoch 2. With 30 batches an epoch, epoch 2's figures come in after epoch 3
    /// has trained; with 300, while it trains: both are undone.
    @Test(arguments: ["300", "3000"]) func stopAfterTwoRecordedEpochs(trainSize: String) throws {
        let config = try PathIdentityTests.config([("train_size", trainSize), ("epochs", "6")])
        let outcome = try Self.expectSame(config, stopAfter: 2)
        #expect(outcome.bits.count == 2 + 2)
        #expect(outcome.bits[2].hasPrefix("cancelled"))
    }

    /// Progress of epoch e is reported only after epoch e − 1's figures, as the one-thread run
    /// reports them (600 images: 60 batches, so progress is reported).
    @Test func eventsInOrder() throws {
        let config = try PathIdentityTests.config([("train_size", "600"), ("epochs", "6")])
        let alone = try Self.outcome(config, threads: 1)
        let overlapped = try Self.expectSame(config)
        var lastFinished = 0
        for event in overlapped.events {
            let epoch = Int(event.split(separator: " ")[1]) ?? -1
            if event.hasPrefix("epoch") {
                #expect(epoch == lastFinished + 1)
                lastFinished = epoch
            } else {
                #expect(epoch == lastFinished + 1, "progress of epoch \(epoch) before epoch \(epoch - 1) was recorded")
            }
        }
        #expect(lastFinished == 6)
        #expect(alone.events.filter { $0.hasPrefix("epoch") } == overlapped.events.filter { $0.hasPrefix("epoch") })
    }
}

/// `InferenceTeam`: an evaluation shared with a helper thread gives the bits of one made alone.
@Suite struct InferenceTeamTests {
    @Test func sharedRowsGiveTheSameLogits() throws {
        let data = try #require(RealData.shared)
        let network = Network(
            Architecture(inputs: 784, hidden: [100, 100], classes: 10, activation: .relu, initialisation: .torch),
            seed: 3)
        let images = Matrix(rows: 3_000, cols: 784)
        data.test.fillRange(0..<3_000, into: images.data)
        let alone = network.infer(images)
        let expected = (0..<alone.count).map { alone.data[$0].bitPattern }
        let team = InferenceTeam()
        team.startRound()
        let helper = Thread { team.help() }
        helper.start()
        let shared = network.infer(images, listed: SparseRows(images), team: team)
        team.endRound()
        #expect((0..<shared.count).map { shared.data[$0].bitPattern } == expected)
    }
}
