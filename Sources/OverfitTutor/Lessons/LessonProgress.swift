import Foundation

/// Where the learner is on the guided path, kept in the data directory so the next start can
/// say "welcome back: lesson 4, step 2", and the predictions that came true in each lesson. It
/// is written whole (a temporary file renamed over it) after every step, so it survives kill -9.
/// A damaged file is treated as no progress.
public struct LessonProgress: Equatable, Sendable {
    public var lesson: Int?
    public var step = 0
    public var done: Set<Int> = []
    /// Per lesson, each judged prediction by the run it was about: whether it came true. Keyed by
    /// run so re-executing a session (a resume) counts an answer once, not twice.
    public var predictions: [Int: [String: Bool]] = [:]
    /// Per lesson, the commands its steps asked for that the learner typed (`own`) and those
    /// Enter typed for them (`given`): the tutor teaches by typing, so it keeps count.
    public var typed: [Int: (own: Int, given: Int)] = [:]

    public static func == (lhs: LessonProgress, rhs: LessonProgress) -> Bool {
        lhs.lesson == rhs.lesson && lhs.step == rhs.step && lhs.done == rhs.done
            && lhs.predictions == rhs.predictions
            && lhs.typed.mapValues { [$0.own, $0.given] }
                == rhs.typed.mapValues { [$0.own, $0.given] }
    }

    /// Counts one command a step asked for, typed by the learner or by Enter for them.
    public mutating func countTyped(lesson number: Int, byLearner: Bool) {
        var count = typed[number] ?? (0, 0)
        if byLearner { count.own += 1 } else { count.given += 1 }
        typed[number] = count
    }

    public init(lesson: Int? = nil, step: Int = 0, done: Set<Int> = []) {
        self.lesson = lesson
        self.step = step
        self.done = done
    }

    var text: String {
        var lines = ["# overfit lesson progress"]
        if let lesson { lines.append("lesson \(lesson)"); lines.append("step \(step)") }
        lines.append("done " + done.sorted().map(String.init).joined(separator: ","))
        for (number, judged) in predictions.sorted(by: { $0.key < $1.key }) where !judged.isEmpty {
            let items = judged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value ? "right" : "wrong")" }
            lines.append("predicted \(number) " + items.joined(separator: " "))
        }
        for (number, count) in typed.sorted(by: { $0.key < $1.key }) {
            lines.append("typed \(number) \(count.own) \(count.given)")
        }
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
            case "predicted": progress.readPredictions(value)
            case "typed":
                let numbers = value.split(separator: " ").compactMap { Int($0) }
                if numbers.count == 3, (1...99).contains(numbers[0]), numbers[1] >= 0, numbers[2] >= 0 {
                    progress.typed[numbers[0]] = (numbers[1], numbers[2])
                }
            default: continue
            }
        }
        return progress
    }

    /// `5 drop=right base=wrong`: items that are not `NAME=right|wrong` are skipped.
    mutating func readPredictions(_ value: String) {
        let words = value.split(separator: " ")
        guard let first = words.first, let number = Int(first), (1...99).contains(number) else { return }
        for item in words.dropFirst() {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].count <= 64, ["right", "wrong"].contains(parts[1]) else { continue }
            predictions[number, default: [:]][parts[0]] = parts[1] == "right"
        }
    }

    /// Predictions that came true in lesson `number`, out of those judged.
    public func tally(_ number: Int) -> (right: Int, asked: Int) {
        let judged = predictions[number] ?? [:]
        return (judged.values.count { $0 }, judged.count)
    }

    public static func load(path: String) -> LessonProgress? {
        // Kilobytes; read like every other file the tutor keeps (a FIFO there must not hang it).
        guard let data = SafeFile.read(path, limit: FileAccess.maxTextBytes),
            let text = String(bytes: data, encoding: .utf8)
        else { return nil }
        return parse(text)
    }

    /// Written atomically; a failure is not worth interrupting the learner for.
    func save(path: String) {
        try? FileAccess.writeAtomically(text, to: path)
    }
}
