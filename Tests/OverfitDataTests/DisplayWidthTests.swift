import Testing

@testable import OverfitData

/// Terminal columns by the generated East Asian Width table: the renderers line up Hangul with it.
@Suite("display width")
struct DisplayWidthTests {
    @Test("ASCII takes one column a character")
    func ascii() {
        #expect("dropout 0.2".displayWidth == 11)
        #expect("".displayWidth == 0)
        #expect(" ".displayWidth == 1)
    }

    @Test("Hangul syllables, CJK ideographs and fullwidth forms take two columns")
    func wide() {
        #expect("과적합".displayWidth == 6)
        #expect("훈련 정확도 98%".displayWidth == 15)
        #expect("過學習".displayWidth == 6)
        #expect("ＡＢ１".displayWidth == 6)
        #expect("。、".displayWidth == 4)
        // Halfwidth forms stay one column: East_Asian_Width H.
        #expect("ｱﾝ".displayWidth == 2)
        #expect("😀".displayWidth == 2)
    }

    @Test("the table's edges: the first and last wide code point of a range, and their neighbours")
    func edges() {
        let cases: [(UInt32, Int)] = [
            (0x10FF, 1), (0x1100, 2), (0x115F, 2), (0x1160, 0), (0x11FF, 0), (0x1200, 1),
            (0xABFF, 1), (0xAC00, 2), (0xD7A3, 2), (0xD7A4, 1), (0xD7B0, 0), (0xD7FB, 0),
            (0x33FF, 2), (0x3400, 2), (0x4DBF, 2), (0x4DC0, 1), (0x4E00, 2), (0x9FFF, 2),
            (0xFF01, 2), (0xFF60, 2), (0xFF61, 1), (0x2FFFD, 2), (0x2FFFE, 1), (0x3FFFD, 2), (0x40000, 1),
            (0x0300, 0), (0x036F, 0), (0x0370, 1), (0x200B, 0), (0x200D, 0), (0x20DD, 0), (0x302A, 0),
            (0x3099, 0), (0x309B, 2),
        ]
        for (code, width) in cases {
            let scalar = Unicode.Scalar(code).map(\.displayWidth)
            #expect(scalar == width, "U+\(String(code, radix: 16, uppercase: true))")
        }
    }

    @Test("a syllable written as Jamo is one cluster two columns wide; a lone vowel Jamo takes none")
    func jamo() {
        let han = "\u{1112}\u{1161}\u{11AB}"
        #expect(han.count == 1 && han.displayWidth == 2)
        #expect("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}".displayWidth == 4)
        #expect(Unicode.Scalar(0x1161).map(\.displayWidth) == 0)
    }

    @Test("combining marks and format characters take no column")
    func zeroWidth() {
        #expect("e\u{0301}".displayWidth == 1)
        #expect("a\u{0301}\u{0323}b".displayWidth == 2)
        #expect("a\u{200B}b".displayWidth == 2)
        #expect("가\u{20DD}".displayWidth == 2)
        // A mark with nothing before it still takes none.
        #expect("\u{0301}".displayWidth == 0)
    }

    @Test("East Asian ambiguous glyphs the renderers draw take one column")
    func ambiguous() {
        #expect("·■…→×".displayWidth == 5)
        #expect("─│┤└".displayWidth == 4)
        #expect("▁▂▃█⣿".displayWidth == 5)
    }

    @Test("emoji presentation (U+FE0F) takes two columns")
    func emojiPresentation() {
        #expect("\u{2764}".displayWidth == 1)
        #expect("\u{2764}\u{FE0F}".displayWidth == 2)
    }

    @Test("controls take none raw, and their escapes take the escape's columns")
    func controls() {
        #expect("\u{1B}\u{7F}\u{85}".displayWidth == 0)
        let shown = VisibleText.escaped("a\u{1B}[2J과\u{202E}")
        #expect(shown == "a\\x1B[2J과\\u202E")
        #expect(shown.displayWidth == 1 + 4 + 3 + 2 + 6)
    }

    @Test("a prefix by columns never splits a wide character")
    func prefix() {
        #expect("가나다".prefix(displayWidth: 4) == "가나")
        #expect("가나다".prefix(displayWidth: 3) == "가")
        #expect("가나다".prefix(displayWidth: 1) == "")
        #expect("a가b".prefix(displayWidth: 2) == "a")
        #expect("a가b".prefix(displayWidth: 3) == "a가")
        #expect("e\u{0301}x".prefix(displayWidth: 1) == "e\u{0301}")
        #expect("abc".prefix(displayWidth: 10) == "abc")
        #expect("abc".prefix(displayWidth: 0) == "")
    }

    @Test("the generated table is sorted, disjoint pairs, and wide and zero never overlap")
    func tableShape() {
        for table in [DisplayWidthTable.wide, DisplayWidthTable.zero] {
            #expect(table.count % 2 == 0)
            for pair in stride(from: 0, to: table.count, by: 2) {
                #expect(table[pair] <= table[pair + 1])
                if pair > 0 { #expect(table[pair - 1] + 1 < table[pair], "merged and sorted at \(pair)") }
            }
        }
        let wide = DisplayWidthTable.wide
        for pair in stride(from: 0, to: wide.count, by: 2) {
            #expect(!DisplayWidth.contains(DisplayWidthTable.zero, wide[pair]))
            #expect(!DisplayWidth.contains(DisplayWidthTable.zero, wide[pair + 1]))
        }
    }

    @Test("the binary search agrees with a linear scan on every code point of the first planes")
    func searchAgreesWithScan() {
        let table = DisplayWidthTable.wide
        func scan(_ code: UInt32) -> Bool {
            stride(from: 0, to: table.count, by: 2).contains { table[$0] <= code && code <= table[$0 + 1] }
        }
        let disagreeing = stride(from: UInt32(0), through: 0x3FFFF, by: 7).filter {
            DisplayWidth.contains(table, $0) != scan($0)
        }
        #expect(disagreeing.isEmpty, "first at \(disagreeing.prefix(3))")
    }
}
