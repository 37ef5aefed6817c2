import OverfitTraining

extension Session {
    /// An earlier finished run of this session (or one seed of an earlier run with `repeats`)
    /// with exactly `member`'s knobs and seed, whose figures a new run can take instead of
    /// training (same settings give the same bits). None when a replayed file recorded this run
    /// as cancelled: the replay stops it where it stopped.
    func reusableRun(_ member: RunConfig, recorded: SessionFile.RunEntry?) -> (id: Int, result: RunResult)? {
        if !state.replayQueue.isEmpty, recorded?.status != RunStatus.finished.name { return nil }
        for record in state.runs.reversed() {
            if let seed = record.seeds.last(where: { $0.status == .finished && $0.config == member }) {
                return (record.id, seed)
            }
        }
        return nil
    }

    static func reuseNote(_ earlier: Int) -> String {
        "Same knobs and seed as run \(earlier), so the same numbers, bit for bit: its figures are reused, not trained again."
    }
}
