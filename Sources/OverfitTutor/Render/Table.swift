/// A plain text table: a header row, a rule, and rows, columns separated by two spaces.
struct TextTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Text put before every line (e.g. two spaces).
    var indent = ""

    init(header: [String], alignments: [Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The columns the widest line takes before any cut.
    var naturalWidth: Int {
        var widths = header.map(Text.visibleCount)
        for row in rows {
            for column in 0..<min(widths.count, row.count) {
                widths[column] = max(widths[column], Text.visibleCount(row[column]))
            }
        }
        return Text.visibleCount(indent) + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The table, each line trimmed of trailing spaces and cut to `style.width`.
    func render(style: RenderStyle) -> String {
        let columns = header.count
        var widths = header.map(Text.visibleCount)
        for row in rows {
            for column in 0..<min(columns, row.count) {
                widths[column] = max(widths[column], Text.visibleCount(row[column]))
            }
        }
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
        let ruleWidth = min(widths.reduce(0, +) + 2 * max(0, columns - 1), style.width - Text.visibleCount(indent))
        let rule = indent + String(repeating: style.horizontal, count: max(0, ruleWidth))
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    private func fit(_ line: String, style: RenderStyle) -> String {
        var trimmed = line
        while trimmed.last == " " { trimmed.removeLast() }
        return Text.truncate(trimmed, style.width, style: style)
    }
}
