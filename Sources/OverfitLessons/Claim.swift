import OverfitTraining

/// A statement about a lesson's runs that must hold, written in the lesson file, e.g.
/// `dropout.test_acc > base.test_acc + 1%`, `decay.train_acc < 100%`, `base.test_acc in [73%, 81%]`.
public struct Claim: Sendable, Equatable {
    /// A figure of a named run, or a number, plus a constant offset.
    public struct Operand: Sendable, Equatable {
        public let run: String?
        public let figure: RunFigure?
        public let constant: Double
        /// `clean.fit_epoch * 2`: the figure times this, before the offset.
        public var factor: Double = 1

        public func value(_ figures: (String) -> RunFigures?) -> Double? {
            guard let run, let figure else { return constant }
            return figures(run)?.value(figure).map { $0 * factor + constant }
        }

        /// The operand with its figure filled in and any offset kept visible: `75.43% + 2.00%`,
        /// so a claim's brackets show the run's own number, not the threshold it makes.
        func shown(_ figures: (String) -> RunFigures?, unit: RunFigure?) -> String? {
            guard let run, let figure else { return Claim.number(constant, like: unit) }
            guard let value = figures(run)?.value(figure) else { return nil }
            let scaled =
                factor == 1 ? figure.format(value) : "\(figure.format(value)) × \(Claim.number(factor, like: nil))"
            if constant == 0 { return scaled }
            return "\(scaled) \(constant > 0 ? "+" : "-") \(figure.format(abs(constant)))"
        }

        var text: String {
            guard let run, let figure else { return Claim.number(constant, like: nil) }
            let scaled = "\(run).\(figure.rawValue)" + (factor == 1 ? "" : " * \(Claim.number(factor, like: nil))")
            if constant == 0 { return scaled }
            return "\(scaled) \(constant > 0 ? "+" : "-") \(Claim.number(abs(constant), like: figure))"
        }
    }

    public enum Comparison: String, Sendable, CaseIterable {
        case greaterOrEqual = ">=", lessOrEqual = "<=", greater = ">", less = "<", equal = "=="
    }

    public enum Form: Sendable, Equatable {
        case compare(Operand, Comparison, Operand)
        case within(Operand, low: Double, high: Double)
    }

    public let form: Form
    /// The claim as written in the file.
    public let source: String

    /// The runs the claim reads.
    public var runs: [String] {
        switch form {
        case .compare(let a, _, let b): return [a.run, b.run].compactMap { $0 }
        case .within(let a, _, _): return [a.run].compactMap { $0 }
        }
    }

    public struct Outcome: Sendable, Equatable {
        public let held: Bool
        /// The claim with the measured figures filled in, e.g. `80.12% > 76.43%`.
        public let figures: String
        /// The claim as a sentence with the figures (`Claim.sentence`), for people.
        public let sentence: String
        /// The sentence's figures and where they came from: recorded (`cite()`) only where the
        /// sentence is printed, not where a claim merely chooses a conditional's branch.
        public var citations: [CitedFigure] = []

        public init(held: Bool, figures: String, sentence: String = "") {
            self.held = held
            self.figures = figures
            self.sentence = sentence
        }

        /// Records the sentence's figures as printed, for the narration audit.
        public func cite() {
            for figure in citations { CitedFigure.cite(figure.terms, text: figure.text) }
        }

        /// The sentence's numbers alone (`75.43% vs 96.57%`), for a table cell.
        public var numbers: String {
            guard sentence.contains(":"), let last = sentence.split(separator: ":").last else { return figures }
            return last.trimmingCharacters(in: " ")
        }
    }

    /// Whether the claim held for these runs; nil if a run it names is missing. The outcome's
    /// sentence is in `words`' language; whether it held is not.
    public func evaluate(
        _ figures: (String) -> RunFigures?, words: TutorMessages = .installed(.english)
    ) -> Outcome? {
        switch form {
        case .compare(let a, let comparison, let b):
            guard let left = a.value(figures), let right = b.value(figures) else { return nil }
            let held: Bool
            switch comparison {
            case .greater: held = left > right
            case .less: held = left < right
            case .greaterOrEqual: held = left >= right
            case .lessOrEqual: held = left <= right
            case .equal: held = abs(left - right) < 1e-9
            }
            let unit = a.figure ?? b.figure
            let shownLeft = a.shown(figures, unit: unit) ?? Self.number(left, like: unit)
            let shownRight = b.shown(figures, unit: unit) ?? Self.number(right, like: unit)
            return cited(
                Outcome(held: held, figures: "\(shownLeft) \(comparison.rawValue) \(shownRight)"), figures, words)
        case .within(let a, let low, let high):
            guard let value = a.value(figures) else { return nil }
            return cited(
                Outcome(
                    held: (low...high).contains(value),
                    figures:
                        "\(Self.number(value, like: a.figure)) in [\(Self.number(low, like: a.figure)), \(Self.number(high, like: a.figure))]"
                ), figures, words)
        }
    }

    /// The outcome with its sentence, whose figures are kept on it rather than cited now.
    private func cited(_ outcome: Outcome, _ figures: (String) -> RunFigures?, _ words: TutorMessages) -> Outcome {
        let log = CitationLog()
        let sentence = CitationLog.$current.withValue(log) { self.sentence(figures, words: words) ?? "" }
        var made = Outcome(held: outcome.held, figures: outcome.figures, sentence: sentence)
        made.citations = log.take()
        return made
    }

