/// A plain text table: a header row, a rule, and rows, columns separated by two spaces.
struct TextTable {
    enum Alignment { case left, right }

    /// What happens to a line wider than the screen: cut at the edge with a mark, or its last
    /// (left-aligned) column continued on lines of its own, under the column, broken at spaces
    /// (`words`, for prose) or between comma-separated items first (`items`, for lists such as
    /// `dropout 0→0.2, lr 0.1→0.05` or `best test, lowest test loss`).
    enum Overflow { case cut, words, items }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Text put before every line (e.g. two spaces).
    var indent = ""
    var overflow = Overflow.cut

    /// Below this many columns a wrapped last column would be a sliver of a word a line: cut instead.
    static let narrowestWrap = 10

    init(header: [String], alignments: [Alignment], overflow: Overflow = .cut) {
        self.header = header
        self.alignments = alignments
        self.overflow = overflow
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// Each column's width: its widest cell, the header included.
    private var columnWidths: [Int] {
        var widths = header.map(Text.visibleCount)
        for row in rows {
            for column in 0..<min(widths.count, row.count) {
                widths[column] = max(widths[column], Text.visibleCount(row[column]))
            }
        }
        return widths
    }

    /// The columns the widest line takes before any cut.
    var naturalWidth: Int {
        let widths = columnWidths
        return Text.visibleCount(indent) + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The table, each line trimmed of trailing spaces and fitted to `style.width` as `overflow` says.
    func render(style: RenderStyle) -> String {
        let columns = header.count
        var widths = columnWidths
        // Where the last column starts, and the room it has before the edge.
        let start = Text.visibleCount(indent) + widths.dropLast().reduce(0, +) + 2 * max(0, columns - 1)
        let room = style.width - start
        let wraps =
            overflow != .cut && columns > 0 && alignments.indices.contains(columns - 1)
            && alignments[columns - 1] == .left && room >= Self.narrowestWrap
        if wraps { widths[columns - 1] = min(widths[columns - 1], room) }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<columns {
                let cell = column < cells.count ? cells[column] : ""
                let alignment = column < alignments.count ? alignments[column] : .left
                parts.append(
                    alignment == .right ? Text.padLeft(cell, widths[column]) : Text.padRight(cell, widths[column]))
            }
            return fit(indent + parts.joined(separator: "  "), style: style)
        }
        func lines(_ cells: [String]) -> [String] {
            guard wraps, cells.count >= columns else { return [line(cells)] }
            let pieces = Self.wrapped(cells[columns - 1], width: room, items: overflow == .items)
            let under = String(repeating: " ", count: start)
            return [line(Array(cells.prefix(columns - 1)) + [pieces[0]])]
                + pieces.dropFirst().map { fit(under + $0, style: style) }
        }
        let ruleWidth = min(widths.reduce(0, +) + 2 * max(0, columns - 1), style.width - Text.visibleCount(indent))
        let rule = indent + String(repeating: style.horizontal, count: max(0, ruleWidth))
        return (lines(header) + [rule] + rows.flatMap(lines)).joined(separator: "\n") + "\n"
    }

    /// `text` broken into lines of at most `width` columns: between comma-separated items when
    /// `items` (an item too long for a line of its own is broken at its spaces), else at spaces.
    /// A single word wider than `width` keeps its line, and the table cuts it at the edge.
    static func wrapped(_ text: String, width: Int, items: Bool) -> [String] {
        guard Text.visibleCount(text) > width else { return [text] }
        guard items else { return Text.wrap(text, width: width).components(separatedBy: "\n") }
        let parts = text.components(separatedBy: ", ")
        var lines: [String] = []
        var line = ""
        for (index, part) in parts.enumerated() {
            let piece = part + (index < parts.count - 1 ? "," : "")
            let joined = line.isEmpty ? piece : line + " " + piece
            if Text.visibleCount(joined) <= width {
                line = joined
                continue
            }
            if !line.isEmpty { lines.append(line) }
            let broken = Text.wrap(piece, width: width).components(separatedBy: "\n")
            lines += broken.dropLast()
            line = broken.last ?? ""
        }
        lines.append(line)
        return lines
    }

    private func fit(_ line: String, style: RenderStyle) -> String {
        var trimmed = line
        while trimmed.last == " " { trimmed.removeLast() }
        return Text.truncate(trimmed, style.width, style: style)
    }
}
