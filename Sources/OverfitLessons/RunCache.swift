import OverfitTraining

/// Finished runs by their knobs and seed, so `check-lessons` trains each distinct run once: the
/// lessons re-run the baseline many times, and the same settings give the same bits.
public final class RunCache: @unchecked Sendable {
    private var results: [(config: RunConfig, result: RunResult)] = []
    /// How many runs were taken from the cache rather than trained.
    public private(set) var hits = 0

    public init() {}

    /// The finished run with exactly these knobs, if one was stored.
    public func result(for config: RunConfig) -> RunResult? {
        guard let found = results.first(where: { $0.config == config })?.result else { return nil }
        hits += 1
        return found
    }

    /// Keeps a finished run (a cancelled one is no answer for the next).
    public func store(_ result: RunResult) {
        guard result.status != .cancelled, !results.contains(where: { $0.config == result.config }) else { return }
        results.append((result.config, result))
    }
}
