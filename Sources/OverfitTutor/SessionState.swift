import OverfitTraining

/// What a session keeps, apart from how it is running: the knobs, the runs, the record that
/// saves and replays it, and the tally of failed commands. A value: a test (or a future undo)
/// can copy it whole, and `Session` is left with the machinery that drives it.
struct SessionState {
    /// What `show` marks changes against and `reset` returns to (the lessons set it per lesson).
    var baseline: RunConfig
    /// The baseline the session's first command saw: what a saved file starts its replay from
    /// (a lesson started later changes `baseline`, and the file re-runs that `lesson` command).
    var startingBaseline: RunConfig
    var config: RunConfig
    var runs: [Session.RunRecord] = []
    /// The session file's entries: commands and the runs they made.
    var entries: [SessionFile.Entry] = []
    /// During a replay or a resume: the recorded runs still to come (a slice: taking the first
    /// is O(1), not a shift of every run after it).
    var replayQueue: ArraySlice<SessionFile.RunEntry> = []
    /// Commands that count towards exit status: every one that failed.
    var failures = 0
    /// Whether the last line that ran a command failed: an interactive session's exit status.
    var lastCommandFailed = false
    /// Entries before this index hold nothing worth keeping (so far no autosave entry exists).
    var checkedForWorth = 0

    init(baseline: RunConfig) {
        self.baseline = baseline
        startingBaseline = baseline
        config = baseline
    }

    /// Back to an empty session with `file`'s baseline, ready to re-execute its commands.
    mutating func reset(to file: SessionFile) {
        // The failures so far stay: they are the exit status of what the learner did.
        var fresh = SessionState(baseline: file.baseline)
        fresh.replayQueue = file.results[...]
        fresh.failures = failures
        fresh.lastCommandFailed = lastCommandFailed
        self = fresh
    }
}
