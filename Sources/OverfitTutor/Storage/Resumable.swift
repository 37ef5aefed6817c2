/// A session found for `--resume`, read and (for a history entry) locked, nothing written yet.
public struct Resumable {
    public let file: SessionFile
    /// The history entry to go on writing; nil for a file from elsewhere, which is never
    /// written to: the session continues as a new entry.
    public let journal: SessionJournal?
    /// How the note names it: `session 1 (last used 2026-11-27 12:40)` or the file's path.
    public let label: String
    /// The file lacks figures (an older format): write it whole once restored.
    public let rewrite: Bool
    /// For a file from elsewhere whose runs come back from its recorded figures: a note that
    /// those figures are shown as the file has them, unchecked (only a replay re-makes and
    /// checks them; anyone can type figures into a file).
    public var uncheckedNote: String? = nil
}
