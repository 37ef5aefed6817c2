import Foundation
import OverfitTraining

/// The data directory's session history: every session in `sessions/`, newest first, the last
/// 50 kept. A plain start or a piped script begins a new entry (when it first has something
/// worth keeping); `--resume` continues one. Only the tutor holding the data directory's lock
/// (the owner) migrates old files, prunes and cleans up; any tutor may create and write its own
/// entries, each under that entry's own lock.
public struct SessionHistory: Sendable {
    public static let keep = 50

    public let dataDirectory: String
    /// Whether this tutor holds the data directory's lock.
    public let owner: Bool
    let disk: Disk

    public init(dataDirectory: String, owner: Bool, disk: Disk = .system) {
        self.dataDirectory = dataDirectory
        self.owner = owner
        self.disk = disk
    }

    public var directory: String { dataDirectory + "/sessions" }

    func entry(_ name: String) -> HistoryEntry { HistoryEntry(directory: directory, name: name) }

    /// Every entry's name with the time it was last written, newest first.
    func names() -> [(name: String, modified: Date)] {
        let files = Set((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
        var latest: [String: Date] = [:]
        for file in files {
            guard let name = HistoryEntry.name(of: file) else { continue }
            var status = stat()
            guard lstat(directory + "/" + file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            // An empty journal (a session opened, nothing written yet) does not make it newer.
            if file.hasSuffix(".journal") && status.st_size == 0 && files.contains(name + ".ovf") { continue }
            let modified = Date(
                timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) * 1e-9)
            latest[name] = max(latest[name] ?? modified, modified)
        }
        return latest.map { ($0.key, $0.value) }.sorted {
            $0.modified != $1.modified ? $0.modified > $1.modified : $0.name > $1.name
        }
    }

    /// Creates the `sessions` directory; a message if it cannot.
    func prepare() -> String? {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            return nil
        } catch {
            return "cannot create \(directory): autosave is off"
        }
    }

    /// Claims a new entry for a session started now, and locks it. The owner then prunes the
    /// history down to the newest `keep` (never an entry another tutor has open).
    func create(now: Date = Date()) throws(HintedError) -> SessionJournal {
        if let problem = prepare() { throw HintedError(problem) }
        for _ in 0..<8 {
            let entry = self.entry(HistoryEntry.newName(at: now))
            let descriptor = openFile(
                entry.journalPath, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor < 0 && errno == EEXIST { continue }
            guard descriptor >= 0 else {
                throw FileAccess.failure(entry.journalPath, errno, command: "save", name: "overfit-session.ovf")
            }
            flock(descriptor, LOCK_EX | LOCK_NB)
            if owner { prune(keeping: entry.name) }
            return SessionJournal(
                entry: entry, descriptor: descriptor, disk: disk, started: HistoryEntry.iso(now),
                saved: 0, journalBytes: 0, fileBytes: 0, keepBytes: nil)
        }
        throw HintedError("cannot create a new session in \(directory)")
    }

    /// Deletes the oldest entries beyond `keep`, except `keeping` and entries open elsewhere.
    func prune(keeping: String) {
        for (name, _) in names().dropFirst(Self.keep) where name != keeping {
            let entry = self.entry(name)
            guard !isOpenElsewhere(entry) else { continue }
            unlink(entry.filePath)
            unlink(entry.journalPath)
        }
    }

    /// Whether another tutor holds the entry's journal lock.
    func isOpenElsewhere(_ entry: HistoryEntry) -> Bool {
        let descriptor = openFile(entry.journalPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        flock(descriptor, LOCK_UN)
        return false
    }
}