    static func number(_ value: Double, like figure: RunFigure?) -> String {
        if let figure { return figure.format(value) }
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return "\(value)"
    }
}

/// Reads claim expressions. Grammar:
///   claim   := operand OP operand | operand "in" "[" number "," number "]"
///   operand := (RUN "." FIGURE ("*" number)? | number) (("+" | "-") number)?
///   number  := digits with optional "." and an optional "%" (which divides by 100)
///   OP      := ">=" | "<=" | ">" | "<" | "=="
enum ClaimParser {
    static func parse(_ text: String, runs: Set<String>) throws(LessonError.Problem) -> Claim {
        var tokens = Tokens(text)
        let left = try operand(&tokens, runs: runs)
        let form: Claim.Form
        if tokens.take("in") {
            guard tokens.take("[") else { throw .init("expected `[` after `in` in claim `\(text)`") }
            let low = try number(&tokens, text: text)
            guard tokens.take(",") else { throw .init("expected `,` between the bounds in claim `\(text)`") }
            let high = try number(&tokens, text: text)
            guard tokens.take("]") else { throw .init("expected `]` to close the bounds in claim `\(text)`") }
            guard low <= high else { throw .init("the lower bound is above the upper one in claim `\(text)`") }
            form = .within(left, low: low, high: high)
        } else {
            guard let comparison = Claim.Comparison.allCases.first(where: { tokens.take($0.rawValue) }) else {
                throw .init("expected a comparison (>, <, >=, <=, ==) or `in [a, b]` in claim `\(text)`")
            }
            form = .compare(left, comparison, try operand(&tokens, runs: runs))
        }
        guard tokens.atEnd else { throw .init("unexpected `\(tokens.rest)` at the end of claim `\(text)`") }
        let claim = Claim(form: form, source: text)
        guard !claim.runs.isEmpty else { throw .init("claim `\(text)` names no run: write e.g. `base.test_acc > 0.7`") }
        return claim
    }

    private static func operand(_ tokens: inout Tokens, runs: Set<String>) throws(LessonError.Problem) -> Claim.Operand
    {
        var operand: Claim.Operand
        if let word = tokens.word() {
            let parts = word.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw .init("`\(word)` should be RUN.FIGURE, e.g. base.test_acc")
            }
            guard runs.contains(parts[0]) else {
                throw .init(
                    "claim names run `\(parts[0])`, but no earlier `run:` step is called that (runs: \(runs.sorted().joined(separator: ", ")))"
                )
            }
            guard let figure = RunFigure(rawValue: parts[1]) else {
                throw .init(
                    "unknown figure `\(parts[1])`; figures are \(RunFigure.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            operand = Claim.Operand(run: parts[0], figure: figure, constant: 0)
            if tokens.take("*") {
                let factor = try number(&tokens, text: tokens.rest)
                guard factor > 0 else {
                    throw .init("a figure's factor must be above 0 (got \(Claim.number(factor, like: nil)))")
                }
                operand.factor = factor
            }
        } else {
            operand = Claim.Operand(run: nil, figure: nil, constant: try number(&tokens, text: tokens.rest))
        }
        for sign in ["+", "-"] where tokens.take(sign) {
            let offset = try number(&tokens, text: tokens.rest)
            operand = Claim.Operand(
                run: operand.run, figure: operand.figure, constant: operand.constant + (sign == "+" ? offset : -offset),
                factor: operand.factor)
        }
        return operand
    }

    private static func number(_ tokens: inout Tokens, text: String) throws(LessonError.Problem) -> Double {
        guard let token = tokens.number() else { throw .init("expected a number in `\(text)`") }
        return token
    }
}

/// A tiny scanner over a claim's characters.
struct Tokens {
    private var characters: [Character]
    private var position = 0

    init(_ text: String) { characters = Array(text) }

    var atEnd: Bool { peekIndex() >= characters.count }
    var rest: String { String(characters[min(position, characters.count)...]).trimmingCharacters(in: " ") }

    private func peekIndex() -> Int {
        var index = position
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        return index
    }

    private mutating func skipSpaces() { position = peekIndex() }

    mutating func take(_ literal: String) -> Bool {
        let start = peekIndex(), chars = Array(literal)
        guard start + chars.count <= characters.count, Array(characters[start..<start + chars.count]) == chars else {
            return false
        }
        // A word literal (`in`) must not run into a longer word.
        if literal.first?.isLetter == true, start + chars.count < characters.count,
            characters[start + chars.count].isLetter || characters[start + chars.count] == "_"
        {
            return false
        }
        position = start + chars.count
        return true
    }

    mutating func word() -> String? {
        let start = peekIndex()
        guard start < characters.count, characters[start].isLetter else { return nil }
        var end = start
        while end < characters.count,
            characters[end].isLetter || characters[end].isNumber || characters[end] == "_" || characters[end] == "."
        { end += 1 }
        position = end
        return String(characters[start..<end])
    }

    mutating func number() -> Double? {
        let start = peekIndex()
        var end = start
        while end < characters.count, characters[end].isNumber || characters[end] == "." { end += 1 }
        guard end > start, var value = Double(String(characters[start..<end])) else { return nil }
        if end < characters.count, characters[end] == "%" { value /= 100; end += 1 }
        position = end
        return value
    }
}
