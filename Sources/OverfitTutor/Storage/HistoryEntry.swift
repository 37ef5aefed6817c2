import Foundation
import OverfitLessons
import OverfitTraining

/// One session in the data directory's history: `sessions/NAME.ovf` (the whole session, as
/// `save` writes it) and, while it is open or after a crash, `sessions/NAME.journal`. NAME is
/// the start time and a random tag, e.g. `20261127T123305Z-3f9a1c2e`.
public struct HistoryEntry: Equatable, Sendable {
    public let directory: String
    public let name: String

    public var filePath: String { directory + "/" + name + ".ovf" }
    public var journalPath: String { directory + "/" + name + ".journal" }

    /// Whether `file` (a directory listing's name) belongs to an entry, and which.
    static func name(of file: String) -> String? {
        for suffix in [".ovf", ".journal"] where file.hasSuffix(suffix) {
            let name = String(file.dropLast(suffix.count))
            let allowed = name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" }
            if !name.hasPrefix("."), name.count >= 17, name.count <= 64, allowed { return name }
        }
        return nil
    }

    /// A new name for a session started at `date`.
    static func newName(at date: Date) -> String {
        stamp(date) + "-" + String(SafeFile.randomSuffix().prefix(8))
    }

    /// `20261127T123305Z`: sorts by time, and reads in any locale.
    static func stamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// The ISO 8601 form a session file's `started` line holds.
    static func iso(_ date: Date) -> String {
        let stamp = self.stamp(date)
        let digits = Array(stamp)
        return String(digits[0..<4]) + "-" + String(digits[4..<6]) + "-" + String(digits[6..<8]) + "T"
            + String(digits[9..<11]) + ":" + String(digits[11..<13]) + ":" + String(digits[13..<15]) + "Z"
    }

    /// The largest file or journal read back (a 47-run session is about 1 MB).
    static let maxBytes = 256 << 20

    /// The session the entry holds: its file, with the journal's later entries after it.
    /// `journal` is the journal's bytes if the caller has them open.
    /// `skimming` (for the listing) reads counts without decoding the figures.
    func load(journal given: [UInt8]? = nil, skimming: Bool = false, language: Language = .english) throws(HintedError)
        -> (file: SessionFile, committedBytes: Int, journalBytes: Int)
    {
        let words = FileWords(language)
        var file: SessionFile?
        if access(filePath, F_OK) == 0 {
            guard let bytes = SafeFile.read(filePath, limit: Self.maxBytes) else {
                throw HintedError(
                    words.say(.historyFileUnreadable, ["path": filePath, "size": String(Self.maxBytes >> 20)]))
            }
            file = try SessionFile.parse(
                String(decoding: bytes, as: UTF8.self), file: filePath, skimming: skimming, language: language)
        }
        let journalBytes = given ?? SafeFile.read(journalPath, limit: Self.maxBytes) ?? []
        let journal = try JournalContents.read(journalBytes, file: journalPath, skimming: skimming, language: language)
        guard var whole = file ?? journal.map(Self.fileFromJournal) else {
            throw HintedError(words.say(.historyEmpty, ["name": name]), hint: words.say(.historyHintThereAre))
        }
        if file == nil, let journal, journal.base != 0 {
            throw HintedError(
                words.say(.historyJournalOrphan, ["journal": journalPath, "path": filePath]),
                hint: words.say(.historyHintEntryDamaged))
        }
        if let journal, file != nil {
            let held = whole.entries.count
            guard journal.base <= held else {
                throw HintedError(
                    words.say(
                        .historyJournalGap,
                        ["journal": journalPath, "base": String(journal.base), "path": filePath, "count": String(held)]),
                    hint: words.say(.historyHintJournalGap, ["path": filePath]))
            }
            whole.entries += journal.entries.dropFirst(held - journal.base)
        }
        if let lesson = journal?.lesson { whole.lesson = lesson } else if journal != nil { whole.lesson = nil }
        return (whole, journal?.committedBytes ?? 0, journalBytes.count)
    }

    private static func fileFromJournal(_ journal: JournalContents) -> SessionFile {
        var file = SessionFile(toolVersion: journal.tool, baseline: journal.baseline, entries: journal.entries)
        file.started = journal.started
        file.lesson = journal.lesson
        return file
    }
}
