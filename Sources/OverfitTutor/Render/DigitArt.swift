import OverfitData

/// MNIST digits drawn in the terminal: 2×4 pixels per character, braille dots for inked pixels
/// (Unicode) or a shade of the 8 pixels' mean (ASCII); a 28×28 digit takes 14×7 characters.
public enum DigitArt {
    static let shades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// One digit as lines of equal width.
    public static func render(pixels: ArraySlice<UInt8>, rows: Int, cols: Int, unicode: Bool) -> [String] {
        let pixelArray = Array(pixels)
        func pixel(_ row: Int, _ col: Int) -> Int {
            guard row < rows, col < cols, row * cols + col < pixelArray.count else { return 0 }
            return Int(pixelArray[row * cols + col])
        }
        var lines: [String] = []
        for cellRow in 0..<((rows + 3) / 4) {
            var line = ""
            for cellCol in 0..<((cols + 1) / 2) {
                let top = cellRow * 4, left = cellCol * 2
                if unicode {
                    var bits: UInt32 = 0
                    let layout: [(Int, Int, UInt32)] = [
                        (0, 0, 0x01), (1, 0, 0x02), (2, 0, 0x04), (0, 1, 0x08),
                        (1, 1, 0x10), (2, 1, 0x20), (3, 0, 0x40), (3, 1, 0x80),
                    ]
                    for (dy, dx, bit) in layout where pixel(top + dy, left + dx) >= 128 { bits |= bit }
                    line.append(Character(Unicode.Scalar(0x2800 + bits) ?? " "))
                } else {
                    var sum = 0
                    for dy in 0..<4 { for dx in 0..<2 { sum += pixel(top + dy, left + dx) } }
                    line.append(shades[min(shades.count - 1, sum * shades.count / (8 * 256))])
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Digits side by side with a caption under each, as many per row as `style.width` allows.
    public static func gallery(_ digits: [(lines: [String], caption: String)], style: RenderStyle) -> String {
        guard let first = digits.first else { return "" }
        let cellWidth =
            max(first.lines.first.map(Text.visibleCount) ?? 0, digits.map(\.caption.displayWidth).max() ?? 0) + 3
        let perRow = max(1, style.width / cellWidth)
        var out = ""
        var start = 0
        while start < digits.count {
            let group = digits[start..<min(digits.count, start + perRow)]
            let height = group.map(\.lines.count).max() ?? 0
            for row in 0..<(height + 1) {
                var line = ""
                for digit in group {
                    let text = row < height ? (row < digit.lines.count ? digit.lines[row] : "") : digit.caption
                    line += Text.padRight(text, cellWidth)
                }
                while line.last == " " { line.removeLast() }
                out += line + "\n"
            }
            start += perRow
            if start < digits.count { out += "\n" }
        }
        return out
    }
}
