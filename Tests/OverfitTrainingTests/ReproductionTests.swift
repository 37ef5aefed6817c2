import OverfitData
import OverfitTraining
import Testing

/// Seed 004's experiments on the real MNIST, with the bands the engine issue states.
/// Slow in debug builds: CI runs the suite in release.
@Suite(.serialized) struct ReproductionTests {
    @Test func seed004BaselineMemorisesAndGeneralisesTo77Percent() throws {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        let result = try Trainer(data: data).run(RunConfig())
        let final = try #require(result.final)
        #expect(result.status == .finished)
        #expect(result.history.count == 100)
        #expect(final.trainAccuracy == 1.0)
        #expect((0.73...0.81).contains(final.testAccuracy), "test accuracy \(final.testAccuracy)")
    }

    /// All 60,000 images for 2 epochs. With batches of 10 (the baseline's) the network passes 96%.
    /// With batches of 100 it makes a tenth of the steps and ends near 93.5% for seed 0: this
    /// deep, PyTorch-initialised network spends its first few hundred steps on a plateau. The
    /// engine issue's "≥ 95% at batch 100" is not a property of the network: over seeds 0–19
    /// PyTorch's median is 94.77% and 4 of 20 runs reach 95% (bench/seed-spread, README).
    @Test(arguments: [(10, 0.96), (100, 0.93)])
    func fullDataForTwoEpochsGeneralises(batch: Int, atLeast: Double) throws {
        let final = try fullDataForTwoEpochs(batch: batch, seed: 0)
        #expect(final.testAccuracy >= atLeast, "test accuracy \(final.testAccuracy)")
        #expect(final.gap < 0.02, "a small gap with plenty of data")
    }

    /// The distribution, not one draw: the median of seeds 0–4 at batch 100 lands where PyTorch's
    /// runs of the same network land (94.0–95.3% over its seeds 0–19; ours is 94.2% here). The
    /// band is half a point wider each side, since bit-exact figures hold on one machine only.
    @Test func fullDataAtBatch100MatchesPyTorchsSpreadAcrossSeeds() throws {
        let finals = try (0..<5).map { seed in try fullDataForTwoEpochs(batch: 100, seed: seed).testAccuracy }
        let median = finals.sorted()[2]
        #expect((0.935...0.958).contains(median), "median \(median) of \(finals)")
    }

    func fullDataForTwoEpochs(batch: Int, seed: Int) throws -> EpochMetrics {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        var config = RunConfig()
        try config.set("train_size", to: "60000")
        try config.set("batch", to: String(batch))
        try config.set("epochs", to: "2")
        try config.set("seed", to: String(seed))
        let result = try Trainer(data: data).run(config)
        return try #require(result.final)
    }
}
