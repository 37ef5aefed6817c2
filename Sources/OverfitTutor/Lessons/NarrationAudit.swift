import OverfitData
import OverfitLessons
import OverfitTraining

/// Checks every figure a walked lesson printed against the run it names: that the run is the
/// lesson's run of that name, that the epoch is in it, that the printed number is that run's
/// measure at that epoch (or the difference of two), that the number is on the screen, and that
/// figures on a subset of the test images (`test_eval N`) are never set beside, or subtracted
/// from, figures on the whole test set. Independent of the code that chose the figure: it reads
/// the run's epochs itself.
public struct NarrationAudit: Sendable {
    /// One printed figure the audit found untrue, or one step that failed.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// The line typed when it was printed (`` for Enter).
        public let typed: String
        public let problem: String

        public var description: String { "after `\(typed)`: \(problem)" }
    }

    /// How many figures were checked, and what did not hold.
    public private(set) var figures = 0
    public private(set) var findings: [Finding] = []

    public var held: Int { figures - findings.count { $0.problem.hasPrefix("figure") } }

    /// Audits `blocks`, whose named figures must come from `runs` (the lesson's runs by name). A
    /// walk in a translation also reports English prose left on its screens (`UntranslatedText`);
    /// given the walk's `width`, a line wider than it (by display width: Hangul takes two
    /// columns) is reported too.
    public init(
        _ blocks: [LessonWalk.Block], runs: [String: RunResult], language: Language = .english, width: Int? = nil
    ) {
        for block in blocks {
            let typed = block.typed.isEmpty ? "Enter" : block.typed
            if let width {
                for line in block.output.split(separator: "\n") where line.displayWidth > width {
                    findings.append(
                        Finding(
                            typed: typed,
                            problem: "a line \(line.displayWidth) columns wide on a \(width)-column screen: \"\(line)\""
                        ))
                }
            }
            if language != .english {
                for run in UntranslatedText.englishRuns(in: block.output) {
                    findings.append(Finding(typed: typed, problem: "English left in the translation: \"\(run)\""))
                }
            }
            if !block.errors.isEmpty {
                findings.append(
                    Finding(typed: typed, problem: "the step failed: \(block.errors.trimmingCharacters(in: " \n"))"))
            }
            var testSets: [Int?: String] = [:]
            for figure in block.figures {
                figures += 1
                if let problem = Self.check(figure, output: block.output, runs: runs) {
                    findings.append(Finding(typed: typed, problem: "figure \(figure.text): \(problem)"))
                    continue
                }
                for term in figure.terms where term.measure.onTestImages {
                    testSets[term.sampledTestImages] = testSets[term.sampledTestImages] ?? figure.text
                }
            }
            if testSets.count > 1 {
                let sets = testSets.sorted { ($0.key ?? .max) < ($1.key ?? .max) }
                    .map { "\($0.value) on \($0.key.map { "\($0) test images" } ?? "the whole test set")" }
                findings.append(
                    Finding(
                        typed: typed,
                        problem: "figure beside a figure on other test images: \(sets.joined(separator: " and "))"))
            }
        }
    }

    /// What is wrong with one figure, or nil.
    static func check(_ figure: CitedFigure, output: String, runs: [String: RunResult]) -> String? {
        var values: [Double] = []
        for term in figure.terms {
            if let name = term.run {
                guard let run = runs[name] else { return "names run `\(name)`, which the lesson did not make" }
                guard sameEpochs(run.history, term.history) else {
                    return "names run `\(name)` but comes from another run"
                }
            }
            guard let metrics = term.metrics else {
                return "cites epoch \(term.epoch) of \(term.run.map { "`\($0)`" } ?? "the run"), which it does not have"
            }
            guard let value = term.measure.value(metrics) else {
                return "cites \(term.measure.rawValue) at epoch \(term.epoch), which was not measured"
            }
            values.append(value)
        }
        if figure.terms.count == 2, figure.terms.allSatisfy(\.measure.onTestImages),
            figure.terms[0].sampledTestImages != figure.terms[1].sampledTestImages
        {
            return "subtracts figures measured on different test images"
        }
        guard let first = values.first, let measure = figure.terms.first?.measure else { return "cites nothing" }
        let value = values.count == 2 ? first - values[1] : first
        guard let printed = Self.number(in: figure.text) else {
            return value.isNaN && (figure.text.contains("NaN") || figure.text.contains("?"))
                ? nil : "prints no number"
        }
        guard output.contains(printed.token) else { return "is not in what was printed" }
        let expected = measure.isFraction ? value * 100 : value
        var unit = 0.5
        for _ in 0..<max(0, printed.decimals) { unit /= 10 }
        for _ in 0..<max(0, -printed.decimals) { unit *= 10 }
        guard abs(printed.value - expected) <= unit + 1e-9 else {
            let at = figure.terms.map { "\($0.run.map { "`\($0)`" } ?? "the run")'s epoch \($0.epoch)" }
            return
                "prints \(printed.token) but \(measure.rawValue) at \(at.joined(separator: " minus ")) is \(expected)"
        }
        return nil
    }

    /// Two histories with the same figures (the wall time aside): the same run.
    static func sameEpochs(_ a: [EpochMetrics], _ b: [EpochMetrics]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in
                var x = x
                x.seconds = y.seconds
                return x == y
            }
    }

    /// The first number in `text` (`+2.90`, `76.37`, `1,500`): its characters, value and decimals.
    static func number(in text: String) -> (token: String, value: Double, decimals: Int)? {
        let characters = Array(text)
        guard let start = characters.firstIndex(where: \.isNumber) else { return nil }
        var end = start
        while end < characters.count,
            characters[end].isNumber
                || ((characters[end] == "." || characters[end] == ",") && end + 1 < characters.count
                    && characters[end + 1].isNumber)
        {
            end += 1
        }
        let signed = start > 0 && (characters[start - 1] == "-" || characters[start - 1] == "+")
        var exponent = 0
        // A large loss prints as `1.234e+03`: the exponent scales the last digit's half unit too.
        if end + 2 < characters.count, characters[end] == "e", "+-".contains(characters[end + 1]) {
            var last = end + 2
            while last < characters.count, characters[last].isNumber { last += 1 }
            exponent = Int(String(characters[(end + 2)..<last])).map { characters[end + 1] == "-" ? -$0 : $0 } ?? 0
            end = last
        }
        let token = String(characters[(signed ? start - 1 : start)..<end])
        let digits = token.replacingOccurrences(of: ",", with: "")
        guard let value = Double(digits) else { return nil }
        let mantissa = digits.split(separator: "e").first.map(String.init) ?? digits
        let decimals = (mantissa.split(separator: ".").dropFirst().first?.count ?? 0) - exponent
        return (token, value, decimals)
    }
}
