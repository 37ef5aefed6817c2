import OverfitLessons
import OverfitTraining

/// Saves the session into its history entry after every command that changed something, at the
/// cost of what changed (`SessionJournal`). The entry is created at the first save, so a session
/// of only `help` and `show` leaves no entry behind; a resumed session writes into the entry it
/// came from, and only once it is whole.
final class Autosave {
    /// Its language follows the session's (set at each save, for a new entry's errors).
    var history: SessionHistory
    private(set) var journal: SessionJournal?
    /// The entry written last, still named after it is closed (the farewell says where it is).
    private var closedEntry: HistoryEntry?
    private var warned = false
    /// Pipes fsync at most every 0.1 s (see `SessionJournal.syncInterval`).
    let syncInterval: Double

    init(history: SessionHistory, syncInterval: Double) {
        self.history = history
        self.syncInterval = syncInterval
    }

    /// Entries already saved.
    var saved: Int { journal?.saved ?? 0 }

    /// The entry being written (or, after the close, the one written), if any.
    var entry: HistoryEntry? { journal?.entry ?? closedEntry }

    /// Continue writing `journal` (a resumed entry, now whole in memory).
    func attach(_ journal: SessionJournal) {
        journal.syncInterval = syncInterval
        self.journal = journal
    }

    /// Closes the current entry (folded into its file); the next save starts a new one.
    func detach(_ file: SessionFile) {
        journal?.close(file)
        journal = nil
        closedEntry = nil
    }

    /// Saves what `file` holds beyond what is saved. Returns a warning the first time saving
    /// fails (a full disk, a removed directory); the entries stay in memory and the next save
    /// tries again, so a disk that frees up loses nothing.
    func save(_ file: SessionFile) -> String? {
        var code: Int32 = 0
        var path = history.directory
        do {
            history.language = file.language
            if journal == nil { attach(try history.create()) }
            if let journal {
                path = journal.entry.journalPath
                code = journal.append(file)
            }
        } catch {
            return warnOnce(error.message, language: file.language)
        }
        guard code != 0 else { return nil }
        let failure = FileAccess.failure(
            path, code, command: "save", name: "overfit-session.ovf", language: file.language)
        return warnOnce(failure.message, language: file.language)
    }

    /// The warning in the session's language (a session file records it).
    private func warnOnce(_ reason: String, language: Language) -> String? {
        guard !warned else { return nil }
        warned = true
        return FileWords(language).say(.autosaveFailed, ["reason": reason]) + "\n"
    }

    /// At exit: the entry folded into its file, its journal removed, its lock released.
    func close(_ file: SessionFile) {
        guard let journal else { return }
        journal.close(file)
        closedEntry = journal.entry
        self.journal = nil
    }
}
