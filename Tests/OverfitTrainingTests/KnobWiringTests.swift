import OverfitData
import Testing

@testable import OverfitEngine
@testable import OverfitTraining

/// Every knob reaches the engine: a short run with a value other than the base's gives another
/// history, and an effect only that knob has is seen in the trained network or the run's
/// record. A knob added to `RunConfig.knobs` without a check here fails the test.
@Suite struct KnobWiringTests {
    /// What one run left: its record, the trained network, and what the trainer announced.
    struct Observed: Sendable {
        let config: RunConfig
        let result: RunResult
        let network: Network
        /// The network the run built, for its data's image size and classes.
        let architecture: Architecture
        let batchesPerEpoch: Int
        let trainingImages: Int
        /// Every seed's run (`repeats`); the one run without.
        var seeds: [RunResult] = []
    }

    /// The base both runs share (on 400 tiny training images): 200 images, two hidden layers of
    /// 32, 3 epochs; each check may add settings to it.
    static let base: [(String, String)] = [("train_size", "200"), ("layers", "32,32"), ("epochs", "3")]

    struct Check: Sendable {
        var value: String
        var base: [(String, String)] = []
        /// Train on the real MNIST instead of the tiny bars.
        var realData = false
        var effect: @Sendable (_ base: Observed, _ changed: Observed) -> Void
    }

    static func observe(_ settings: [(String, String)], realData: Bool = false) throws -> Observed {
        var config = RunConfig()
        for (name, value) in base + settings { try config.set(name, to: value) }
        let mnist =
            realData
            ? try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
            : TrainerTests.tinyData(train: 400)
        // `dataset fashion` loads other images: 12x12 bars in 3 classes.
        let trainers = Trainers { source in source == .fashion ? DataKnobWiringTests.data(side: 12, classes: 3) : mnist
        }
        let trainer = try trainers.trainer(for: config.dataset)
        let data = trainer.data
        var network: Network?
        trainer.networkObserver = { network = $0 }
        var batches = 0, images = 0
        // `repeats` trains its seeds as a run does, one worker so the observer sees one network at a time.
        let seeds = try SeedRunner(trainer: trainer, workers: 1).run(config.seedConfigs) { report in
            if case .event(_, .started(_, let perEpoch, let count)) = report { (batches, images) = (perEpoch, count) }
        }
        let result = try #require(seeds.first)
        return Observed(
            config: config, result: result, network: try #require(network),
            architecture: config.architecture(image: data.image, classes: data.classes),
            batchesPerEpoch: batches, trainingImages: images, seeds: seeds)
    }

    /// Every seed's history, one after the other.
    static func history(_ observed: Observed) -> [EpochMetrics] {
        observed.seeds.flatMap { $0.history.map(\.withoutTime) }
    }

    /// Before any training: every knob of the table has a check, and every check a knob. A new
    /// knob (a dataset, label noise, a test evaluation…) fails here by name until its check is
    /// written; a renamed one leaves a check that names a knob the table lacks.
    @Test func everyKnobHasAWiringCheck() {
        let names = RunConfig.knobs.map(\.name)
        let unchecked = names.filter { Self.checks[$0] == nil }
        let stale = Self.checks.keys.filter { !names.contains($0) }.sorted()
        #expect(
            unchecked.isEmpty,
            """
            \(unchecked.map { "knob \($0) has no wiring check" }.joined(separator: "; ")): add one to \
            KnobWiringTests.checks (KnobWiringTests+Checks.swift): a value other than the base's, and an effect only that knob has
            """)
        #expect(
            stale.isEmpty,
            "KnobWiringTests.checks has checks for \(stale.joined(separator: ", ")), which are not in RunConfig.knobs")
    }

    @Test func everyKnobChangesTheRunAndHasItsOwnEffect() throws {
        for knob in RunConfig.knobs {
            guard let check = Self.checks[knob.name] else {
                Issue.record("knob \(knob.name) has no wiring check: add one to KnobWiringTests.checks")
                continue
            }
            let before = try Self.observe(check.base, realData: check.realData)
            let after = try Self.observe(check.base + [(knob.name, check.value)], realData: check.realData)
            #expect(
                try after.config.value(of: knob.name) != (try before.config.value(of: knob.name)),
                "\(knob.name): same value")
            #expect(
                Self.history(after) != Self.history(before), "\(knob.name) \(check.value) left the history unchanged")
            check.effect(before, after)
        }
    }

    /// A knob the other knobs leave without effect is named by `idleKnobNotes`, and truly
    /// changes nothing.
    @Test(arguments: [
        ("momentum", "0.5", [("optimizer", "sgd")]),
        ("bn_shared", "on", [("batchnorm", "off")]),
        ("bn_eval", "batch", [("batchnorm", "off")]),
        ("dropout", "0.5", [("layers", "none")]),
        ("dropconnect", "0.5", [("layers", "none")]),
        ("batchnorm", "on", [("layers", "none")]),
    ])
    func idleKnobsAreNamedAndChangeNothing(knob: String, value: String, idle: [(String, String)]) throws {
        let without = try Self.observe(idle)
        let with = try Self.observe(idle + [(knob, value)])
        #expect(
            with.config.idleKnobNotes(among: [try RunConfig.knob(named: knob).id]).count == 1,
            "\(knob) is not named idle")
        #expect(Self.history(with) == Self.history(without), "\(knob) \(value) changed a run it should leave alone")
    }
}
