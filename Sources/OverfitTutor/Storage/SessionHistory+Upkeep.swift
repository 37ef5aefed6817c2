import Foundation

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
