/// Reads `{…}` out of text. Grammar (the README's "Lesson files" section shows it to authors):
///
///     text        := (literal | "{" inner "}")*
///     inner       := "if" CLAIM ":" text ("|" "else:" text)?   a conditional
///                  | NAME                                      a placeholder
///
/// Braces nest inside a conditional's branches, so a branch may hold placeholders and further
/// conditionals. A `|` at the top level of a conditional separates its branches; the spaces
/// around each branch are dropped. A `}` with no `{` before it is kept as text.
struct TemplateParser {
    /// A malformed template: what is wrong, and how many characters into the text.
    struct Failure: Error, Sendable {
        let message: String
        let offset: Int
    }

    private let characters: [Character]

    init(_ text: String) { characters = Array(text) }

    /// The whole text as pieces.
    func parse() throws(Failure) -> [TemplatePiece] {
        try pieces(characters.startIndex..<characters.endIndex)
    }

    private func pieces(_ range: Range<Int>) throws(Failure) -> [TemplatePiece] {
        var result: [TemplatePiece] = []
        var literal = ""
        var index = range.lowerBound
        while index < range.upperBound {
            guard characters[index] == "{" else {
                literal.append(characters[index])
                index += 1
                continue
            }
            guard let close = matchingClose(from: index, limit: range.upperBound) else {
                throw Failure(message: "`{` is never closed (a placeholder is `{RUN.FIGURE}`)", offset: index)
            }
            if !literal.isEmpty { result.append(.text(literal)) }
            literal = ""
            result.append(try inner(index + 1..<close))
            index = close + 1
        }
        if !literal.isEmpty { result.append(.text(literal)) }
        return result
    }

    /// The `}` that closes the `{` at `open`, counting nested braces.
    private func matchingClose(from open: Int, limit: Int) -> Int? {
        var depth = 0
        for index in open..<limit {
            if characters[index] == "{" { depth += 1 }
            if characters[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private func inner(_ range: Range<Int>) throws(Failure) -> TemplatePiece {
        let text = String(characters[range])
        // `{if` then a space or a line break: a lesson wraps its lines anywhere.
        guard text.hasPrefix("if\n") || text.hasPrefix("if ") else {
            // A placeholder may wrap too: its line breaks read as spaces.
            let name = text.split(separator: "\n").map { String($0) }.joined(separator: " ").trimmingCharacters(in: " ")
            guard !name.isEmpty, !name.contains("{") else {
                let shown = text.count > 40 ? text.prefix(40) + "…" : Substring(text)
                throw Failure(
                    message: "`{\(shown)}` is not a placeholder: write `{RUN.FIGURE}` or `{if CLAIM: …}`",
                    offset: range.lowerBound - 1)
            }
            return .placeholder(name)
        }
        guard let colon = firstTopLevel(":", in: range) else {
            throw Failure(
                message: "`{if …}` needs a `:` after its claim, e.g. `{if drop.test_acc > base.test_acc: … | else: …}`",
                offset: range.lowerBound - 1)
        }
        let condition = characters[(range.lowerBound + 3)..<colon].split(separator: "\n").map { String($0) }
            .joined(separator: " ").trimmingCharacters(in: " ")
        let body = (colon + 1)..<range.upperBound
        let bar = firstTopLevel("|", in: body)
        var otherwise: [TemplatePiece] = []
        if let bar {
            let rest = String(characters[(bar + 1)..<range.upperBound])
            let skipped = rest.prefix { $0 == " " || $0 == "\n" }.count
            guard rest.dropFirst(skipped).hasPrefix("else:") else {
                throw Failure(
                    message:
                        "after `|` a conditional takes `else: …` (got `\(rest.trimmingCharacters(in: " ").prefix(20))`)",
                    offset: bar)
            }
            let start = bar + 1 + skipped + 5
            if let second = firstTopLevel("|", in: start..<range.upperBound) {
                throw Failure(
                    message: "a conditional has at most two branches: `{if CLAIM: … | else: …}`", offset: second)
            }
            otherwise = try trimmed(start..<range.upperBound)
        }
        let then = try trimmed(body.lowerBound..<(bar ?? range.upperBound))
        return .conditional(condition: condition, then: then, otherwise: otherwise, offset: range.lowerBound - 1)
    }

    /// A branch without the spaces and line breaks around it.
    private func trimmed(_ range: Range<Int>) throws(Failure) -> [TemplatePiece] {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, characters[lower] == " " || characters[lower] == "\n" { lower += 1 }
        while upper > lower, characters[upper - 1] == " " || characters[upper - 1] == "\n" { upper -= 1 }
        return try pieces(lower..<upper)
    }

    /// The first `character` outside nested braces.
    private func firstTopLevel(_ character: Character, in range: Range<Int>) -> Int? {
        var depth = 0
        for index in range {
            switch characters[index] {
            case "{": depth += 1
            case "}": depth -= 1
            case character where depth == 0: return index
            default: break
            }
        }
        return nil
    }
}
