import OverfitTraining

/// The names the session's state and mode had before they were split out (`SessionState`,
/// `SessionMode`), kept so code written against them reads and writes the same fields. The
/// arrays are modified in place (`_modify`): with `get`/`set`, `entries.append` copied the whole
/// array each time, which made a resume of 40,000 commands quadratic (77 s).
extension Session {
    /// What `show` marks changes against and `reset` returns to (the lessons set it per lesson).
    public var baseline: RunConfig {
        get { state.baseline }
        set { state.baseline = newValue }
    }
    var startingBaseline: RunConfig {
        get { state.startingBaseline }
        set { state.startingBaseline = newValue }
    }
    public var config: RunConfig {
        get { state.config }
        set { state.config = newValue }
    }
    public internal(set) var runs: [RunRecord] {
        get { state.runs }
        _modify { yield &state.runs }
    }
    /// Commands that count towards exit status: every one that failed.
    public internal(set) var failures: Int {
        get { state.failures }
        set { state.failures = newValue }
    }
    var entries: [SessionFile.Entry] {
        get { state.entries }
        _modify { yield &state.entries }
    }
    var replayQueue: ArraySlice<SessionFile.RunEntry> {
        get { state.replayQueue }
        _modify { yield &state.replayQueue }
    }
    var lastCommandFailed: Bool {
        get { state.lastCommandFailed }
        set { state.lastCommandFailed = newValue }
    }
    var checkedForWorth: Int {
        get { state.checkedForWorth }
        set { state.checkedForWorth = newValue }
    }

    var replaying: Bool { mode.replaying }
    var muted: Bool { mode.muted }
    var restoring: Bool { mode.restoring }
}
