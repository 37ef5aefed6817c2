import Foundation
import OverfitData
import OverfitLessons
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
    /// The language of its errors and notes.
    public var language = Language.english

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
            return FileWords(language).say(.historyCannotCreateDirectory, ["directory": directory])
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
                throw FileAccess.failure(
                    entry.journalPath, errno, command: "save", name: "overfit-session.ovf", language: language)
            }
            flock(descriptor, LOCK_EX | LOCK_NB)
            if owner { prune(keeping: entry.name) }
            return SessionJournal(
                entry: entry, descriptor: descriptor, disk: disk, started: HistoryEntry.iso(now),
                saved: 0, journalBytes: 0, fileBytes: 0, keepBytes: nil)
        }
        throw HintedError(FileWords(language).say(.historyCannotCreate, ["directory": directory]))
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

// MARK: - Open

extension SessionHistory {
    /// Opens entry `name` to continue it: takes its lock (refused if another tutor has it open),
    /// then reads it. Nothing is written: a resume that stops here leaves the entry as it was.
    func open(_ name: String) throws(HintedError) -> (file: SessionFile, journal: SessionJournal) {
        let entry = self.entry(name)
        let words = FileWords(language)
        var created = false
        var descriptor = openFile(entry.journalPath, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 && errno == ENOENT {
            descriptor = openFile(
                entry.journalPath, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
            created = descriptor >= 0
        }
        guard descriptor >= 0 else {
            throw HintedError(
                words.say(.historyCannotOpen, ["name": name, "reason": words.reason(errno)]),
                hint: words.say(.historyHintSessions))
        }
        func giveUp(_ error: HintedError) -> HintedError {
            if created { unlink(entry.journalPath) }
            close(descriptor)
            return error
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw giveUp(
                HintedError(words.say(.historySessionOpen, ["name": name]), hint: words.say(.historyHintOpen)))
        }
        // The journal may have been removed (its session closed) between our open and our lock.
        var opened = stat(), current = stat()
        guard fstat(descriptor, &opened) == 0, lstat(entry.journalPath, &current) == 0, opened.st_ino == current.st_ino
        else {
            throw giveUp(
                HintedError(words.say(.historyChanged, ["name": name]), hint: words.say(.historyHintAgain)))
        }
        let bytes = SafeFile.read(entry.journalPath, limit: HistoryEntry.maxBytes) ?? []
        let loaded: (file: SessionFile, committedBytes: Int, journalBytes: Int)
        do { loaded = try entry.load(journal: bytes, language: language) } catch { throw giveUp(error) }
        var fileStatus = stat()
        let fileBytes = stat(entry.filePath, &fileStatus) == 0 ? Int(fileStatus.st_size) : 0
        let journal = SessionJournal(
            entry: entry, descriptor: descriptor, disk: disk, started: loaded.file.started,
            saved: loaded.file.entries.count, journalBytes: loaded.committedBytes, fileBytes: fileBytes,
            keepBytes: loaded.committedBytes < loaded.journalBytes ? loaded.committedBytes : nil)
        return (loaded.file, journal)
    }
}

// MARK: - List

extension SessionHistory {
    /// Every entry, newest first, numbered from 1. Entries that hold nothing yet are left out.
    /// `limit` stops after that many (the newest is all the welcome needs).
    public func list(limit: Int = .max) -> [HistorySummary] {
        numbered(limit: limit).compactMap { summary($0.entry, number: $0.number, modified: $0.modified) }
    }

    /// The entries as `list` numbers them, without reading them: an entry holds something if it
    /// has its file, or a journal with a complete `commit`.
    func numbered(limit: Int = .max) -> [(number: Int, entry: HistoryEntry, modified: Date)] {
        var out: [(number: Int, entry: HistoryEntry, modified: Date)] = []
        for (name, modified) in names() where out.count < limit {
            let entry = self.entry(name)
            guard access(entry.filePath, F_OK) == 0 || holdsCommit(entry.journalPath) else { continue }
            out.append((out.count + 1, entry, modified))
        }
        return out
    }

    private func holdsCommit(_ journal: String) -> Bool {
        guard let bytes = SafeFile.read(journal, limit: HistoryEntry.maxBytes) else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("\ncommit ")
    }

    /// The newest entry's summary, for the welcome line (nil if there is none).
    public func latest() -> HistorySummary? {
        list(limit: 1).first
    }

    private func summary(_ entry: HistoryEntry, number: Int, modified: Date) -> HistorySummary? {
        let inUse = isOpenElsewhere(entry)
        do {
            let file = try entry.load(skimming: true, language: language).file
            return HistorySummary(
                number: number, entry: entry, lastUsed: modified, commands: file.commands.count,
                runs: file.runCount, lesson: file.lesson, inUse: inUse, problem: nil)
        } catch {
            return HistorySummary(
                number: number, entry: entry, lastUsed: modified, commands: 0, runs: 0,
                lesson: nil, inUse: inUse, problem: error.message)
        }
    }
}

// MARK: - Resume

extension SessionHistory {
    public func resumable(_ target: ResumeTarget) throws(HintedError) -> Resumable {
        let words = FileWords(language)
        switch target {
        case .latest, .number:
            let wanted: Int
            if case .number(let number) = target { wanted = number } else { wanted = 1 }
            // Numbered as `overfit sessions` numbers them, but read only once, under its lock.
            let entries = numbered()
            guard !entries.isEmpty else {
                throw HintedError(
                    words.say(.resumeNone, ["directory": directory]),
                    hint: DataDirectory.isWritable(directory)
                        ? words.say(.resumeHintNone)
                        : words.say(.resumeHintNoneUnwritable, ["directory": directory]))
            }
            guard wanted >= 1, wanted <= entries.count else {
                throw HintedError(
                    words.say(
                        entries.count == 1 ? .resumeNoNumberOne : .resumeNoNumberMany,
                        ["number": String(wanted), "count": String(entries.count)]),
                    hint: words.say(.resumeHintList))
            }
            return try resumable(entries[wanted - 1])
        case .file(let path):
            let expanded = FileAccess.expand(path)
            if let name = entryName(ofFile: expanded) {
                let opened = try open(name)
                return Resumable(
                    file: opened.file, journal: opened.journal, label: expanded, rewrite: !opened.file.recordsFigures)
            }
            let file = try Session.loadSessionFile(path, language: language)
            let restored = file.results.count { $0.outcome != nil }
            let shown = VisibleText.escaped(Tokenizer.quote(path))
            let note =
                restored == 0
                ? nil
                : words.say(
                    restored == 1 ? .resumeUncheckedOne : .resumeUncheckedMany,
                    ["count": String(restored), "path": shown]) + "\n"
            return Resumable(
                file: file, journal: nil, label: words.say(.resumeLabelFile, ["path": path]),
                rewrite: false, uncheckedNote: note)
        }
    }

    private func resumable(_ found: (number: Int, entry: HistoryEntry, modified: Date)) throws(HintedError) -> Resumable
    {
        let words = FileWords(language)
        let label = words.say(
            .resumeLabel, ["number": String(found.number), "time": HistorySummary.timeText(found.modified)])
        let opened: (file: SessionFile, journal: SessionJournal)
        do { opened = try open(found.entry.name) } catch {
            // Only this refusal has that hint (in either language): the entry is locked elsewhere.
            if error.hint == words.say(.historyHintOpen) {
                throw HintedError(
                    words.say(.resumeOpenElsewhere, ["label": label]), hint: words.say(.resumeHintOpenElsewhere))
            }
            throw HintedError(error.message, hint: words.say(.resumeHintOther))
        }
        return Resumable(file: opened.file, journal: opened.journal, label: label, rewrite: !opened.file.recordsFigures)
    }

    /// The entry `path` belongs to, if it is a file or journal in this history's directory.
    func entryName(ofFile path: String) -> String? {
        let file = (path as NSString).lastPathComponent
        guard let name = HistoryEntry.name(of: file),
            let here = realpath(directory, nil), let there = realpath(SafeFile.directoryOf(path), nil)
        else { return nil }
        defer { free(here); free(there) }
        return strcmp(here, there) == 0 ? name : nil
    }
}

// MARK: - Upkeep

/// What only the data directory's owner does, once at start: bring the single autosave of
/// earlier versions into the history, and remove temporary files a killed write left behind.
extension SessionHistory {
    /// Files earlier versions kept beside the history, oldest first when moved in.
    static let legacyFiles = ["before-replay.ovf", "previous-session.ovf", "session.ovf"]

    /// Moves `session.ovf` and its companions into the history (a rename: nothing is rewritten),
    /// named by the time they were last written, so `overfit --resume` still finds them.
    public func migrateLegacy() {
        guard owner, prepare() == nil else { return }
        var found: [(path: String, modified: Date)] = []
        for file in Self.legacyFiles {
            let path = dataDirectory + "/" + file
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            found.append((path, Date(timeIntervalSince1970: Double(status.st_mtim.tv_sec))))
        }
        for (path, modified) in found.sorted(by: { $0.modified < $1.modified }) {
            let entry = self.entry(HistoryEntry.stamp(modified) + "-legacy" + String(SafeFile.randomSuffix().prefix(6)))
            if rename(path, entry.filePath) == 0 { SafeFile.syncDirectory(directory) }
        }
    }

    /// Removes `.NAME.RANDOM.tmp` files older than an hour (a write killed before its rename);
    /// younger ones may belong to a second tutor writing right now.
    public func removeStaleTemporaries(now: Date = Date()) {
        guard owner else { return }
        for folder in [dataDirectory, directory] {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where file.hasPrefix(".") && file.hasSuffix(".tmp") {
                var status = stat()
                let path = folder + "/" + file
                guard lstat(path, &status) == 0, now.timeIntervalSince1970 - Double(status.st_mtim.tv_sec) > 3600 else {
                    continue
                }
                unlink(path)
            }
        }
    }
}

// MARK: - ResumeTarget

/// What `--resume` names: the last session, the Nth of `overfit sessions`, or a file.
public enum ResumeTarget: Equatable, Sendable {
    case latest
    case number(Int)
    case file(String)
}

// MARK: - Resumable

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

// MARK: - HistorySummary

/// One line of `overfit sessions`: when the session was last used and what it holds.
public struct HistorySummary: Sendable {
    /// 1 for the newest; `overfit --resume N` takes this number.
    public let number: Int
    public let entry: HistoryEntry
    public let lastUsed: Date
    public let commands: Int
    public let runs: Int
    public let lesson: Int?
    /// Another tutor has it open right now.
    public let inUse: Bool
    /// Why it cannot be read, if it cannot.
    public let problem: String?
}

extension HistorySummary {
    /// `2026-11-27 12:40` in local time.
    public var lastUsedText: String { Self.timeText(lastUsed) }

    static func timeText(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `12 commands, 3 runs, lesson 4`.
    public var contentsText: String {
        let lessonText = lesson.map { ", lesson \($0)" } ?? ""
        return
            "\(Text.grouped(commands)) command\(commands == 1 ? "" : "s"), \(Text.grouped(runs)) run\(runs == 1 ? "" : "s")\(lessonText)"
    }
}
