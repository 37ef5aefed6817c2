import OverfitTraining

/// The names the session's state and mode had before they were split out (`SessionState`,
/// `SessionMode`), kept so code written against them reads and writes the same fields.
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
        set { state.runs = newValue }
    }
    /// Commands that count towards exit status: every one that failed.
    public internal(set) var failures: Int {
        get { state.failures }
        set { state.failures = newValue }
    }
    var entries: [SessionFile.Entry] {
        get { state.entries }
        set { state.entries = newValue }
    }
    var replayQueue: [SessionFile.RunEntry] {
        get { state.replayQueue }
        set { state.replayQueue = newValue }
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
