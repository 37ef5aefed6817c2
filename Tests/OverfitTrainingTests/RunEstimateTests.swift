import OverfitData
import Testing

@testable import OverfitTraining

/// The estimate a run is refused on: each part grows with the knobs that make it, the check
/// names the largest part and the knob to turn, and the budget flag reads what people type.
/// (Its figures against measured peak memory are in the README; measuring is not a test.)
@Suite struct RunEstimateTests {
    func config(_ settings: [String: String]) throws -> RunConfig {
        var config = RunConfig()
        for (knob, value) in settings { try config.set(knob, to: value) }
        return config
    }

    func part(_ estimate: RunEstimate, _ name: String) -> Int {
        estimate.parts.first { $0.name == name }?.bytes ?? -1
    }

    @Test func theIssuesRunIsRefusedAndNamesTheBatch() throws {
        let huge = try config([
            "layers": Array(repeating: "4096", count: 12).joined(separator: ","), "train_size": "60000",
            "batch": "60000",
        ])
        let estimate = RunEstimate(config: huge)
        // One batch of 60,000 rows through 12 layers of 4096: forward and backward buffers.
        #expect(part(estimate, "one batch's activations and gradients") > 40 << 30)
        let error = #expect(throws: HintedError.self) {
            try estimate.check(MemoryBudget(bytes: 8 << 30, origin: "test"))
        }
        #expect(
            error?.message.hasPrefix(
                "this run would need about 47.8 GB of memory (one batch's activations and gradients") == true)
        #expect(error?.message.hasSuffix("more than the budget of 8.0 GB (test); nothing was run") == true)
        #expect(error?.hint?.hasPrefix("use smaller batches, e.g. set batch 100") == true)
        try estimate.check(MemoryBudget(bytes: 64 << 30, origin: "test"))
    }

    @Test func eachPartGrowsWithItsKnobs() throws {
        let base = RunEstimate(config: RunConfig())
        let wide = RunEstimate(config: try config(["layers": "4096,4096,4096,4096"]))
        #expect(
            part(wide, "weights, gradients and optimiser state") > 40
                * part(base, "weights, gradients and optimiser state"))
        let adam = RunEstimate(config: try config(["optimizer": "adam"]))
        let parameters = (784 * 100 + 100) + 3 * (100 * 100 + 100) + (100 * 10 + 10)
        #expect(
            part(adam, "weights, gradients and optimiser state") - part(base, "weights, gradients and optimiser state")
                == 2 * parameters * 4)
        let bigBatch = RunEstimate(config: try config(["batch": "100"]))
        #expect(
            part(bigBatch, "one batch's activations and gradients") == 10
                * part(base, "one batch's activations and gradients"))
        let rotated = RunEstimate(config: try config(["augment": "rotate"]))
        #expect(part(rotated, "the training images") > 5 * part(base, "the training images"))
        // A weights-dominated run is told to narrow its layers, not its batch.
        let error = #expect(throws: HintedError.self) { try wide.check(MemoryBudget(bytes: 1 << 20, origin: "test")) }
        #expect(error?.hint?.hasPrefix("use fewer or narrower layers") == true)
    }

    /// The hint never suggests the value already set (issue 19: `--memory-budget 600MB` was told
    /// to set the layers it had), and the budget it suggests is above the need.
    @Test func theHintNamesAValueSmallerThanTheOneSet() throws {
        let tiny = MemoryBudget(bytes: 1 << 20, origin: "test")
        for (settings, expected) in [
            (["batch": "60000", "train_size": "60000", "layers": "256,256,256,256,256,256"], "set batch 100"),
            // Evaluating 10,000 test images through wide layers outweighs the batch: the layers.
            (["batch": "1000", "layers": "1024,1024,1024,1024,1024,1024"], "set layers 256,256,256,256,256,256"),
            (["layers": "4096,4096,4096,4096"], "set layers 1024,1024,1024,1024"),
            (["layers": "100,100,100,100", "train_size": "60000", "augment": "rotate"], "set train_size 3000"),
        ] {
            let estimate = RunEstimate(config: try config(settings))
            let error = #expect(throws: HintedError.self) { try estimate.check(tiny) }
            let hint = try #require(error?.hint)
            #expect(hint.contains(expected), "\(settings): \(hint)")
            for (knob, value) in settings { #expect(!hint.contains("set \(knob) \(value)"), "\(hint)") }
            let suggested = try #require(hint.split(separator: "--memory-budget ").last?.split(separator: "GB").first)
            #expect((Int(suggested) ?? 0) << 30 >= estimate.bytes, "\(hint)")
        }
        // Data that is itself the largest part: the dataset is named, no knob pretends to help.
        let pictures = RunEstimate(
            config: RunConfig(), shape: DataShape(trainCount: 12_000, testCount: 2_000, rows: 256, cols: 256))
        let error = #expect(throws: HintedError.self) {
            try pictures.check(MemoryBudget(bytes: 600 << 20, origin: "test"))
        }
        #expect(error?.hint?.hasPrefix("the dataset's images are too many or too large for the budget") == true)
    }

    /// A replayed file's runs get 2 GB unless the learner set a budget, or the machine's is lower.
    @Test func replayedFilesGetALaptopBudgetUnlessTheLearnerSetOne() {
        let machine = MemoryBudget(bytes: 16 << 30, origin: "half this machine's RAM")
        #expect(machine.forReplayedFiles.bytes == 2 << 30)
        let chosen = MemoryBudget(bytes: 16 << 30, origin: MemoryBudget.flagOrigin)
        #expect(chosen.forReplayedFiles == chosen)
        let small = MemoryBudget(bytes: 1 << 30, origin: "half this machine's RAM")
        #expect(small.forReplayedFiles == small)
    }

    @Test func longRunsAreAnnouncedShortOnesAreNot() throws {
        #expect(RunEstimate(config: RunConfig()).durationNote == nil)
        let long = RunEstimate(config: try config(["train_size": "60000", "batch": "1", "epochs": "50"]))
        #expect(long.durationNote?.hasPrefix("this run may take up to about") == true)
        #expect(long.durationNote?.hasSuffix("Ctrl-C stops it and keeps the epochs done") == true)
    }

    @Test(arguments: [
        ("16GB", 16 << 30), ("16g", 16 << 30), ("512MB", 512 << 20), ("512 M", 512 << 20), ("2048", 2048 << 20),
        ("0.5GB", 512 << 20),
    ])
    func budgetSizesRead(text: String, bytes: Int) {
        #expect(MemoryBudget.parse(text) == bytes)
    }

    @Test func badBudgetSizesAreRefused() {
        for text in ["", "GB", "-1GB", "0", "lots", "1e400", "nan", "16TB"] {
            #expect(MemoryBudget.parse(text) == nil, "\(text)")
        }
        #expect(MemoryBudget.machineDefault.bytes > 0)
        #expect(MemoryBudget.format(512 << 20) == "512 MB" && MemoryBudget.format(3 << 29) == "1.5 GB")
    }
}
