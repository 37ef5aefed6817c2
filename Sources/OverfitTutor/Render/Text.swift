import Foundation
import OverfitData
import OverfitTraining

/// Small text helpers shared by the renderers. Widths are display columns (`displayWidth`):
/// a Hangul syllable or CJK ideograph takes two, a combining mark none, and every glyph we draw
/// (box drawing, blocks, braille, arrows) one.
enum Text {
    static func padRight(_ text: String, _ width: Int) -> String {
        let used = visibleCount(text)
        return used >= width ? text : text + String(repeating: " ", count: width - used)
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        let used = visibleCount(text)
        return used >= width ? text : String(repeating: " ", count: width - used) + text
    }

    /// Cuts `text` to `width` columns, marking the cut. The mark follows the last character
    /// kept (`…그대…`, never `…그대 …`): where a two-column character did not fit, the cut line is
    /// one column short of `width`.
    static func truncate(_ text: String, _ width: Int, style: RenderStyle) -> String {
        guard visibleCount(text) > width else { return text }
        let mark = style.ellipsis
        guard width > mark.displayWidth else { return cut(text, max(0, width)) }
        return marked(text, width - mark.displayWidth, mark: mark)
    }

    /// The first `width` columns of `text` (a wide character that would straddle the edge left
    /// out) followed directly by `mark`: `여섯 개 중 하…`, never `하 …`. With `trimming`, a space
    /// the cut leaves at the end goes too (prose: `모두…`, not `모두 …`; a table's padded cells keep
    /// theirs, which align the columns).
    static func marked(_ text: String, _ width: Int, mark: String, trimming: Bool = false) -> String {
        var kept = String(text.prefix(displayWidth: max(0, width)))
        while trimming, kept.last == " " { kept.removeLast() }
        return kept + mark
    }

    /// The first `width` columns of `text`, padded with a space where a wide character did not fit.
    static func cut(_ text: String, _ width: Int) -> String {
        let kept = String(text.prefix(displayWidth: width))
        return padRight(kept, width)
    }

    /// `title` followed by a rule to the edge of the screen: `── lesson 1: … ─────`.
    static func ruled(_ title: String, style: RenderStyle) -> String {
        let title = truncate(title, style.width, style: style)
        return title + String(repeating: style.horizontal, count: max(0, style.width - visibleCount(title))) + "\n"
    }

    /// Breaks `text` into lines of at most `width` columns at spaces, each prefixed by `indent`
    /// (the first line by `firstIndent`).
    static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> String {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var lineHasWord = false
        for word in unbreakableWords(text) {
            if lineHasWord && visibleCount(line) + 1 + visibleCount(word) > width {
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

    /// Columns a line takes on screen: ANSI colour sequences take none, the rest its display width.
    static func visibleCount(_ line: some StringProtocol) -> Int {
        guard line.contains("\u{1B}") else { return line.displayWidth }
        var count = 0, inEscape = false
        for char in line {
            if inEscape {
                if char == "m" { inEscape = false }
            } else if char == "\u{1B}" {
                inEscape = true
            } else {
                count += char.displayWidth
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
        return out.displayWidth > limit ? String(out.prefix(displayWidth: limit)) + "…" : out
    }

    /// Text with control characters (other than newlines) made visible by the one sanitiser:
    /// messages that quote what was typed or read can never move the cursor or clear the screen.
    static func visible(_ text: String) -> String {
        VisibleText.escaped(text, keepingNewlines: true)
    }

    /// `1,234` for counts the learner reads.
    static func grouped(_ value: Int) -> String { value.groupedDigits }
}
