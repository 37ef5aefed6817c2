import Foundation
import OverfitData
import OverfitTraining

/// The one rule for the files the learner names after `save`, `export` and `recap`.
///
/// A new path is written. A file overfit wrote (a session file, a run's CSV or JSON export, a
/// recap) is replaced: writing it again is what the learner is doing. Anything else that is a
/// regular file is someone's work: it is replaced only after a yes at the prompt, and never from
/// a script, where nobody can be asked. A device, a FIFO, a socket or a directory is never
/// written: the rename would put a file where the device was (as root, over the null device).
/// A symlink at the name is replaced by the file, never written through (see `SafeFile`), so
/// nothing it points at can be lost.
enum WriteTarget {
    /// What the learner's words mean for the command: `command` and `example` make its hints
    /// (`save` and `overfit-session.ovf`: "e.g. save ~/overfit-session.ovf").
    struct Wording {
        var command: String
        var example: String
    }

    /// Whether `path` (expanded; `shown` is what the learner typed) may be written: true to go
    /// ahead, false when the learner said no at the prompt. Throws for a target that is never
    /// written, or a file not ours when nobody can be asked.
    static func mayWrite(_ path: String, shown: String, wording: Wording, session: Session) throws(HintedError)
        -> Bool
    {
        let visible = VisibleText.escaped(shown)
        let words = FileWords(session.language)
        var status = stat()
        guard lstat(path, &status) == 0 else { return true }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return true
        case S_IFDIR:
            throw HintedError(
                words.say(.fileWriteDirectory, ["path": visible]),
                hint: words.say(
                    .fileHintFileName, ["command": wording.command, "path": visible, "example": wording.example]))
        case S_IFREG:
            guard !isOurs(path) else { return true }
            return try confirm(visible, wording: wording, session: session)
        default:
            throw HintedError(
                words.say(
                    .fileWriteNotRegular,
                    [
                        "path": visible, "kind": words.kind(of: status.st_mode),
                        "name": String(wording.command.split(separator: " ")[0]),
                    ]),
                hint: words.say(.fileHintNewName, ["command": wording.command, "example": wording.example]))
        }
    }

    /// Whether the regular file at `path` starts as a file overfit writes: a session file, a
    /// run's CSV or JSON export, or a recap. Only the first bytes are read.
    static func isOurs(_ path: String) -> Bool {
        let descriptor: Int32
        switch RegularFile.open(path, followingLinks: false) {
        case .success(let opened): descriptor = opened.descriptor
        case .failure: return false
        }
        defer { closeFile(descriptor) }
        var head = [UInt8](repeating: 0, count: 4096)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        return isOurs(head: Array(head.prefix(count)))
    }

    /// The first bytes of the files overfit writes (a byte-order mark or CRLF, as an editor may
    /// leave them, still count).
    static func isOurs(head: [UInt8]) -> Bool {
        let text = TextFile.normalised(String(decoding: head, as: UTF8.self))
        if text.hasPrefix(RunExport.csvHeader) || LessonRecap.titles.contains(where: text.hasPrefix) { return true }
        // A session file opens with comment lines, then its magic line.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.dropLast().first(where: { !$0.hasPrefix("#") && !$0.isEmpty }),
            first.hasPrefix(SessionFile.magic + " ")
        {
            return true
        }
        // `export N FILE.json`: an object whose first field is the run schema.
        let compact = text.filter { !$0.isWhitespace }
        return compact.hasPrefix("{\"schema\":\"\(RunResult.jsonSchema)\"")
    }

    /// Asks before replacing someone's file; refuses in a script.
    private static func confirm(_ visible: String, wording: Wording, session: Session) throws(HintedError) -> Bool {
        let name = String(wording.command.split(separator: " ")[0])
        let words = FileWords(session.language)
        guard session.terminal.isInteractive else {
            throw HintedError(
                words.say(.fileWriteNotOurs, ["path": visible, "name": name]),
                hint: words.say(.fileHintNotOurs, ["command": wording.command, "example": wording.example]))
        }
        session.flushOutput()
        let answer =
            session.terminal.readLine(prompt: words.say(.fileWriteConfirm, ["path": visible]) + " ") ?? ""
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
