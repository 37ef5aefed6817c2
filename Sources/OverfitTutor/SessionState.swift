import OverfitTraining

/// What a session keeps, apart from how it is running: the knobs, the runs, and the record that
/// saves and replays it. A value: a test (or a future undo) can copy it whole, and `Session` is
/// left with the machinery that drives it (and the tally of failed commands, which outlives a
/// replay's fresh state).
struct SessionState {
    /// What `show` marks changes against and `reset` returns to (the lessons set it per lesson).
    var baseline: RunConfig
    /// The baseline the session's first command saw: what a saved file starts its replay from
    /// (a lesson started later changes `baseline`, and the file re-runs that `lesson` command).
    var startingBaseline: RunConfig
    var config: RunConfig
    var runs: [Session.RunRecord] = []
    /// The runs submitted to the challenge's private board (`submit`), in the order submitted.
    var submitted: [Int] = []
    /// The session file's entries: commands and the runs they made.
    var entries: [SessionFile.Entry] = []
    /// During a replay or a resume: the recorded runs still to come (a slice: taking the first
    /// is O(1), not a shift of every run after it).
    var replayQueue: ArraySlice<SessionFile.RunEntry> = []
    /// Entries before this index hold nothing worth keeping (so far no autosave entry exists).
    var checkedForWorth = 0

    init(baseline: RunConfig) {
        self.baseline = baseline
        startingBaseline = baseline
        config = baseline
    }

    /// Back to an empty session with `file`'s baseline, ready to re-execute its commands.
    mutating func reset(to file: SessionFile) {
        self = SessionState(baseline: file.baseline)
        replayQueue = file.results[...]
    }
}

// MARK: - SessionMode

/// How a session is running its commands, one mode at a time instead of flags that must agree.
enum SessionMode: Equatable {
    /// The learner's own commands (typed, piped, or typed for them by a lesson step).
    case interactive
    /// `replay FILE` / `--replay`: a file's commands re-executed and shown; nothing is saved
    /// until it is whole.
    case replaying
    /// `--resume`: a file's commands re-executed silently; runs with recorded figures are
    /// restored from them, not trained.
    case restoring

    /// Nothing is drawn (a resume re-executing commands).
    var muted: Bool { self == .restoring }
    /// Re-executing a file's commands: progress and autosave wait until it is done.
    var replaying: Bool { self != .interactive }
    var restoring: Bool { self == .restoring }
}
