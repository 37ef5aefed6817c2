import Foundation

/// Where the learner is on the guided path, kept in the data directory so the next start can
/// say "welcome back: lesson 4, step 2". A damaged file is treated as no progress.
public struct LessonProgress: Equatable, Sendable {
    public var lesson: Int?
    public var step = 0
    public var done: Set<Int> = []

    public init(lesson: Int? = nil, step: Int = 0, done: Set<Int> = []) {
        self.lesson = lesson
        self.step = step
        self.done = done
    }

    var text: String {
        var lines = ["# overfit lesson progress"]
        if let lesson { lines.append("lesson \(lesson)"); lines.append("step \(step)") }
        lines.append("done " + done.sorted().map(String.init).joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads what it can: unknown or damaged lines are skipped, so one bad line does not wipe
    /// the record of lessons done.
    static func parse(_ text: String) -> LessonProgress? {
        var progress = LessonProgress()
        for raw in text.split(whereSeparator: \.isNewline) where !raw.hasPrefix("#") {
            let parts = raw.split(separator: " ", maxSplits: 1).map(String.init)
            let value = parts.count > 1 ? parts[1].trimmingCharacters(in: " ") : ""
            switch parts.first {
            case "lesson": progress.lesson = Int(value).flatMap { (1...99).contains($0) ? $0 : nil }
            case "step": progress.step = Int(value).map { max(0, $0) } ?? 0
            case "done": progress.done = Set(value.split(separator: ",").compactMap { Int($0) })
            default: continue
            }
        }
        return progress
    }

    public static func load(path: String) -> LessonProgress? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else { return nil }
        return parse(text)
    }

    /// Written atomically; a failure is not worth interrupting the learner for.
    func save(path: String) {
        try? FileAccess.writeAtomically(text, to: path)
    }
}
