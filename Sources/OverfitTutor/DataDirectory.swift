import Foundation
import OverfitLessons

/// Where the tutor keeps what must outlive a terminal: the session history (`sessions/`), the
/// readline history (`history`), lesson progress (`progress`) and the owner's `lock`.
/// `$XDG_DATA_HOME/overfit` or `~/.local/share/overfit`; never the working directory.
public enum DataDirectory {
    /// The directory for `environment` (nil if neither variable gives an absolute path).
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/overfit" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/share/overfit" }
        return nil
    }

    /// Creates the directory if needed. Returns the path, or a warning to print once (autosave and
    /// history are then off, and the tutor carries on), in `language`.
    public static func prepare(environment: [String: String], language: Language = .english) -> (
        path: String?, warning: String?
    ) {
        let words = FileWords(language)
        guard let path = path(environment: environment) else {
            return (nil, words.say(.dataDirectoryUnset))
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return (path, nil)
        } catch {
            return (nil, words.say(.dataDirectoryCannotCreate, ["path": path]))
        }
    }

    /// Whether sessions could be kept at `path`: it is a directory we may write, or it does not
    /// exist and its nearest existing parent is one (so it can be created). A read-only HOME is not.
    public static func isWritable(_ path: String) -> Bool {
        var candidate = path
        while true {
            var status = stat()
            if stat(candidate, &status) == 0 {
                return (status.st_mode & S_IFMT) == S_IFDIR && access(candidate, W_OK | X_OK) == 0
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != candidate else { return false }
            candidate = parent
        }
    }
}
