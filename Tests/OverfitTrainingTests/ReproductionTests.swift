import OverfitData
import OverfitTraining
import Testing

/// The lab slides' experiments on the real MNIST. Every figure is now the same on every CPU
/// (PathIdentityTests, FingerprintTests), so these tests hold wherever they hold here; their
/// bounds are claims about the network, over several seeds, taken from the sources or from
/// PyTorch's runs of the same network, never from our own output.
/// Slow in debug builds: CI runs the suite in release.
@Suite(.serialized) struct ReproductionTests {
    /// The slides' baseline reached 100% train and 76.37% test; each of seeds 0–2 lands within
    /// 4 points of that (the slides ran one seed of their own).
    @Test(arguments: [0, 1, 2])
    func baselineMemorisesAndGeneralisesNearTheSlides(seed: Int) throws {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        var config = RunConfig()
        try config.set("seed", to: String(seed))
        let result = try Trainer(data: data).run(config)
        let final = try #require(result.final)
        #expect(result.status == .finished)
        #expect(result.history.count == 100)
        #expect(final.trainAccuracy == 1.0)
        #expect((0.7237...0.8037).contains(final.testAccuracy), "seed \(seed): test accuracy \(final.testAccuracy)")
    }

    /// All 60,000 images for 2 epochs. At batch 100 (1,200 steps) this deep, PyTorch-initialised
    /// network is still leaving its early plateau: PyTorch's own runs end between 94.0% and
    /// 95.3% over seeds 0–19 (bench/seed-spread, README), and the median of our seeds 0–4 must
    /// land in that band, widened by half a point each side for five seeds instead of twenty.
    /// Batches of 10 make ten times the steps in the same 2 epochs: on each of seeds 0–2 the
    /// network ends above where the same seed ends at batch 100. (This replaces a single-seed
    /// threshold, 96% at batch 10, that one machine's rounding decided.)
    @Test func fullDataForTwoEpochsAcrossSeeds() throws {
        let large = try (0..<5).map { seed in try fullDataForTwoEpochs(batch: 100, seed: seed) }
        let median = large.map(\.testAccuracy).sorted()[2]
        #expect((0.935...0.958).contains(median), "median \(median) of \(large.map(\.testAccuracy))")
        for seed in 0..<3 {
            let small = try fullDataForTwoEpochs(batch: 10, seed: seed)
            #expect(
                small.testAccuracy > large[seed].testAccuracy,
                "seed \(seed): batch 10 \(small.testAccuracy), batch 100 \(large[seed].testAccuracy)")
            #expect(small.gap < 0.02, "seed \(seed): a small gap with plenty of data (\(small.gap))")
        }
        #expect(large.allSatisfy { $0.gap < 0.02 }, "a small gap with plenty of data: \(large.map(\.gap))")
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
