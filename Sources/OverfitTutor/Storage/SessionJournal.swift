import Foundation

/// The history entry a session is writing: its file (`NAME.ovf`, the whole session, rewritten
/// safely) and its journal (`NAME.journal`, appended after every command). Saving a command costs
/// what the command added, not the whole session: its lines are appended with a `commit` line
/// and fsynced. The journal is folded into the file (compacted) when it outgrows it, and at exit.
///
/// The journal's descriptor holds an exclusive `flock` for as long as the session is open, so a
/// second tutor can never write the same entry; compaction never replaces the journal (it is
/// truncated in place), so the lock stays on the file others see.
public final class SessionJournal {
    let entry: HistoryEntry
    private let descriptor: Int32
    private let disk: Disk
    let started: String?
    /// Entries safely in the file and journal together.
    private(set) var saved: Int
    private var journalBytes: Int
    private var fileBytes: Int
    /// A torn tail found on opening, cut off before the first append.
    private var keepBytes: Int?
    /// fsync at most this often (0: after every append). Pipes get 0.1 s: a script of 20,000
    /// commands must not wait 20,000 fsyncs, and kill -9 loses nothing written either way.
    var syncInterval = 0.0
    private var lastSync = 0.0
    private var unsynced = false
    private var closed = false
    /// The journal could not be emptied after a compaction: the next save compacts again
    /// rather than append after entries the file already holds.
    private var mustCompact = false

    init(
        entry: HistoryEntry, descriptor: Int32, disk: Disk, started: String?, saved: Int,
        journalBytes: Int, fileBytes: Int, keepBytes: Int?
    ) {
        self.entry = entry
        self.descriptor = descriptor
        self.disk = disk
        self.started = started
        self.saved = saved
        self.journalBytes = journalBytes
        self.fileBytes = fileBytes
        self.keepBytes = keepBytes
    }

    deinit {
        if !closed { closeFile(descriptor) }
    }

    /// Appends the entries of `file` not yet saved. Returns 0 or the errno that stopped it (the
    /// journal is then cut back to its last commit, and the next call tries again).
    func append(_ file: SessionFile) -> Int32 {
        guard file.entries.count >= saved, !mustCompact else { return compact(file) }
        guard file.entries.count > saved else { return 0 }
        if let keep = keepBytes {
            guard ftruncate(descriptor, off_t(keep)) == 0 else { return errno }
            journalBytes = keep
            keepBytes = nil
        }
        var text =
            journalBytes == 0
            ? JournalContents.header(tool: file.toolVersion, started: started, baseline: file.baseline, base: saved)
            : ""
        for entry in file.entries[saved...] { text += SessionFile.lines(entry) }
        text += JournalContents.commitLine(entries: file.entries.count, lesson: file.lesson)
        let bytes = Array(text.utf8)
        var failure = disk.writeAll(descriptor, bytes)
        if failure == 0 { failure = syncIfDue(force: false) }
        guard failure == 0 else {
            // Cutting back needs no space; until it succeeds, the next append cuts first.
            keepBytes = journalBytes
            if ftruncate(descriptor, off_t(journalBytes)) == 0 { keepBytes = nil }
            return failure
        }
        journalBytes += bytes.count
        saved = file.entries.count
        if journalBytes > max(1 << 20, fileBytes) { _ = compact(file) }
        return 0
    }

    /// Writes the whole session into the entry's file and empties the journal. A crash between
    /// the two leaves a journal whose entries the file already holds; reading skips them.
    @discardableResult
    func compact(_ file: SessionFile) -> Int32 {
        var whole = file
        whole.started = started
        let bytes = Array(whole.render().utf8)
        let failure = SafeFile.write(bytes, to: entry.filePath, mode: 0o600, disk: disk)
        guard failure == 0 else { return failure }
        fileBytes = bytes.count
        saved = file.entries.count
        keepBytes = nil
        // The file holds everything now; a journal left as it was is skipped when read.
        mustCompact = ftruncate(descriptor, 0) != 0
        guard !mustCompact else { return 0 }
        journalBytes = 0
        fsync(descriptor)
        unsynced = false
        return 0
    }

    /// Makes the next save (or the close) rewrite the file whole: after resuming a file without
    /// figures, so they are recorded once and the runs are never trained again.
    func requireCompaction() { mustCompact = true }

    private func syncIfDue(force: Bool) -> Int32 {
        unsynced = true
        let now = ProcessInfo.processInfo.systemUptime
        guard force || now - lastSync >= syncInterval else { return 0 }
        lastSync = now
        unsynced = false
        return fsync(descriptor) == 0 ? 0 : errno
    }

    /// A resume given up before the session was whole: nothing is written, the lock released
    /// (and a journal the opening created, still empty, removed).
    public func abandon() {
        guard !closed else { return }
        closed = true
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size == 0, access(entry.filePath, F_OK) == 0 {
            unlink(entry.journalPath)
        }
        closeFile(descriptor)
    }

    /// At exit: the journal folded into the file and removed, the lock released. If the file
    /// cannot be written (a full disk) the journal stays: it already holds everything.
    func close(_ file: SessionFile) {
        guard !closed else { return }
        closed = true
        let hasFile = access(entry.filePath, F_OK) == 0
        if journalBytes > 0 || mustCompact || file.entries.count != saved || (!hasFile && saved > 0) {
            if compact(file) != 0 {
                if unsynced { fsync(descriptor) }
                closeFile(descriptor)
                return
            }
        }
        if access(entry.filePath, F_OK) == 0 {
            unlink(entry.journalPath)
            SafeFile.syncDirectory(SafeFile.directoryOf(entry.journalPath))
        }
        closeFile(descriptor)
    }
}
