import Foundation
import OverfitData
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

    /// The whole file as text; an error for a missing or unreadable file, one that is not a
    /// regular file (a FIFO would hang, a device never end), one past `maxTextBytes` (its own
    /// size, whatever symlink names it), or one that is not UTF-8. `what` names the file in
    /// messages; `origin` says where such files come from, as the hint.
    static func readText(_ path: String, what: String, origin: String = sessionOrigin) throws(HintedError) -> String {
        let shown = VisibleText.escaped(path)
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: maxTextBytes) {
        case .success(let read): bytes = read
        case .failure(.missing):
            throw HintedError("cannot read \(what) \(shown): no such file", hint: "check the name; \(origin)")
        case .failure(.permissionDenied):
            throw HintedError(
                "cannot read \(what) \(shown): permission denied",
                hint: "let yourself read it (chmod u+r), or ask its owner for a copy")
        case .failure(.notRegular(let kind)):
            throw HintedError(
                "cannot read \(what) \(shown): it is \(kind), not a regular file",
                hint: "give the path of a file; \(origin)")
        case .failure(.tooLarge(let size, _)):
            throw HintedError(
                "\(what) \(shown) is \(Text.grouped(size)) bytes, more than the \(Text.grouped(maxTextBytes)) a \(what) may have",
                hint: origin)
        case .failure(let refusal):
            throw HintedError("cannot read \(what) \(shown): \(refusal.reason)", hint: origin)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw HintedError("\(what) \(shown) is not text (invalid UTF-8)", hint: origin)
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
