import Foundation

/// One line of `overfit sessions`: when the session was last used and what it holds.
public struct HistorySummary: Sendable {
    /// 1 for the newest; `overfit --resume N` takes this number.
    public let number: Int
    public let entry: HistoryEntry
    public let lastUsed: Date
    public let commands: Int
    public let runs: Int
    public let lesson: Int?
    /// Another tutor has it open right now.
    public let inUse: Bool
    /// Why it cannot be read, if it cannot.
    public let problem: String?
}

extension SessionHistory {
    /// Every entry, newest first, numbered from 1. Entries that hold nothing yet are left out.
    /// `limit` stops after that many (the newest is all the welcome needs).
    public func list(limit: Int = .max) -> [HistorySummary] {
        numbered(limit: limit).compactMap { summary($0.entry, number: $0.number, modified: $0.modified) }
    }

    /// The entries as `list` numbers them, without reading them: an entry holds something if it
    /// has its file, or a journal with a complete `commit`.
    func numbered(limit: Int = .max) -> [(number: Int, entry: HistoryEntry, modified: Date)] {
        var out: [(number: Int, entry: HistoryEntry, modified: Date)] = []
        for (name, modified) in names() where out.count < limit {
            let entry = self.entry(name)
            guard access(entry.filePath, F_OK) == 0 || holdsCommit(entry.journalPath) else { continue }
            out.append((out.count + 1, entry, modified))
        }
        return out
    }

    private func holdsCommit(_ journal: String) -> Bool {
        guard let bytes = SafeFile.read(journal, limit: HistoryEntry.maxBytes) else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("\ncommit ")
    }

    /// The newest entry's summary, for the welcome line (nil if there is none).
    public func latest() -> HistorySummary? {
        list(limit: 1).first
    }

    private func summary(_ entry: HistoryEntry, number: Int, modified: Date) -> HistorySummary? {
        let inUse = isOpenElsewhere(entry)
        do {
            let file = try entry.load(skimming: true).file
            return HistorySummary(number: number, entry: entry, lastUsed: modified, commands: file.commands.count,
                                  runs: file.results.count, lesson: file.lesson, inUse: inUse, problem: nil)
        } catch {
            return HistorySummary(number: number, entry: entry, lastUsed: modified, commands: 0, runs: 0,
                                  lesson: nil, inUse: inUse, problem: error.message)
        }
    }
}

extension HistorySummary {
    /// `2026-11-27 12:40` in local time.
    public var lastUsedText: String { Self.timeText(lastUsed) }

    static func timeText(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `12 commands, 3 runs, lesson 4`.
    public var contentsText: String {
        let lessonText = lesson.map { ", lesson \($0)" } ?? ""
        return "\(Text.grouped(commands)) command\(commands == 1 ? "" : "s"), \(Text.grouped(runs)) run\(runs == 1 ? "" : "s")\(lessonText)"
    }
}
