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

    @Test func fullDataForTwoEpochsReaches95Percent() throws {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        var config = RunConfig()
        try config.set("train_size", to: "60000")
        try config.set("batch", to: "100")
        try config.set("epochs", to: "2")
        let result = try Trainer(data: data).run(config)
        let final = try #require(result.final)
        #expect(final.testAccuracy >= 0.95, "test accuracy \(final.testAccuracy)")
    }
}
