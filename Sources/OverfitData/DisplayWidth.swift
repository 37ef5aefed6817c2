/// Terminal columns taken by text: Hangul syllables, CJK ideographs and fullwidth forms take two,
/// combining marks, format characters and the Hangul Jamo vowels and finals that join a syllable
/// take none, the rest one. Measured from `DisplayWidthTable` (generated from the Unicode East
/// Asian Width data by bin/gen-display-width), never from the locale's `wcwidth`, so a rendering
/// at a fixed width is the same string on every machine. East_Asian_Width A (`·`, `■`, `…`, `→`)
/// counts one column, as terminals outside CJK locales draw it.

extension Unicode.Scalar {
    /// Columns this scalar takes on its own: 0, 1 or 2. Controls (C0, DEL, C1) take none: the one
    /// sanitiser (`VisibleText`) writes them as escapes before they reach a terminal.
    public var displayWidth: Int {
        let code = value
        if code < 0x7F { return code < 0x20 ? 0 : 1 }
        if code < 0xA0 { return 0 }
        if DisplayWidth.contains(DisplayWidthTable.zero, code) { return 0 }
        return DisplayWidth.contains(DisplayWidthTable.wide, code) ? 2 : 1
    }
}

extension Character {
    /// Columns one grapheme cluster takes: its widest scalar (a Hangul syllable written as Jamo
    /// `ᄒ` + `ᅡ` + `ᆫ` is two, `e` + U+0301 is one), or two when U+FE0F asks for emoji presentation.
    public var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }
            width = max(width, scalar.displayWidth)
        }
        return width
    }
}

extension StringProtocol {
    /// Columns the text takes on a terminal, summed over its grapheme clusters.
    public var displayWidth: Int {
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        return reduce(0) { $0 + $1.displayWidth }
    }

    /// The longest prefix at most `columns` wide. It never splits a character: when the next one
    /// is two columns and only one is left, the prefix stops short (pad it with a space).
    public func prefix(displayWidth columns: Int) -> SubSequence {
        var used = 0, end = startIndex
        for index in indices {
            let width = self[index].displayWidth
            if used + width > columns { break }
            used += width
            end = self.index(after: index)
        }
        return self[startIndex..<end]
    }
}

enum DisplayWidth {
    /// Whether `code` falls in one of the sorted inclusive pairs `low, high` of `table`.
    static func contains(_ table: [UInt32], _ code: UInt32) -> Bool {
        var low = 0, high = table.count / 2
        while low < high {
            let middle = (low + high) / 2
            if code < table[2 * middle] {
                high = middle
            } else if code > table[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
