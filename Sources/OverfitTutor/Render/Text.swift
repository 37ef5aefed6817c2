import Foundation
import OverfitData
import OverfitTraining

/// Small text helpers shared by the renderers. Widths are counted in Characters: every glyph we
/// draw (box drawing, blocks, braille, arrows) is one column wide.
enum Text {
    static func padRight(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// Cuts `text` to `width` columns, marking the cut.
    static func truncate(_ text: String, _ width: Int, style: RenderStyle) -> String {
        guard text.count > width else { return text }
        let mark = style.ellipsis
        guard width > mark.count else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - mark.count)) + mark
    }

    /// Breaks `text` into lines of at most `width` columns at spaces, each prefixed by `indent`
    /// (the first line by `firstIndent`).
    static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> String {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for word in unbreakableWords(text) {
            if lineHasWord && visibleCount(line) + 1 + word.count > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The text split at spaces, except inside `backticks`: a command to type stays on one line.
    static func unbreakableWords(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start = text.startIndex, inCode = false, index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "`" { inCode.toggle() }
            if character == " " && !inCode {
                if start < index { words.append(text[start..<index]) }
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { words.append(text[start...]) }
        return words
    }

    /// Columns a line takes on screen: ANSI colour sequences take none.
    static func visibleCount(_ line: String) -> Int {
        var count = 0, inEscape = false
        for char in line {
            if inEscape {
                if char == "m" { inEscape = false }
            } else if char == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// An accuracy as a percentage with two decimals: `76.37%` (rounded as `FigureFormat` says).
    static func percent(_ value: Double) -> String { FigureFormat.percent(value) }

    /// A gap in percentage points, signed: `+23.63`.
    static func points(_ value: Double) -> String { FigureFormat.points(value) }

    /// A loss with four decimals (`0.0002`), or in exponent form when large.
    static func loss(_ value: Double) -> String {
        value.isFinite && abs(value) >= 1000 ? String(format: "%.3e", value) : FigureFormat.fixed(value, digits: 4)
    }

    /// User input or file text shown back in a message, on one line: control and invisible
    /// characters made visible by the one sanitiser, U+FFFD (bytes that were not UTF-8) as `\?`,
    /// long text cut.
    static func shown(_ text: String, limit: Int = 40) -> String {
        let out = VisibleText.escaped(text).replacingOccurrences(of: "\u{FFFD}", with: "\\?")
        return out.count > limit ? String(out.prefix(limit)) + "…" : out
    }

    /// Text with control characters (other than newlines) made visible by the one sanitiser:
    /// messages that quote what was typed or read can never move the cursor or clear the screen.
    static func visible(_ text: String) -> String {
        VisibleText.escaped(text, keepingNewlines: true)
    }

    /// `1,234` for counts the learner reads.
    static func grouped(_ value: Int) -> String { value.groupedDigits }
}
