import OverfitData
import OverfitTraining

/// Where runs are trained. The real one loads MNIST on first use; tests inject a fake or a
/// trainer over a few synthetic images.
public protocol TrainingBackend: AnyObject {
    /// True until the data has been loaded (the first run says so on the progress line).
    var needsLoading: Bool { get }
    func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws -> RunResult
    /// The test images that `RunResult.testPredictions` refer to, for `samples`.
    func testImages() throws -> Dataset
    /// The training images, for drawing them (`rotations`).
    func trainingImages() throws -> Dataset
}

extension TrainingBackend {
    public func trainingImages() throws -> Dataset { try testImages() }
}

/// The real backend: `Trainer` over data loaded by `load` on the first run (so the prompt comes up
/// at once, and a missing dataset is an error at `run`, not a crash at start).
public final class DatasetBackend: TrainingBackend {
    private let load: () throws -> TrainingData
    private let memoryBudget: MemoryBudget
    private var trainer: Trainer?

    public init(memoryBudget: MemoryBudget = .machineDefault, load: @escaping () throws -> TrainingData) {
        self.memoryBudget = memoryBudget
        self.load = load
    }

    public var needsLoading: Bool { trainer == nil }

    private func loaded() throws -> Trainer {
        if let trainer { return trainer }
        let made = Trainer(data: try load(), memoryBudget: memoryBudget)
        trainer = made
        return made
    }

    public func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws -> RunResult {
        try loaded().run(config, onEvent: onEvent, isCancelled: isCancelled)
    }

    public func testImages() throws -> Dataset {
        try loaded().data.test
    }

    public func trainingImages() throws -> Dataset {
        try loaded().data.train
    }
}
