import OverfitData
import OverfitTraining

extension SessionFile {
    /// Reads a session file's text. Every problem names the file and line and says what was
    /// expected: a corrupt, truncated or future-version file, or one naming an unknown knob.
    public static func parse(_ text: String, file: String) throws(HintedError) -> SessionFile {
        var parser = Parser(file: file)
        let lines = TextFile.normalised(text).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = String(raw)
            try parser.read(line, number: index + 1)
        }
        return try parser.finish(lineCount: lines.count)
    }

    private struct Parser {
        let file: String
        var version: Int?
        var tool: String?
        var baseline = RunConfig()
        var entries: [Entry] = []
        var commandLines: [Int] = []
        var ended = false
        var sawContent = false

        init(file: String) { self.file = file }

        func fail(_ number: Int, _ message: String, hint: String? = nil) -> HintedError {
            HintedError("session file \(file), line \(number): \(message)",
                       hint: hint ?? "the file is damaged; the current session is unchanged")
        }

        mutating func read(_ line: String, number: Int) throws(HintedError) {
            if line.contains("\u{0}") || line.contains("\u{FFFD}") {
                throw fail(number, "binary data, not text: this is not an overfit session file")
            }
            let trimmed = line.trimmingCharacters(in: " \t")
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            sawContent = true
            if ended { throw fail(number, "text after the `end` line") }
            let keyword = String(trimmed.prefix { $0 != " " })
            let rest = String(trimmed.dropFirst(keyword.count).drop { $0 == " " })
            guard version != nil || keyword == SessionFile.magic else {
                throw fail(number, "not an overfit session file (it should start with `\(SessionFile.magic) \(SessionFile.formatVersion)`, found `\(Text.shown(trimmed))`)",
                           hint: "session files are written by `save FILE` in the tutor")
            }
            switch keyword {
            case SessionFile.magic: try readVersion(rest, number: number)
            case "tool": tool = rest
            case "baseline": baseline = try readSettings(rest, number: number)
            case "command":
                guard let command = SessionFile.unescape(rest) else { throw fail(number, "a bad `\\` escape in `\(Text.shown(rest))`") }
                entries.append(.command(command))
                commandLines.append(number)
            case "result": try readResult(rest, number: number)
            case "end": try readEnd(rest, number: number)
            default: throw fail(number, "unknown entry `\(Text.shown(keyword))` (expected command, result or end)")
            }
        }

        mutating func readVersion(_ rest: String, number: Int) throws(HintedError) {
            guard version == nil else { throw fail(number, "a second `\(SessionFile.magic)` header") }
            guard let value = Int(rest), value >= 1 else { throw fail(number, "unreadable format version `\(Text.shown(rest))`") }
            guard value <= SessionFile.formatVersion else {
                throw fail(number, "written by a newer overfit (session format \(value); this overfit \(OverfitVersion.current) reads format \(SessionFile.formatVersion))",
                           hint: "upgrade overfit to replay it; the current session is unchanged")
            }
            version = value
        }

        /// `KNOB=VALUE …` on top of the defaults, read as the tutor reads `set`.
        func readSettings(_ text: String, number: Int) throws(HintedError) -> RunConfig {
            do {
                return try KnobSettings(parsing: text).applied(to: RunConfig())
            } catch {
                throw fail(number, error.message, hint: error.hint)
            }
        }

        mutating func readResult(_ rest: String, number: Int) throws(HintedError) {
            let words = rest.split(separator: " ", maxSplits: 3).map(String.init)
            guard words.count >= 3, let id = Int(words[0]), id >= 1, let done = Int(words[2]), done >= 0 else {
                throw fail(number, "expected `result ID STATUS EPOCHS KNOB=VALUE…`")
            }
            guard ["finished", "cancelled", "diverged"].contains(words[1]) else {
                throw fail(number, "unknown run status `\(Text.shown(words[1]))` (expected finished, cancelled or diverged)")
            }
            guard case .command = entries.last else { throw fail(number, "a result with no command before it") }
            let config = try readSettings(words.count > 3 ? words[3] : "", number: number)
            entries.append(.result(RunEntry(id: id, status: words[1], epochsDone: done, config: config)))
        }

        mutating func readEnd(_ rest: String, number: Int) throws(HintedError) {
            let commandCount = entries.count { if case .command = $0 { return true } else { return false } }
            guard let count = Int(rest), count == commandCount else {
                throw fail(number, "`end` says \(Text.shown(rest)) commands but the file holds \(commandCount): lines are missing")
            }
            ended = true
        }

        func finish(lineCount: Int) throws(HintedError) -> SessionFile {
            guard sawContent else {
                throw HintedError("session file \(file) is empty", hint: "session files are written by `save FILE` in the tutor")
            }
            guard ended, let tool else {
                throw HintedError("session file \(file) is truncated: it stops at line \(lineCount) without its `end` line",
                                 hint: "the file was cut short; the current session is unchanged")
            }
            var file = SessionFile(toolVersion: tool, baseline: baseline, entries: entries)
            file.source = (self.file, commandLines)
            return file
        }
    }
}
