import Foundation

/// How much this process's peak resident memory grew while `body` ran: the high-water mark is
/// reset through /proc/self/clear_refs (Linux 4.0+) and read from /proc/self/status. Tests
/// running at the same time count too, so bounds must be generous. Nil where it cannot be read.
enum PeakMemory {
    static func growth(_ body: () throws -> Void) rethrows -> Int? {
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let before = field("VmRSS")
        try body()
        guard reset, let before, let peak = field("VmHWM") else { return nil }
        return peak - before
    }

    /// A `kB` field of /proc/self/status, in bytes.
    static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
