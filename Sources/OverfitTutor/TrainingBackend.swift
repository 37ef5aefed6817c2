import OverfitData
import OverfitTraining

/// Where runs are trained. The real one loads each dataset on first use; tests inject a fake
/// or a trainer over a few synthetic images.
public protocol TrainingBackend: AnyObject {
    /// True until MNIST has been loaded (the first run says so on the progress line).
    var needsLoading: Bool { get }
    func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws -> RunResult
    /// As `needsLoading`, for the dataset a run names.
    func needsLoading(_ source: DatasetSource) -> Bool
    /// The test images of the dataset a run named, which its `RunResult.testPredictions` refer
    /// to (for `samples`).
    func testImages(of source: DatasetSource) throws -> Dataset
    /// The training images of the dataset the knobs name, for drawing them (`rotations`).
    func trainingImages(of source: DatasetSource) throws -> Dataset
    /// The size of `source`'s data for a memory estimate, without loading it (nil: MNIST's).
    func dataShape(of source: DatasetSource) -> DataShape?
    /// Trains the seeds of a run with `repeats` (`RunConfig.seedConfigs`, one dataset), reporting
    /// on the calling thread; results in the configs' order. `stops[i]`, when given, ends seed i
    /// cancelled after that many epochs (a replayed seed that was recorded cancelled).
    func trainSeeds(
        _ configs: [RunConfig], stops: [Int?], onReport: (SeedRunner.Report) -> Void, isCancelled: () -> Bool
    ) throws -> [RunResult]
}

extension TrainingBackend {
    /// A backend with one dataset (a test's) serves it whatever the knob says.
    public func needsLoading(_ source: DatasetSource) -> Bool { needsLoading }
    public func dataShape(of source: DatasetSource) -> DataShape? { source.shape() }

    /// One seed after another through `train` (a test's backend has no threads to share).
    public func trainSeeds(
        _ configs: [RunConfig], stops: [Int?], onReport: (SeedRunner.Report) -> Void, isCancelled: () -> Bool
    ) throws -> [RunResult] {
        var results: [RunResult] = []
        for (index, config) in configs.enumerated() {
            let stop = SeedRunner.stop(stops, index)
            var epochs = 0
            let result = try train(
                config,
                onEvent: { event in
                    if case .epochFinished = event { epochs += 1 }
                    onReport(.event(seed: index, event))
                },
                isCancelled: { (stop.map { epochs >= $0 } ?? false) || isCancelled() })
            onReport(.finished(seed: index, result))
            results.append(result)
        }
        return results
    }
}

/// The real backend: `Trainers` over datasets loaded by `load` on their first run (so the
/// prompt comes up at once, and a missing dataset is an error at `run`, not a crash at start),
/// one trainer per dataset so their images and cached test sets stay apart.
public final class DatasetBackend: TrainingBackend {
    private let trainers: Trainers

    public init(memoryBudget: MemoryBudget = .machineDefault, load: @escaping Trainers.Loader) {
        trainers = Trainers(memoryBudget: memoryBudget, load: load)
    }

    public var needsLoading: Bool { trainers.needsLoading(.mnist) }

    public func needsLoading(_ source: DatasetSource) -> Bool { trainers.needsLoading(source) }

    public func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws
        -> RunResult
    {
        try trainers.run(config, onEvent: onEvent, isCancelled: isCancelled)
    }

    /// The seeds side by side, one per core (`SeedRunner`), on the one loaded dataset.
    public func trainSeeds(
        _ configs: [RunConfig], stops: [Int?], onReport: (SeedRunner.Report) -> Void, isCancelled: () -> Bool
    ) throws -> [RunResult] {
        guard let first = configs.first else { return [] }
        return try SeedRunner(trainer: trainers.trainer(for: first.dataset)).run(
            configs, stops: stops, onReport: onReport, isCancelled: isCancelled)
    }

    public func testImages(of source: DatasetSource) throws -> Dataset {
        try trainers.trainer(for: source).data.test
    }

    public func trainingImages(of source: DatasetSource) throws -> Dataset {
        try trainers.trainer(for: source).data.train
    }
}
