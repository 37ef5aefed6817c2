import Foundation
import OverfitData

/// Writing a file so that a reader, a crash or a full disk sees the old file or the new one,
/// never half of one, and so that nobody can redirect the write with a symlink: a temporary file
/// with a random name is created with O_EXCL|O_NOFOLLOW beside the target, written, fsynced and
/// renamed over it, then the directory is fsynced so the rename itself survives a power cut.
/// A symlink at the target's name is replaced by the file, never followed.
enum SafeFile {
    /// Writes `bytes` to `path`; returns 0 or the errno of the step that failed (the old file,
    /// if any, is then untouched and no temporary file is left behind). Temporary files of
    /// earlier writes to `path` that were killed mid-write are removed first (`removeStale`).
    ///
    /// The temporary file is locked (flock) from its creation until it has been renamed, through
    /// a second descriptor that outlives the first's checked close: a lock nobody holds is how a
    /// later write tells a dead writer's file from a live one's (the kernel drops a killed
    /// process's locks).
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, disk: Disk = .system) -> Int32 {
        let directory = directoryOf(path)
        let name = (path as NSString).lastPathComponent
        removeStale(of: name, in: directory)
        // A cleaner in another tutor can take a temporary file in the instant before it is
        // locked (it then looks abandoned); the write starts over with a new name.
        for _ in 0..<3 {
            if let code = writeOnce(bytes, to: path, directory: directory, name: name, mode: mode, disk: disk) {
                return code
            }
        }
        return EAGAIN
    }

    /// One attempt of `write`; nil if its temporary file was removed before it could be locked.
    private static func writeOnce(
        _ bytes: [UInt8], to path: String, directory: String, name: String, mode: mode_t, disk: Disk
    ) -> Int32? {
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            temporary = directory + "/" + temporaryName(of: name, suffix: randomSuffix())
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { return errno }
        let lock = dup(descriptor)
        var failure: Int32 = lock >= 0 && flock(lock, LOCK_EX) == 0 ? 0 : errno
        defer { if lock >= 0 { close(lock) } }
        guard failure != 0 || isSameFile(descriptor, temporary) else {
            close(descriptor)
            return nil
        }
        if failure == 0 { failure = disk.writeAll(descriptor, bytes) }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        // Only a regular file (or a symlink, replaced, never followed) may be replaced: a device,
        // FIFO or socket put at the name since the command checked it is left alone.
        if failure == 0 && !isReplaceable(path) { failure = EEXIST }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return failure
        }
        syncDirectory(directory)
        return 0
    }

    /// `.NAME.<16 hex digits>.tmp`: the temporary name of a write to NAME.
    static func temporaryName(of name: String, suffix: String) -> String {
        "." + name + "." + suffix + ".tmp"
    }

    /// Removes the temporary files an earlier write to `name` left in `directory` when it was
    /// killed (kill -9, a power cut): only names `temporaryName` makes, only regular files, and
    /// only those whose lock nobody holds, so a live writer's file (a second tutor saving to the
    /// same name) is never touched. Best effort: what cannot be removed stays.
    static func removeStale(of name: String, in directory: String) {
        let prefix = "." + name + ".", suffix = ".tmp"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(suffix) {
            let middle = entry.dropFirst(prefix.count).dropLast(suffix.count)
            guard middle.count == 16, middle.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { continue }
            let path = directory + "/" + entry
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_uid == getuid()
            else { continue }
            // Held: a writer is alive. Free: its writer died (or just renamed it away, which the
            // identity check below tells apart: then the name is gone or another file's).
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0, isSameFile(descriptor, path) else { continue }
            unlink(path)
        }
    }

    /// Whether `path` names, without following a symlink, the file open as `descriptor`.
    static func isSameFile(_ descriptor: Int32, _ path: String) -> Bool {
        var opened = stat(), named = stat()
        guard fstat(descriptor, &opened) == 0, lstat(path, &named) == 0 else { return false }
        return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    /// Whether the entry at `path` may be replaced by a rename: none, a regular file or a symlink.
    static func isReplaceable(_ path: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return true }
        let type = status.st_mode & S_IFMT
        return type == S_IFREG || type == S_IFLNK
    }

    /// Makes a rename or an unlink in `directory` durable. Best effort: some file systems refuse
    /// fsync on a directory, and the data itself is already safe.
    static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The directory part of `path` (`.` for a bare name).
    static func directoryOf(_ path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }

    /// 16 hex digits from the system's random source: a temporary name nobody can predict.
    static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads at most `limit` bytes of a regular file without following a symlink at `path` (nor
    /// blocking on a FIFO planted there). Nil if it is missing, not a regular file, or larger than `limit`.
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        try? RegularFile.read(path, limit: limit, followingLinks: false).get()
    }
}
