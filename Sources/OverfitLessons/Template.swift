/// Text from `lessons/` with braces, filled when it is shown. In lesson prose: `{run.figure}`
/// from the learner's own runs, `{a.figure - b.figure}` for a difference, and
/// `{if CLAIM: … | else: …}` where a sentence can go either way, so the words always carry and
/// agree with the learner's numbers. In `guide.txt` and `diagnosis.txt`: `{name}` from what the
/// tutor knows (`{challenge.number}`, `{test_acc}`).
public enum Template {
    /// Checks every placeholder and conditional of lesson prose against the runs made before it.
    /// A problem's `line` counts from the text's first line (0).
    static func validate(_ text: String, runs: Set<String>) throws(LessonError.Problem) {
        let pieces: [TemplatePiece]
        do { pieces = try TemplateParser(text).parse() } catch {
            throw LessonError.Problem(error.message, line: line(of: error.offset, in: text))
        }
        try validate(pieces, text: text, runs: runs)
    }

    private static func validate(_ pieces: [TemplatePiece], text: String, runs: Set<String>) throws(LessonError.Problem)
    {
        for (index, piece) in pieces.enumerated() {
            if index > 0, case .conditional(let condition, let then, let otherwise, let offset) = piece,
                endsInWord(pieces[index - 1]), startsWithWord(then) || startsWithWord(otherwise)
            {
                // A branch's own leading spaces are dropped, so `{epoch}{if …: and rose` would
                // read "13and rose": the space belongs before the `{if`.
                throw LessonError.Problem(
                    "`{if \(condition): …}` follows a word with no space and a branch starts with a word, so they would run together (\"13and rose\"); hint: put a space before `{if`",
                    line: line(of: offset, in: text))
            }
            switch piece {
            case .text: continue
            case .placeholder(let name):
                do { _ = try FigureExpression.parse(name, runs: runs) } catch {
                    throw LessonError.Problem(error.message, line: line(ofPlaceholder: name, in: text))
                }
            case .conditional(let condition, let then, let otherwise, let offset):
                do { _ = try ClaimParser.parse(condition, runs: runs) } catch {
                    throw LessonError.Problem(
                        "in `{if \(condition): …}`: \(error.message)", line: line(of: offset, in: text))
                }
                try validate(then, text: text, runs: runs)
                try validate(otherwise, text: text, runs: runs)
            }
        }
    }

    /// Whether a piece ends in a figure or a letter: what a glued conditional would run into.
    private static func endsInWord(_ piece: TemplatePiece) -> Bool {
        switch piece {
        case .placeholder: return true
        case .text(let literal): return literal.last.map { $0.isLetter || $0.isNumber } ?? false
        case .conditional: return false
        }
    }

    /// Whether a branch opens with a letter, a digit or a figure (not with `,` or `.`).
    private static func startsWithWord(_ branch: [TemplatePiece]) -> Bool {
        switch branch.first {
        case .placeholder: return true
        case .text(let literal): return literal.first.map { $0.isLetter || $0.isNumber } ?? false
        default: return false
        }
    }

    /// Lesson prose with its placeholders filled and each conditional's branch chosen by the
    /// learner's runs. A conditional whose runs are missing says which run it needs.
    /// `words` say what is missing (`[no `full` run]`), in the learner's language.
    public static func fill(
        _ text: String, words: TutorMessages = .installed(.english), figures: (String) -> RunFigures?
    ) -> String {
        guard let pieces = try? TemplateParser(text).parse() else { return text }
        return fill(pieces, words: words, figures: figures)
    }

    private static func fill(
        _ pieces: [TemplatePiece], words: TutorMessages, figures: (String) -> RunFigures?
    ) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let literal): return literal
            case .placeholder(let name):
                guard let expression = try? FigureExpression.parse(name, runs: Set(runNames(name))) else {
                    return "{\(name)}"
                }
                return expression.shown(figures, words: words)
            case .conditional(let condition, let then, let otherwise, _):
                guard let claim = try? ClaimParser.parse(condition, runs: Set(runNames(condition))) else { return "" }
                guard let outcome = claim.evaluate(figures) else {
                    let missing = claim.runs.filter { figures($0) == nil }
                    return missing.map { words.text(.figureNoRun, ["run": $0]) }.joined(separator: " ")
                }
                return fill(outcome.held ? then : otherwise, words: words, figures: figures)
            }
        }.joined()
    }

    /// The text with each placeholder found in `values` replaced; others are left as written.
    public static func fill(_ text: String, values: [String: String]) -> String {
        guard let pieces = try? TemplateParser(text).parse() else { return text }
        return pieces.map { piece in
            switch piece {
            case .text(let literal): return literal
            case .placeholder(let name): return values[name] ?? "{\(name)}"
            case .conditional(let condition, _, _, _): return "{if \(condition): …}"
            }
        }.joined()
    }

    /// The placeholders' names, in order (a conditional counts as `if CLAIM`, which no message
    /// takes: guide and diagnosis messages choose their words in Swift, not by conditionals).
    static func placeholders(in text: String) throws(TemplateParser.Failure) -> [String] {
        try TemplateParser(text).parse().compactMap { piece in
            switch piece {
            case .text: return nil
            case .placeholder(let name): return name
            case .conditional(let condition, _, _, _): return "if \(condition)"
            }
        }
    }

    /// The words of `text` that look like `run.figure`: the runs a placeholder or condition names.
    private static func runNames(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") })
            .compactMap { word in
                word.contains(".") && word.first?.isLetter == true ? String(word.split(separator: ".")[0]) : nil
            }
    }

    /// The line (from 0) holding character `offset` of `text`.
    static func line(of offset: Int, in text: String) -> Int {
        text.prefix(offset).filter { $0 == "\n" }.count
    }

    private static func line(ofPlaceholder name: String, in text: String) -> Int {
        guard let range = text.range(of: name) else { return 0 }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count
    }
}
