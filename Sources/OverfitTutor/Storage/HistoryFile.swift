import Foundation

/// The readline history (`DIR/history`), kept by us rather than by readline's own writer, which
/// rewrites the whole file in place and follows a symlink at its name. Each line typed is
/// appended (O_APPEND|O_NOFOLLOW, one write: two tutors' lines interleave whole); the owner trims
/// the file at start, rewriting it safely.
public enum HistoryFile {
    /// Lines kept after a trim, and the length that triggers one.
    static let keep = 1000
    static let trimAbove = 2000

    /// The last `keep` lines, oldest first (nothing if the file is missing, a symlink, or over 8 MB).
    public static func lines(_ path: String) -> [String] {
        guard let bytes = SafeFile.read(path, limit: 8 << 20) else { return [] }
        let all = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return Array(all.suffix(keep))
    }

    public static func append(_ line: String, to path: String) {
        let descriptor = openFile(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        _ = Disk.system.writeAll(descriptor, Array((line + "\n").utf8))
        closeFile(descriptor)
    }

    /// Cuts the file to its last `keep` lines once it has grown past `trimAbove`.
    public static func trim(_ path: String) {
        guard let bytes = SafeFile.read(path, limit: 64 << 20) else { return }
        let all = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard all.count > trimAbove else { return }
        _ = SafeFile.write(Array((all.suffix(keep).joined(separator: "\n") + "\n").utf8), to: path, mode: 0o600)
    }
}
