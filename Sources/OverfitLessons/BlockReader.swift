import OverfitData
import OverfitTraining

/// Splits a lesson file into blocks: a `key: value` line at the left margin, then the lines
/// indented under it (its body). Comments (`#` at the margin) and blank lines between blocks are
/// skipped; blank lines inside a body are kept as paragraph breaks.
struct BlockReader {
    struct Block {
        let key: String
        let value: String
        let body: String
        let line: Int
        /// Set when the block's first line is not `key: value`; the parser reports it.
        let malformed: String?
    }

    private let lines: [Substring]
    private var index = 0

    /// CRLF line ends and a byte-order mark read as plain lines (`TextFile`).
    init(text: String) {
        lines = TextFile.normalised(text).split(separator: "\n", omittingEmptySubsequences: false)
    }

    mutating func next() -> Block? {
        while index < lines.count, isBlankOrComment(lines[index]) { index += 1 }
        guard index < lines.count else { return nil }
        let line = lines[index], number = index + 1
        index += 1
        if line.first == " " || line.first == "\t" {
            return Block(
                key: "", value: "", body: "", line: number,
                malformed: "indented text with no `key:` line above it (indent only the text under a step)")
        }
        guard let colon = line.firstIndex(of: ":") else {
            return Block(
                key: "", value: "", body: "", line: number,
                malformed:
                    "expected `key: value` (e.g. `say:` or `run: base`), got `\(VisibleText.escaped(String(line.prefix(60))))`"
            )
        }
        let key = line[..<colon].trimmingCharacters(in: " ")
        let value = line[line.index(after: colon)...].trimmingCharacters(in: " ")
        var body: [String] = []
        while index < lines.count {
            let next = lines[index]
            if next.allSatisfy({ $0 == " " || $0 == "\t" }) {
                body.append("")
                index += 1
            } else if next.hasPrefix("  ") || next.hasPrefix("\t") {
                body.append(String(next.drop { $0 == " " || $0 == "\t" }))
                index += 1
            } else {
                break
            }
        }
        while body.last == "" { body.removeLast() }
        // Everything a lesson says reaches the terminal: its text goes through the sanitiser here,
        // once, so no step, title or error quoting it can carry a control character.
        return Block(
            key: VisibleText.escaped(key), value: VisibleText.escaped(value),
            body: VisibleText.escaped(body.joined(separator: "\n"), keepingNewlines: true), line: number, malformed: nil
        )
    }

    private func isBlankOrComment(_ line: Substring) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" } || line.first == "#"
    }
}
