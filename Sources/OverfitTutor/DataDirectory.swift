import Foundation

/// Where the tutor keeps what must outlive a terminal: the autosaved session and the readline
/// history. `$XDG_DATA_HOME/overfit` or `~/.local/share/overfit`; never the working directory.
public enum DataDirectory {
    /// The directory for `environment` (nil if neither variable gives an absolute path).
    public static func path(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/overfit" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.local/share/overfit" }
        return nil
    }

    /// Creates the directory if needed. Returns the path, or a warning to print once (autosave and
    /// history are then off, and the tutor carries on).
    public static func prepare(environment: [String: String]) -> (path: String?, warning: String?) {
        guard let path = path(environment: environment) else {
            return (nil, "warning: neither XDG_DATA_HOME nor HOME is set: autosave and history are off")
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return (path, nil)
        } catch {
            return (nil, "warning: cannot create \(path): autosave and history are off")
        }
    }
}

/// Saves the session after every command, so a crash or a closed window loses nothing. The
/// previous session's file is kept as `previous-session.ovf` when a new session first saves.
final class Autosave {
    let directory: String
    var path: String { directory + "/session.ovf" }
    var previousPath: String { directory + "/previous-session.ovf" }
    /// False until the old autosave has been set aside (or when continuing it with --resume).
    var rotated: Bool
    private var warned = false

    init(directory: String, continuing: Bool) {
        self.directory = directory
        rotated = continuing
    }

    /// Writes `file`; returns a warning the first time writing fails.
    func save(_ file: SessionFile) -> String? {
        if !rotated {
            rotated = true
            if FileManager.default.fileExists(atPath: path) {
                _ = try? FileManager.default.removeItem(atPath: previousPath)
                _ = try? FileManager.default.moveItem(atPath: path, toPath: previousPath)
            }
        }
        do {
            try FileAccess.writeAtomically(file.render(), to: path)
            return nil
        } catch {
            guard !warned else { return nil }
            warned = true
            return "warning: autosave failed (\(error.message)); `save FILE` still works\n"
        }
    }
}
