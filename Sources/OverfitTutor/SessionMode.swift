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
