import OverfitData

/// A multi-line chart of one or more curves over epochs, with a labelled y axis and an epoch
/// axis. Unicode: braille dots (2×4 per character) joined into lines; ASCII: one marker per cell.
public enum Chart {
    public struct Series: Sendable {
        public let name: String
        public let values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    static let asciiMarkers: [Character] = ["*", "o", "+", "x"]
    static let colours: [RenderStyle.Colour] = [.cyan, .yellow, .magenta, .green]

    /// The chart, `height` rows of plot plus axes, fitting `style.width`. Each series is named at
    /// the right end of its last point; `format` writes the y labels.
    /// `marks` (a series and an epoch index each) are drawn as `markGlyph` over the curve.
    public static func render(
        _ series: [Series], axisEpochs: Int, range: ClosedRange<Double>? = nil,
        height: Int = 12, marks: [(series: Int, index: Int)] = [],
        format: (Double) -> String, style: RenderStyle
    ) -> String {
        let axis = max(1, axisEpochs, series.map(\.values.count).max() ?? 1)
        let scale = widened(range ?? Sparkline.range(of: series.map(\.values)) ?? 0...1)
        let labels = [
            format(scale.upperBound), format((scale.lowerBound + scale.upperBound) / 2), format(scale.lowerBound),
        ]
        let labelWidth = labels.map(\.displayWidth).max() ?? 0
        let nameWidth = (series.map(\.name.displayWidth).max() ?? 0) + 1
        let width = max(10, style.width - labelWidth - 2 - nameWidth)
        let rows = max(3, height)
        var canvas = Canvas(width: width, height: rows, series: series.count)
        for (index, one) in series.enumerated() {
            canvas.draw(one.values, series: index, axis: axis, scale: scale, connect: style.unicode)
        }
        for mark in marks
        where series.indices.contains(mark.series) && series[mark.series].values.indices.contains(mark.index) {
            canvas.mark(
                series[mark.series].values[mark.index], index: mark.index, axis: axis, scale: scale,
                glyph: markGlyph(style))
        }
        let names = endLabels(series, canvas: canvas, axis: axis, scale: scale)
        var out = ""
        for row in 0..<rows {
            let label = row == 0 ? labels[0] : row == rows - 1 ? labels[2] : row == rows / 2 ? labels[1] : ""
            let tick: String = label.isEmpty ? (style.unicode ? "│" : "|") : (style.unicode ? "┤" : "+")
            var line = Text.padLeft(label, labelWidth) + " " + tick + canvas.row(row, style: style)
            // In colour each name wears its curve's colour, so a short run's name, at the margin
            // on the row where its curve ended, is matched by colour as well as by height.
            if let index = names[row] { line += " " + style.paint(series[index].name, colours[index % colours.count]) }
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        out +=
            String(repeating: " ", count: labelWidth + 1) + (style.unicode ? "└" : "+")
            + String(repeating: style.horizontal, count: width) + "\n"
        out +=
            String(repeating: " ", count: labelWidth + 2)
            + epochLabels(axis: axis, width: width, first: style.say(.chartEpochOne)) + "\n"
        return out
    }

    /// What marks a chosen point (the lowest test loss) over the curves.
    static func markGlyph(_ style: RenderStyle) -> Character { style.unicode ? "◆" : "@" }

    /// A flat range gets some room so the line sits in the middle rather than on an edge.
    static func widened(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
        guard range.upperBound > range.lowerBound else {
            let pad = max(abs(range.lowerBound) * 0.05, 1e-6)
            return (range.lowerBound - pad)...(range.upperBound + pad)
        }
        return range
    }

    /// `epoch 1` (`first`, in the style's language) at the left, the last epoch at the right,
    /// the middle one between, under the axis. Placed by display column: a two-column character
    /// fills its cell and the next.
    static func epochLabels(axis: Int, width: Int, first: String = "epoch 1") -> String {
        // One entry per column; "" is the right half of the two-column character before it.
        var line = Array(repeating: " ", count: width)
        func put(_ cell: String, at column: Int) {
            if line[column].isEmpty && column > 0 { line[column - 1] = " " }
            if line[column].displayWidth == 2 && column + 1 < width { line[column + 1] = " " }
            line[column] = cell
        }
        func place(_ text: String, at column: Int) {
            let start = min(max(0, column - text.displayWidth / 2), width - text.displayWidth)
            guard start >= 0 else { return }
            var at = start
            for char in text {
                let columns = char.displayWidth
                guard columns > 0 else { continue }
                put(String(char), at: at)
                if columns == 2 { put("", at: at + 1) }
                at += columns
            }
        }
        place(first, at: 3)
        if axis > 2 && width >= 30 { place(String((axis + 1) / 2), at: width / 2) }
        if axis > 1 { place(String(axis), at: width - 1) }
        var text = line.joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Which series' name goes on each row: the row of its last finite point, or the nearest free
    /// one. Curves that reach the right edge choose first, since their ends touch the names: a
    /// 20-epoch run beside 100-epoch ones took the top row from the curve that ended there.
    static func endLabels(_ series: [Series], canvas: Canvas, axis: Int, scale: ClosedRange<Double>) -> [Int: Int] {
        var names: [Int: Int] = [:]
        let reachesEdge = series.indices.filter { series[$0].values.count >= axis }
        let order = reachesEdge + series.indices.filter { series[$0].values.count < axis }
        for index in order {
            guard let last = series[index].values.last(where: \.isFinite) else { continue }
            let wanted = canvas.height - 1 - canvas.dotY(last, scale: scale) / 4
            let candidates = [wanted] + (1..<canvas.height).flatMap { [wanted - $0, wanted + $0] }
            if let row = candidates.first(where: { (0..<canvas.height).contains($0) && names[$0] == nil }) {
                names[row] = index
            }
        }
        return names
    }
}

/// The dots of a chart: per series, a braille bit mask for every character cell.
struct Canvas {
    let width: Int, height: Int
    private var bits: [[[UInt8]]]
    /// Cells drawn with a glyph of their own, over the dots: row, then column.
    private var marks: [Int: [Int: Character]] = [:]

    init(width: Int, height: Int, series: Int) {
        self.width = width
        self.height = height
        bits = Array(
            repeating: Array(repeating: Array(repeating: 0, count: width), count: height), count: max(1, series))
    }

    func dotX(epochIndex: Int, axis: Int) -> Int {
        axis <= 1 ? 0 : Int((Double(epochIndex) / Double(axis - 1) * Double(2 * width - 1)).rounded())
    }

    /// Dot row counted from the bottom.
    func dotY(_ value: Double, scale: ClosedRange<Double>) -> Int {
        let fraction = (value - scale.lowerBound) / (scale.upperBound - scale.lowerBound)
        return min(4 * height - 1, max(0, Int((fraction * Double(4 * height - 1)).rounded())))
    }

    mutating func draw(_ values: [Double], series: Int, axis: Int, scale: ClosedRange<Double>, connect: Bool) {
        var previous: (Int, Int)?
        for (index, value) in values.enumerated() {
            guard value.isFinite else { previous = nil; continue }
            let point = (dotX(epochIndex: index, axis: axis), dotY(value, scale: scale))
            if connect, let previous {
                line(from: previous, to: point, series: series)
            } else {
                set(point, series: series)
            }
            previous = point
        }
    }

    mutating func mark(_ value: Double, index: Int, axis: Int, scale: ClosedRange<Double>, glyph: Character) {
        guard value.isFinite else { return }
        let column = dotX(epochIndex: index, axis: axis) / 2, row = height - 1 - dotY(value, scale: scale) / 4
        guard (0..<width).contains(column), (0..<height).contains(row) else { return }
        marks[row, default: [:]][column] = glyph
    }

    private mutating func line(from a: (Int, Int), to b: (Int, Int), series: Int) {
        let steps = max(abs(b.0 - a.0), abs(b.1 - a.1), 1)
        for step in 0...steps {
            let x = a.0 + (b.0 - a.0) * step / steps
            let y = a.1 + Int((Double(b.1 - a.1) * Double(step) / Double(steps)).rounded())
            set((x, y), series: series)
        }
    }

    private mutating func set(_ point: (Int, Int), series: Int) {
        let (x, y) = point
        let column = x / 2, row = height - 1 - y / 4
        guard (0..<width).contains(column), (0..<height).contains(row) else { return }
        let dotRow = 3 - y % 4, left = x % 2 == 0
        let bit: UInt8 = dotRow == 3 ? (left ? 0x40 : 0x80) : UInt8(1 << (dotRow + (left ? 0 : 3)))
        bits[series][row][column] |= bit
    }

    func row(_ row: Int, style: RenderStyle) -> String {
        var out = ""
        for column in 0..<width {
            if let glyph = marks[row]?[column] {
                out.append(glyph)
                continue
            }
            let masks = bits.map { $0[row][column] }
            guard let owner = masks.indices.max(by: { masks[$0].nonzeroBitCount < masks[$1].nonzeroBitCount }),
                masks[owner] != 0
            else {
                out += " "
                continue
            }
            if style.unicode {
                let union = masks.reduce(0, |)
                let glyph = String(Character(Unicode.Scalar(0x2800 + UInt32(union)) ?? " "))
                out += style.paint(glyph, Chart.colours[owner % Chart.colours.count])
            } else {
                let last = masks.lastIndex { $0 != 0 } ?? owner
                out += String(Chart.asciiMarkers[last % Chart.asciiMarkers.count])
            }
        }
        return out
    }
}
