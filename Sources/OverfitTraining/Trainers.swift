import OverfitData

/// One `Trainer` per dataset, each loaded the first time a run asks for it and kept, so that a
/// session can go from MNIST to Fashion-MNIST and back without reloading and without mixing
/// one dataset's cached test set into another's run (the `dataset` knob).
public final class Trainers {
    /// Loads a dataset's images; called once per dataset, on its first run.
    public typealias Loader = (DatasetSource) throws -> TrainingData

    private let load: Loader
    public let memoryBudget: MemoryBudget
    private var loaded: [DatasetSource: Trainer] = [:]

    public init(memoryBudget: MemoryBudget = .machineDefault, load: @escaping Loader) {
        self.memoryBudget = memoryBudget
        self.load = load
    }

    /// Loads through `TrainingData.load`: MNIST from `mnistDirectory` (`--data`) or its usual
    /// places, Fashion-MNIST from Debian's package, a directory as named. Loading only reads.
    public convenience init(
        memoryBudget: MemoryBudget = .machineDefault, mnistDirectory: String?,
        environment: [String: String]
    ) {
        self.init(memoryBudget: memoryBudget) { source in
            try TrainingData.load(source, mnistDirectory: mnistDirectory, environment: environment)
        }
    }

    /// Whether `source` has not been loaded yet (the first run on it says so).
    public func needsLoading(_ source: DatasetSource) -> Bool { loaded[source] == nil }

    /// The trainer over `source`'s images, loading them first if need be. A loading error is
    /// a `HintedError` naming the file, what was expected and the data's own hint.
    public func trainer(for source: DatasetSource) throws(HintedError) -> Trainer {
        if let trainer = loaded[source] { return trainer }
        let data: TrainingData
        do { data = try load(source) } catch { throw HintedError(loading: source, error) }
        let made = Trainer(data: data, memoryBudget: memoryBudget)
        loaded[source] = made
        return made
    }

    /// Trains `config` on the dataset its `dataset` knob names.
    public func run(
        _ config: RunConfig, onEvent: (TrainingEvent) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws(HintedError) -> RunResult {
        if needsLoading(config.dataset) {
            // Before loading: a directory's size comes from its headers, so a run that cannot
            // fit is refused before its images are read or inflated.
            try config.validate()
            try RunEstimate(config: config, shape: config.dataset.shape()).check(memoryBudget)
        }
        return try trainer(for: config.dataset).run(config, onEvent: onEvent, isCancelled: isCancelled)
    }
}

extension HintedError {
    /// A dataset that could not be loaded: a data file's error with its path and its own hint.
    public init(loading source: DatasetSource, _ error: any Error) {
        switch error {
        case let error as HintedError:
            self = error
        case let error as DataError:
            self.init(error)
        default:
            self.init(
                Phrase(
                    .errorCannotLoadDataset, ["dataset": .text(source.description), "error": .text("\(error)")],
                    english: "cannot load the dataset \(source): \(error)"),
                hint: .example("dataset", "mnist"))
        }
    }
}

extension HintedError {
    /// A data file's error as the learner reads it: its first line (which names the file), what
    /// was expected and found, and its own hint. The one place this conversion is written.
    public init(_ error: DataError) {
        self.init(error.sentence, hint: error.hintPhrase)
    }
}
