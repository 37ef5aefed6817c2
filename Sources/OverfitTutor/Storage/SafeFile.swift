import Foundation

/// Writing a file so that a reader, a crash or a full disk sees the old file or the new one,
/// never half of one, and so that nobody can redirect the write with a symlink: a temporary file
/// with a random name is created with O_EXCL|O_NOFOLLOW beside the target, written, fsynced and
/// renamed over it, then the directory is fsynced so the rename itself survives a power cut.
/// A symlink at the target's name is replaced by the file, never followed.
enum SafeFile {
    /// Writes `bytes` to `path`; returns 0 or the errno of the step that failed (the old file,
    /// if any, is then untouched and no temporary file is left behind).
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, disk: Disk = .system) -> Int32 {
        let directory = directoryOf(path)
        let name = (path as NSString).lastPathComponent
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            temporary = directory + "/." + name + "." + randomSuffix() + ".tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { return errno }
        var failure = disk.writeAll(descriptor, bytes)
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return failure
        }
        syncDirectory(directory)
        return 0
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

    /// Reads at most `limit` bytes of a regular file without following a symlink at `path`.
    /// Nil if it is missing, not a regular file, or larger than `limit`.
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) <= limit else {
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                #if canImport(Glibc)
                    return Glibc.read(descriptor, base + done, buffer.count - done)
                #else
                    return Darwin.read(descriptor, base + done, buffer.count - done)
                #endif
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        return Array(bytes.prefix(done))
    }
}
