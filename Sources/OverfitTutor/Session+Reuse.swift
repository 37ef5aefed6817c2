import OverfitTraining

extension Session {
    /// An earlier finished run of this session with exactly the current knobs and seed, whose
    /// figures a new run can take instead of training (same settings give the same bits). None
    /// when a replayed file recorded this run as cancelled: the replay stops it where it stopped.
    func reusableRun(recorded: SessionFile.RunEntry?) -> RunRecord? {
        if !replayQueue.isEmpty, recorded?.status != RunStatus.finished.name { return nil }
        return runs.last { $0.result.status == .finished && $0.result.config == config }
    }

    static func reuseNote(_ earlier: Int) -> String {
        "Same knobs and seed as run \(earlier), so the same numbers, bit for bit: its figures are reused, not trained again."
    }
}
