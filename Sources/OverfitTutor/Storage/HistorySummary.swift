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

extension HistorySummary {
    /// `2026-11-27 12:40` in local time.
    public var lastUsedText: String { Self.timeText(lastUsed) }

    static func timeText(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&time, &parts)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
    }

    /// `12 commands, 3 runs, lesson 4`.
    public var contentsText: String {
        let lessonText = lesson.map { ", lesson \($0)" } ?? ""
        return
            "\(Text.grouped(commands)) command\(commands == 1 ? "" : "s"), \(Text.grouped(runs)) run\(runs == 1 ? "" : "s")\(lessonText)"
    }
}
