/// The `check-lessons` table: one row per claim, one column per seed, each cell `held` or
/// `FAILED` with the measured figures.
public struct LessonCheckReport {
    public let rows: [LessonCheck.Row]
    public let lessons: [Lesson]
    public let seeds: [UInt64]

    public init(rows: [LessonCheck.Row], lessons: [Lesson], seeds: [UInt64]) {
        self.rows = rows
        self.lessons = lessons
        self.seeds = seeds
    }

    public var failures: Int { rows.filter { $0.outcome?.held != true }.count }

    public var claimCount: Int { lessons.reduce(0) { $0 + $1.claims.count } }

    private func cell(_ row: LessonCheck.Row?) -> String {
        guard let row else { return "not run" }
        guard let outcome = row.outcome else { return "no result" }
        return (outcome.held ? "held " : "FAILED ") + outcome.figures
    }

    private var table: [(lesson: String, claim: String, cells: [String])] {
        lessons.flatMap { lesson in
            lesson.claims.map { claim in
                let cells = seeds.map { seed in
                    cell(rows.first { $0.lesson == lesson.number && $0.claim == claim.source && $0.seed == seed })
                }
                return ("\(lesson.number) \(lesson.title)", claim.source, cells)
            }
        }
    }

    public func markdown() -> String {
        var lines = ["| lesson | claim | " + seeds.map { "seed \($0)" }.joined(separator: " | ") + " |",
                     "|---|---|" + seeds.map { _ in "---|" }.joined()]
        for row in table {
            lines.append("| \(row.lesson) | `\(row.claim)` | " + row.cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("\(rows.count - failures) of \(rows.count) claim checks held.")
        return lines.joined(separator: "\n") + "\n"
    }

    public func text() -> String {
        var lines: [String] = []
        for row in table {
            lines.append("lesson \(row.lesson): \(row.claim)")
            for (seed, cell) in zip(seeds, row.cells) { lines.append("  seed \(seed): \(cell)") }
        }
        lines.append("\(rows.count - failures) of \(rows.count) claim checks held")
        return lines.joined(separator: "\n") + "\n"
    }
}
