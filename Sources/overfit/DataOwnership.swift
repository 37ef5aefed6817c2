import Foundation
import OverfitLessons
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

    /// The note is in `language`, wrapped at `width` columns.
    static func claim(_ directory: String, language: Language = .english, width: Int = 80) -> DataOwnership {
        let style = RenderStyle(width: width, language: language)
        switch DataDirectoryLock.acquire(directory: directory, language: language) {
        case .acquired(let lock):
            return DataOwnership(lock: lock, note: nil)
        case .held(let holder):
            let who =
                holder.map { style.say(.dataDirectoryHeldBy, ["holder": $0]) }
                ?? style.say(.dataDirectoryHeldByUnknown)
            return DataOwnership(
                lock: nil, note: style.sayWrapped(.dataDirectoryHeld, ["who": who, "directory": directory]) + "\n")
        case .failed(let reason):
            return DataOwnership(lock: nil, note: style.say(.dataDirectoryLockFailed, ["reason": reason]) + "\n")
        }
    }
}
