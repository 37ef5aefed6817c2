import Foundation
import OverfitData
import OverfitLessons
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
    /// `export 2 ~/run2.csv`. Errors are in `language`.
    static func writeAtomically(
        _ text: String, to path: String, command: String = "save",
        name: String = "overfit-session.ovf", disk: Disk = .system, language: Language = .english
    ) throws(HintedError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let words = FileWords(language)
            throw HintedError(
                words.say(.fileWriteDirectory, ["path": path]),
                hint: words.say(.fileHintFileName, ["command": command, "path": path, "example": name]))
        }
        let code = SafeFile.write(Array(text.utf8), to: path, disk: disk)
        guard code == 0 else { throw failure(path, code, command: command, name: name, language: language) }
    }

    /// The whole file as text; an error for a missing or unreadable file, one that is not a
    /// regular file (a FIFO would hang, a device never end), one past `maxTextBytes` (its own
    /// size, whatever symlink names it), or one that is not UTF-8. `what` names the file in
    /// messages; `origin` says where such files come from, as the hint. Both are in `language`,
    /// as the errors are.
    static func readText(
        _ path: String, what: String, origin: String, language: Language = .english
    ) throws(HintedError) -> String {
        let words = FileWords(language)
        let shown = VisibleText.escaped(path)
        let named = ["what": what, "path": shown]
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: maxTextBytes) {
        case .success(let read): bytes = read
        case .failure(.missing):
            throw HintedError(
                words.say(.fileReadMissing, named), hint: words.say(.fileHintCheckName, ["origin": origin]))
        case .failure(.permissionDenied):
            throw HintedError(words.say(.fileReadDenied, named), hint: words.say(.fileHintDenied))
        case .failure(.notRegular(let kind)):
            throw HintedError(
                words.say(.fileReadNotRegular, named.merging(["kind": words.kind(kind)]) { $1 }),
                hint: words.say(.fileHintGiveFile, ["origin": origin]))
        case .failure(.tooLarge(let size, _)):
            throw HintedError(
                words.say(
                    .fileReadTooLarge,
                    named.merging(["size": Text.grouped(size), "limit": Text.grouped(maxTextBytes)]) { $1 }),
                hint: origin)
        case .failure(let refusal):
            let reason = if case .failed(let code) = refusal { words.reason(code) } else { refusal.reason }
            throw HintedError(words.say(.fileReadFailed, named.merging(["reason": reason]) { $1 }), hint: origin)
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw HintedError(words.say(.fileReadNotText, named), hint: origin)
        }
        return text
    }

    /// The largest text file the tutor reads (sessions of 20,000 commands are about 1 MB).
    static let maxTextBytes = 64 << 20

    static func failure(
        _ path: String, _ code: Int32, command: String, name: String, language: Language = .english
    ) -> HintedError {
        let words = FileWords(language)
        return HintedError(
            words.say(.fileWriteFailed, ["path": path, "reason": words.reason(code)]),
            hint: words.say(.fileHintWritable, ["command": command, "example": name]))
    }
}
