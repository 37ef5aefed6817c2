import Foundation
import OverfitLessons

/// One tutor owns a data directory at a time: it holds an exclusive `flock` on `DIR/lock` for as
/// long as it runs (the kernel releases it when the process ends, even on kill -9). A second
/// tutor finds it taken, says so, and keeps a session of its own without touching the first's.
public final class DataDirectoryLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    public enum Outcome {
        case acquired(DataDirectoryLock)
        /// Another process holds it; `holder` is what it wrote (its pid), if readable.
        case held(holder: String?)
        case failed(String)
    }

    /// `.failed`'s reason is in `language`.
    public static func acquire(directory: String, language: Language = .english) -> Outcome {
        let path = directory + "/lock"
        let words = FileWords(language)
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return .failed(words.say(.dataDirectoryCannotOpen, ["path": path, "reason": words.reason(errno)]))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let holder = SafeFile.read(path, limit: 64).map {
                String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            close(descriptor)
            return code == EWOULDBLOCK
                ? .held(holder: holder.flatMap { Int($0) == nil ? nil : "pid \($0)" })
                : .failed(words.say(.dataDirectoryCannotLock, ["path": path, "reason": words.reason(code)]))
        }
        let pid = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = Disk.system.writeAll(descriptor, pid) }
        return .acquired(DataDirectoryLock(descriptor: descriptor))
    }
}
