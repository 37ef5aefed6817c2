import Foundation
import OverfitData

/// How much memory a run may take: by default half the machine's RAM (the rest is the
/// learner's), raised or lowered with `--memory-budget`. A run estimated past it is refused
/// before anything is allocated (`RunEstimate`).
public struct MemoryBudget: Sendable, Equatable {
    public let bytes: Int
    /// Where the figure came from, for messages: "half this machine's RAM", "--memory-budget".
    public let origin: String

    public init(bytes: Int, origin: String) {
        self.bytes = bytes
        self.origin = origin
    }

    /// Half of `MemTotal` in /proc/meminfo, else of the physical pages sysconf reports; 4 GB
    /// if neither can be read.
    public static let machineDefault: MemoryBudget = {
        let total = memTotal() ?? physicalMemory() ?? (8 << 30)
        return MemoryBudget(bytes: total / 2, origin: "half this machine's RAM")
    }()

    /// Where `--memory-budget` sets the budget: the learner chose it, so nothing lowers it.
    public static let flagOrigin = "--memory-budget"

    /// Whether the learner set this budget (a replayed file's runs then get it whole).
    public var isExplicit: Bool { origin == Self.flagOrigin }

    /// The budget for runs a replayed file asks for: a file is someone else's, and a laptop has
    /// about 4 GB to spare, so 2 GB unless the machine's default is lower or the learner set one.
    public var forReplayedFiles: MemoryBudget {
        guard !isExplicit, bytes > Self.replayDefaultBytes else { return self }
        return MemoryBudget(
            bytes: Self.replayDefaultBytes, origin: "the default for a replayed file; --memory-budget raises it")
    }

    public static let replayDefaultBytes = 2 << 30

    /// `origin` as a phrase the tutor translates (a flag's name stays as it is).
    var originPhrase: Phrase.Value {
        switch origin {
        case "half this machine's RAM": return .phrase(Phrase(.budgetHalfRAM, english: origin))
        case "the default for a replayed file; --memory-budget raises it":
            return .phrase(Phrase(.budgetReplay, english: origin))
        default: return .text(origin)
        }
    }

    static func memTotal() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let fields = line.split(separator: " ")
            guard fields.count >= 2, let kilobytes = Int(fields[1]), kilobytes > 0 else { return nil }
            return kilobytes * 1024
        }
        return nil
    }

    static func physicalMemory() -> Int? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), size = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && size > 0 ? pages * size : nil
    }

    /// `16GB`, `16G`, `512MB`, `512M` or a number of megabytes; nil for anything else.
    public static func parse(_ text: String) -> Int? {
        let upper = text.trimmingCharacters(in: " \t").uppercased()
        let gigabyte = Double(1 << 30), megabyte = Double(1 << 20)
        let units: [(String, Double)] = [
            ("GB", gigabyte), ("G", gigabyte), ("MB", megabyte), ("M", megabyte), ("", megabyte),
        ]
        for (suffix, scale) in units where upper.hasSuffix(suffix) {
            guard let value = Double(String(upper.dropLast(suffix.count)).trimmingCharacters(in: " \t")),
                value.isFinite, value > 0, value <= megabyte
            else {
                return nil
            }
            return Int(value * scale)
        }
        return nil
    }

    /// `11.8 GB`, `350 MB`.
    public static func format(_ bytes: Int) -> String {
        let gigabytes = Double(bytes) / Double(1 << 30)
        if gigabytes >= 1 { return String(format: "%.1f GB", gigabytes) }
        return "\(max(1, Int((Double(bytes) / Double(1 << 20)).rounded()))) MB"
    }
}
