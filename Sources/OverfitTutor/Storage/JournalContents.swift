import OverfitLessons
import OverfitTraining

/// What a session journal holds, read back. A journal is the history entry's record since its
/// file was last written whole: a header, then blocks of entry lines (the session file's own
/// grammar), each closed by a `commit` line once it was written:
///
///     overfit-journal 1
///     tool 0.1.0
///     started 2026-11-27T12:33:05Z
///     baseline
///     base 0
///     command set epochs 3
///     commit 1 lesson=-
///     command run
///     result 1 finished 3 …
///     outcome … / epoch … / predictions …
///     commit 3 lesson=4
///
/// `base` is how many entries the entry's file held when the journal began; `commit N` says N
/// entries are complete. Whatever follows the last complete `commit` line (a write cut short
/// by kill -9 or a full disk) is ignored, and cut off before the next append.
struct JournalContents {
    static let magic = "overfit-journal"
    static let version = 1

    var tool = OverfitVersion.current
    var started: String?
    var baseline = RunConfig()
    /// Entries in the file when the journal began; `entries` continue from there.
    var base = 0
    var entries: [SessionFile.Entry] = []
    var lesson: Int?
    /// Bytes up to the end of the last complete `commit` line: what is kept.
    var committedBytes = 0

    /// The header written before a journal's first block.
    static func header(tool: String, started: String?, baseline: RunConfig, base: Int) -> String {
        var out = "\(magic) \(version)\ntool \(tool)\n"
        if let started { out += "started \(started)\n" }
        return out + SessionFile.baselineLine(baseline) + "\nbase \(base)\n"
    }

    static func commitLine(entries: Int, lesson: Int?) -> String {
        "commit \(entries) lesson=\(lesson.map(String.init) ?? "-")\n"
    }

    /// Reads `bytes` (a journal's whole content). A journal with no complete `commit` holds
    /// nothing yet (nil); damage before the last commit is an error naming the line.
    static func read(_ bytes: [UInt8], file: String, skimming: Bool = false, language: Language = .english)
        throws(HintedError) -> JournalContents?
    {
        // Lines on the bytes, each with the offset just past its newline; the last piece (after
        // the last newline) is a torn write, never a line.
        var lines: [(text: Substring, end: Int)] = []
        var offset = 0
        for raw in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            offset += raw.count + 1
            lines.append((Substring(String(decoding: raw, as: UTF8.self)), offset))
        }
        guard let last = lines.lastIndex(where: { $0.text.hasPrefix("commit ") }) else { return nil }
        var contents = JournalContents()
        contents.committedBytes = lines[last].end
        var parser = SessionFileParser(
            file: file, version: SessionFile.formatVersion, skimming: skimming, language: language)
        var headerDone = false
        for (index, line) in lines[...last].enumerated() {
            try contents.read(String(line.text), number: index + 1, parser: &parser, headerDone: &headerDone)
        }
        contents.entries = parser.entries
        return contents
    }

    private mutating func read(_ line: String, number: Int, parser: inout SessionFileParser, headerDone: inout Bool)
        throws(HintedError)
    {
        if SessionFileParser.isBinary(line) { throw parser.fail(number, .journalBinary) }
        let keyword = String(line.prefix { $0 != " " })
        let rest = String(line.dropFirst(keyword.count).drop { $0 == " " })
        if number == 1 {
            guard line == "\(Self.magic) \(Self.version)" else {
                throw parser.fail(number, .journalNotJournal, ["line": Text.shown(line)])
            }
            return
        }
        if !headerDone {
            switch keyword {
            case "tool": tool = rest
            case "started": started = rest
            case "baseline": baseline = try parser.readSettings(rest, number: number)
            case "base":
                guard let value = Int(rest), value >= 0 else { throw parser.fail(number, .journalBadBase) }
                base = value
                headerDone = true
            default: throw parser.fail(number, .journalUnknownHeader, ["keyword": Text.shown(keyword)])
            }
            return
        }
        if keyword == "commit" {
            let words = rest.split(separator: " ")
            guard parser.pending == nil, let count = words.first.flatMap({ Int($0) }),
                count == base + parser.entries.count
            else {
                throw parser.fail(number, .journalBadCommit)
            }
            lesson = words.dropFirst().first.flatMap { $0.hasPrefix("lesson=") ? Int($0.dropFirst(7)) : nil }
            return
        }
        guard try parser.readEntry(keyword, rest, number: number) else {
            throw parser.fail(number, .journalUnknownEntry, ["keyword": Text.shown(keyword)])
        }
    }
}
