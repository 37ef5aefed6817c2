import Foundation
import OverfitTraining

extension SessionHistory {
    /// Opens entry `name` to continue it: takes its lock (refused if another tutor has it open),
    /// then reads it. Nothing is written: a resume that stops here leaves the entry as it was.
    func open(_ name: String) throws(HintedError) -> (file: SessionFile, journal: SessionJournal) {
        let entry = self.entry(name)
        var created = false
        var descriptor = openFile(entry.journalPath, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT {
            descriptor = openFile(
                entry.journalPath, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
            created = descriptor >= 0
        }
        guard descriptor >= 0 else {
            throw HintedError(
                "cannot open session \(name): \(String(cString: strerror(errno)))",
                hint: "`overfit sessions` lists the sessions")
        }
        func giveUp(_ error: HintedError) -> HintedError {
            if created { unlink(entry.journalPath) }
            close(descriptor)
            return error
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw giveUp(
                HintedError(
                    "session \(name) is open in another overfit",
                    hint: "continue it there, or pick another: `overfit sessions` lists them"))
        }
        // The journal may have been removed (its session closed) between our open and our lock.
        var opened = stat(), current = stat()
        guard fstat(descriptor, &opened) == 0, lstat(entry.journalPath, &current) == 0, opened.st_ino == current.st_ino
        else {
            throw giveUp(HintedError("session \(name) changed while opening it", hint: "try again"))
        }
        let bytes = SafeFile.read(entry.journalPath, limit: HistoryEntry.maxBytes) ?? []
        let loaded: (file: SessionFile, committedBytes: Int, journalBytes: Int)
        do { loaded = try entry.load(journal: bytes) } catch { throw giveUp(error) }
        var fileStatus = stat()
        let fileBytes = stat(entry.filePath, &fileStatus) == 0 ? Int(fileStatus.st_size) : 0
        let journal = SessionJournal(
            entry: entry, descriptor: descriptor, disk: disk, started: loaded.file.started,
            saved: loaded.file.entries.count, journalBytes: loaded.committedBytes, fileBytes: fileBytes,
            keepBytes: loaded.committedBytes < loaded.journalBytes ? loaded.committedBytes : nil)
        return (loaded.file, journal)
    }
}
