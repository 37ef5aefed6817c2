import Foundation
import OverfitTraining

/// Reading and writing the tutor's files, with errors that say which file and why.
enum FileAccess {
    /// `~/x` made absolute; other paths as given.
    static func expand(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }

    /// Writes `text` whole or not at all (see `SafeFile`): a crash, a full disk or a symlink
    /// planted at a temporary name never leaves half a file or writes somewhere else. Hints
    /// suggest `command` with a path ending in `name`: `save ~/overfit-session.ovf`,
    /// `export 2 ~/run2.csv`.
    static func writeAtomically(
        _ text: String, to path: String, command: String = "save",
        name: String = "overfit-session.ovf", disk: Disk = .system
    ) throws(HintedError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw HintedError(
                "cannot write \(path): it is a directory", hint: "give a file name, e.g. \(command) \(path)/\(name)")
        }
        let code = SafeFile.write(Array(text.utf8), to: path, disk: disk)
        guard code == 0 else { throw failure(path, code, command: command, name: name) }
    }

    /// Where session files come from: the hint for one that is missing or not text.
    static let sessionOrigin = "session files are written by `save FILE` in the tutor"

    /// The whole file as text; an error for a missing or unreadable file, or one that is not UTF-8.
    /// `what` names the file in messages; `origin` says where such files come from, as the hint.
    static func readText(_ path: String, what: String, origin: String = sessionOrigin) throws(HintedError) -> String {
        // A session or knobs file is kilobytes: a huge one is refused before it is read whole.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxTextBytes {
            throw HintedError(
                "\(what) \(path) is \(Text.grouped(size)) bytes, more than the \(Text.grouped(maxTextBytes)) a \(what) may have",
                hint: origin)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw HintedError(
                    "cannot read \(what) \(path): "
                        + (isDirectory.boolValue ? "it is a directory" : "permission denied"))
            }
            throw HintedError("cannot read \(what) \(path): no such file", hint: "check the name; \(origin)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw HintedError("\(what) \(path) is not text (invalid UTF-8)", hint: origin)
        }
        return text
    }

    /// The largest text file the tutor reads (sessions of 20,000 commands are about 1 MB).
    static let maxTextBytes = 64 << 20

    static func failure(_ path: String, _ code: Int32, command: String, name: String) -> HintedError {
        let reason = String(cString: strerror(code))
        return HintedError(
            "cannot write \(path): \(reason)", hint: "choose a directory you can write to, e.g. \(command) ~/\(name)")
    }
}
