import Foundation

/// Reading and writing the tutor's files, with errors that say which file and why.
enum FileAccess {
    /// `~/x` made absolute; other paths as given.
    static func expand(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home else { return path }
        return home + path.dropFirst()
    }

    /// Writes `text` whole or not at all (see `SafeFile`): a crash, a full disk or a symlink
    /// planted at a temporary name never leaves half a file or writes somewhere else.
    static func writeAtomically(_ text: String, to path: String, disk: Disk = .system) throws(TutorError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TutorError("cannot write \(path): it is a directory", hint: "give a file name, e.g. save \(path)/session.ovf")
        }
        let code = SafeFile.write(Array(text.utf8), to: path, disk: disk)
        guard code == 0 else { throw failure(path, code) }
    }

    /// The whole file as text; an error for a missing or unreadable file, or one that is not UTF-8.
    static func readText(_ path: String, what: String) throws(TutorError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw TutorError("cannot read \(what) \(path): " + (isDirectory.boolValue ? "it is a directory" : "permission denied"))
            }
            throw TutorError("cannot read \(what) \(path): no such file", hint: "check the name; session files are written by `save FILE`")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TutorError("\(what) \(path) is not text (invalid UTF-8): not an overfit session file",
                             hint: "session files are written by `save FILE` in the tutor")
        }
        return text
    }

    static func failure(_ path: String, _ code: Int32) -> TutorError {
        let reason = String(cString: strerror(code))
        return TutorError("cannot write \(path): \(reason)",
                          hint: "choose a directory you can write to, e.g. save ~/overfit-session.ovf")
    }
}
