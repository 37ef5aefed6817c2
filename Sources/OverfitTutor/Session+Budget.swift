import OverfitTraining

extension Session {
    /// The memory a run may take now. A run a replayed file asks for (`--replay`, `replay FILE`)
    /// gets a budget that fits a laptop (`MemoryBudget.forReplayedFiles`) unless the learner set
    /// one: a two-line file must not be able to take gigabytes without the learner's say.
    var runBudget: MemoryBudget {
        mode == .replaying || origin?.kind == .replay ? options.memoryBudget.forReplayedFiles : options.memoryBudget
    }
}
