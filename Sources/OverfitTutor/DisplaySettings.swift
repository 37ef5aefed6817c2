/// How much the session prints: settings of the session, not knobs (they change no figure).
struct DisplaySettings {
    /// Reports show every epoch and the whole curves rather than fitting one screen.
    var verbose = false
    /// Inside a sweep each run prints its header and one line; the sweep's chart follows.
    var brief = false

    /// A run's report fits a 24-line screen with its header line.
    static let reportLines = 23
}
