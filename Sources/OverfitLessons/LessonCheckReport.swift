import OverfitTraining

/// The `check-lessons` table: one row per claim, one column per seed, each cell `held` or
/// `FAILED` with the measured figures; as text, Markdown (for the README) or JSON.
public struct LessonCheckReport {
    public let checks: [LessonCheck.Checked]
    public let lessons: [Lesson]
    public let seeds: [UInt64]
    /// The narration audit of each lesson and seed walked (none when it was not run).
    public let narration: [Narration]

    /// One lesson's text, read on one seed, audited: the figures it printed, how many were true
    /// of the runs they name, and what was found (an untrue figure, a step that failed).
    public struct Narration: Sendable {
        public let lesson: Int
        public let seed: UInt64
        public let figures: Int
        public let held: Int
        public let findings: [String]

        public init(lesson: Int, seed: UInt64, figures: Int, held: Int, findings: [String]) {
            self.lesson = lesson
            self.seed = seed
            self.figures = figures
            self.held = held
            self.findings = findings
        }
    }

    public init(checks: [LessonCheck.Checked], lessons: [Lesson], seeds: [UInt64], narration: [Narration] = []) {
        self.checks = checks
        self.lessons = lessons
        self.seeds = seeds
        self.narration = narration
    }

    /// What the narration audit found, over every lesson and seed.
    public var narrationFindings: Int { narration.reduce(0) { $0 + $1.findings.count } }

    private var narrationSummary: String? {
        guard !narration.isEmpty else { return nil }
        let figures = narration.reduce(0) { $0 + $1.figures }, held = narration.reduce(0) { $0 + $1.held }
        return
            "\(held) of \(figures) narration figures held (each printed figure checked against its run, epoch and test images), \(narrationFindings) finding\(narrationFindings == 1 ? "" : "s")"
    }

    private var narrationLines: [String] {
        narration.flatMap { walk in walk.findings.map { "lesson \(walk.lesson), seed \(walk.seed): \($0)" } }
    }

    public var rows: [LessonCheck.Row] { checks.flatMap(\.rows) }

    /// Claim checks that did not hold, or have no result.
    public var failures: Int { rows.filter { $0.outcome?.held != true }.count }

    public var claimCount: Int { lessons.reduce(0) { $0 + $1.claims.count } }

    /// `held 75.43% vs 96.57%`: the verdict and the claim's numbers, for a table cell.
    private func cell(_ row: LessonCheck.Row?) -> String {
        guard let row else { return "not run" }
        guard let outcome = row.outcome else { return "no result" }
        return (outcome.held ? "held " : "FAILED ") + outcome.numbers
    }

    /// `held: test accuracy of `small` is …: 75.43% vs 96.57%`: the claim in words, for text.
    private func line(_ row: LessonCheck.Row?) -> String {
        guard let row else { return "not run" }
        guard let outcome = row.outcome else { return "no result (a run it needs did not finish)" }
        return (outcome.held ? "held: " : "FAILED: ") + (outcome.sentence.isEmpty ? outcome.figures : outcome.sentence)
    }

    private var table: [(lesson: String, claim: Claim, rows: [LessonCheck.Row?])] {
        lessons.flatMap { lesson in
            lesson.claims.map { claim in
                let cells = seeds.map { seed in
                    rows.first { $0.lesson == lesson.number && $0.claim == claim.source && $0.seed == seed }
                }
                return ("\(lesson.number) \(lesson.title)", claim, cells)
            }
        }
    }

    private var summary: String { "\(rows.count - failures) of \(rows.count) claim checks held" }

    /// One row per claim: the expression, the claim in words with the first seed's numbers, and
    /// each seed's verdict with its numbers.
    public func markdown() -> String {
        let first = seeds.first.map { "in words (seed \($0))" } ?? "in words"
        var lines = [
            "| lesson | claim | \(first) | " + seeds.map { "seed \($0)" }.joined(separator: " | ") + " |",
            "|---|---|---|" + seeds.map { _ in "---|" }.joined(),
        ]
        for row in table {
            let words = row.rows.first??.outcome?.sentence ?? ""
            lines.append(
                "| \(row.lesson) | `\(row.claim.source)` | \(words) | " + row.rows.map(cell).joined(separator: " | ")
                    + " |")
        }
        lines += ["", summary + "."]
        if let narrationSummary {
            lines += [
                "", "| lesson | narration figures checked | held | findings |", "|---|---|---|---|",
            ]
            for lesson in lessons {
                let walks = narration.filter { $0.lesson == lesson.number }
                guard !walks.isEmpty else { continue }
                lines.append(
                    "| \(lesson.number) \(lesson.title) | \(walks.reduce(0) { $0 + $1.figures }) | \(walks.reduce(0) { $0 + $1.held }) | \(walks.reduce(0) { $0 + $1.findings.count }) |"
                )
            }
            lines += ["", narrationSummary + "."] + narrationLines.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each claim, then for each seed whether it held, in words with the numbers.
    public func text() -> String {
        var lines: [String] = []
        for row in table {
            lines.append("lesson \(row.lesson): \(row.claim.source)")
            for (seed, check) in zip(seeds, row.rows) { lines.append("  seed \(seed): \(line(check))") }
        }
        lines.append(summary)
        if let narrationSummary { lines += narrationLines + [narrationSummary] }
        return lines.joined(separator: "\n") + "\n"
    }

    public static let jsonSchema = "overfit-check/1"

    /// Every claim check (`held` is null where a run the claim needs did not finish) and every
    /// run made, each in the run schema (`overfit-run/1`).
    public func json(pretty: Bool = false) -> String {
        let titles = Dictionary(lessons.map { ($0.number, $0.title) }, uniquingKeysWith: { first, _ in first })
        let claims: [JSONValue] = rows.map { row in
            .object([
                ("lesson", .integer(row.lesson)), ("title", .string(titles[row.lesson] ?? "")),
                ("claim", .string(row.claim)), ("seed", .integer(Int(clamping: row.seed))),
                ("held", row.outcome.map { .bool($0.held) } ?? .null),
                ("figures", row.outcome.map { .string($0.figures) } ?? .null),
                ("sentence", row.outcome.map { .string($0.sentence) } ?? .null),
            ])
        }
        let rules = Dictionary(
            lessons.map { ($0.number, Set($0.rules.knobIDs)) }, uniquingKeysWith: { first, _ in first })
        let runs: [JSONValue] = checks.flatMap { check in
            check.runs.map { run in
                .object([
                    ("lesson", .integer(check.lesson)), ("seed", .integer(Int(clamping: check.seed))),
                    ("name", .string(run.name)),
                    ("result", run.result.jsonValue(fixed: rules[check.lesson] ?? [])),
                ])
            }
        }
        return JSONValue.object([
            ("schema", .string(Self.jsonSchema)), ("tool", .string("overfit \(OverfitVersion.current)")),
            ("seeds", .array(seeds.map { .integer(Int(clamping: $0)) })),
            ("held", .integer(rows.count - failures)), ("checked", .integer(rows.count)),
            ("claims", .array(claims)), ("runs", .array(runs)),
            (
                "narration",
                .array(
                    narration.map { walk in
                        .object([
                            ("lesson", .integer(walk.lesson)), ("seed", .integer(Int(clamping: walk.seed))),
                            ("figures", .integer(walk.figures)), ("held", .integer(walk.held)),
                            ("findings", .array(walk.findings.map { .string($0) })),
                        ])
                    })
            ),
        ]).text(pretty: pretty)
    }
}
