import Foundation
import OverfitTraining

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
            return HistorySummary(
                number: number, entry: entry, lastUsed: modified, commands: file.commands.count,
                runs: file.runCount, lesson: file.lesson, inUse: inUse, problem: nil)
        } catch {
            return HistorySummary(
                number: number, entry: entry, lastUsed: modified, commands: 0, runs: 0,
                lesson: nil, inUse: inUse, problem: error.message)
        }
    }
}
