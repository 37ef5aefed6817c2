import Foundation
import OverfitTutor

/// Whether this tutor owns its data directory (holds its lock) and, if not, what to tell the
/// learner. Held for the tutor's whole run: the lock goes when the process does.
final class DataOwnership {
    let lock: DataDirectoryLock?
    let note: String?
    var owner: Bool { lock != nil }

    private init(lock: DataDirectoryLock?, note: String?) {
        self.lock = lock
        self.note = note
    }

    static func claim(_ directory: String) -> DataOwnership {
        switch DataDirectoryLock.acquire(directory: directory) {
        case .acquired(let lock):
            return DataOwnership(lock: lock, note: nil)
        case .held(let holder):
            let who = holder.map { "another overfit (\($0))" } ?? "another overfit"
            return DataOwnership(
                lock: nil,
                note: """
                    note: \(who) is using \(directory). This tutor keeps a session of its own there (a separate \
                    entry in `overfit sessions`) and leaves the other's files alone; lesson progress is not saved \
                    from here. To use another directory: XDG_DATA_HOME=/some/other/dir overfit

                    """)
        case .failed(let reason):
            return DataOwnership(
                lock: nil, note: "warning: \(reason): this tutor keeps its own session and leaves shared files alone\n")
        }
    }
}
