import OverfitTraining

/// What a lesson placeholder shows: one figure of a run, `{base.test_acc}`, or the difference of
/// two figures of the same kind, `{drop.test_acc - base.test_acc}`, so that a sentence such as
/// "dropout added N points" carries the learner's own N. A difference of accuracies reads in
/// points (`2.90 points`), of losses with four decimals, of counts as a whole number.
struct FigureExpression: Sendable, Equatable {
    struct Term: Sendable, Equatable {
        let run: String
        let figure: RunFigure
    }

    let left: Term
    let right: Term?

    var runs: [String] { [left.run] + (right.map { [$0.run] } ?? []) }

    /// Reads `RUN.FIGURE` or `RUN.FIGURE - RUN.FIGURE`; every run must be in `runs`.
    static func parse(_ text: String, runs: Set<String>) throws(LessonError.Problem) -> FigureExpression {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
        guard (1...2).contains(parts.count) else {
            throw .init("placeholder `{\(text)}` should be {RUN.FIGURE} or {RUN.FIGURE - RUN.FIGURE}")
        }
        let left = try term(parts[0], whole: text, runs: runs)
        guard parts.count == 2 else { return FigureExpression(left: left, right: nil) }
        let right = try term(parts[1], whole: text, runs: runs)
        guard left.figure.unit == right.figure.unit else {
            throw .init(
                "placeholder `{\(text)}` subtracts \(right.figure.words) from \(left.figure.words): only figures of one kind subtract"
            )
        }
        return FigureExpression(left: left, right: right)
    }

    private static func term(_ text: String, whole: String, runs: Set<String>) throws(LessonError.Problem) -> Term {
        let parts = text.split(separator: ".").map(String.init)
        guard parts.count == 2, let figure = RunFigure(rawValue: parts[1]) else {
            let figures = RunFigure.allCases.map(\.rawValue).joined(separator: ", ")
            throw .init("placeholder `{\(whole)}` should be {RUN.FIGURE}, figures: \(figures)")
        }
        guard runs.contains(parts[0]) else {
            throw .init("placeholder `{\(whole)}` names run `\(parts[0])`, which no earlier `run:` step made")
        }
        return Term(run: parts[0], figure: figure)
    }

    /// The figure (or difference) as prose writes it; where a run is missing (skipped, or
    /// stopped before its first epoch) the text says so instead of a bare `?`.
    func shown(_ figures: (String) -> RunFigures?, words: TutorMessages) -> String {
        guard let first = value(left, figures) else { return missing(left, figures, words) }
        let points = figures(left.run)?.points ?? RunFigures.englishPoints
        guard let right else {
            return figures(left.run)?.shown(left.figure) ?? left.figure.format(first, points: points)
        }
        guard let second = value(right, figures) else { return missing(right, figures, words) }
        let text = left.figure.formatDifference(first - second, points: points)
        guard let one = figures(left.run)?.term(left.figure), let other = figures(right.run)?.term(right.figure)
        else { return text }
        return CitedFigure.cite([one, other], text: text)
    }

    private func value(_ term: Term, _ figures: (String) -> RunFigures?) -> Double? {
        figures(term.run)?.value(term.figure)
    }

    private func missing(_ term: Term, _ figures: (String) -> RunFigures?, _ words: TutorMessages) -> String {
        figures(term.run) == nil
            ? words.text(.figureNoRun, ["run": term.run])
            : words.text(.figureNoFigure, ["run": term.run, "figure": term.figure.rawValue])
    }
}
