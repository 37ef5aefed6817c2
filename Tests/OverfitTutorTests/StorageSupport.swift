import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A disk that can be filled: writes go through until `budget` bytes are used, then the rest of
/// that write is cut short and every later write fails with ENOSPC, as on a full file system.
/// Counts calls and bytes, so a test can see what a command cost.
final class FillableDisk: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining = Int.max
    private(set) var calls = 0
    private(set) var bytes = 0

    var budget: Int {
        get { lock.withLock { remaining } }
        set { lock.withLock { remaining = newValue } }
    }

    func counters() -> (calls: Int, bytes: Int) { lock.withLock { (calls, bytes) } }

    var disk: Disk {
        Disk { [self] descriptor, buffer, count in
            let allowed: Int = lock.withLock {
                calls += 1
                let allowed = min(count, remaining)
                remaining -= allowed
                bytes += allowed
                return allowed
            }
            guard allowed > 0 else {
                errno = ENOSPC
                return -1
            }
            return Disk.system.write(descriptor, buffer, allowed)
        }
    }
}

/// A session autosaving into the history of `directory` (a data directory), with `backend`.
func historySession(
    _ lines: [String] = [], directory: String, backend: FakeBackend = FakeBackend(), disk: Disk = .system,
    owner: Bool = true
) -> (Session, TranscriptTerminal) {
    let terminal = TranscriptTerminal(lines: lines, width: 80, echo: true)
    backend.terminal = terminal
    let options = Session.Options(dataDirectory: directory, ownsDataDirectory: owner, disk: disk)
    return (Session(terminal: terminal, backend: backend, options: options), terminal)
}

/// The session the history holds in entry `number` (1: the newest), read from disk.
func storedSession(_ directory: String, number: Int = 1) throws -> SessionFile {
    let summaries = SessionHistory(dataDirectory: directory, owner: false).list()
    let summary = try #require(
        summaries.count >= number ? summaries[number - 1] : nil, "no session \(number) in \(directory)")
    return try summary.entry.load().file
}

/// Resumes the newest (or `target`) session of `directory` the way `overfit --resume` does.
func resumed(
    _ directory: String, target: ResumeTarget = .latest, lines: [String] = [], backend: FakeBackend = FakeBackend()
)
    throws -> (session: Session, terminal: TranscriptTerminal, outcome: Session.RestoreOutcome, found: Resumable)
{
    let (session, terminal) = historySession(lines, directory: directory, backend: backend)
    let found = try SessionHistory(dataDirectory: directory, owner: true).resumable(target)
    let outcome = session.restore(found.file, from: found.label)
    if case .restored = outcome {
        if let journal = found.journal {
            session.continueSaving(into: journal, rewrite: found.rewrite)
        } else {
            session.saveNow()
        }
    } else {
        found.journal?.abandon()
    }
    return (session, terminal, outcome, found)
}

/// Every file under `directory` with its bytes, to show that nothing changed.
func snapshot(_ directory: String) -> [String: Data] {
    var out: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: directory)
    while let name = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = directory + "/" + name
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            out[name] = FileManager.default.contents(atPath: path) ?? Data()
        }
    }
    return out
}
