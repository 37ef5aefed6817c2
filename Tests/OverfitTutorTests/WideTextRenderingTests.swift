import OverfitData
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Hangul takes two columns: tables, the run header rule, sparkline labels, the braille chart's
/// names and wrapped prose line up by display width, at 80 and 110 columns. Each test checks the
/// columns themselves (no line wider than the screen, every row's columns starting at the same
/// display column), so it fails for a renderer that counts Characters.
@Suite struct WideTextRenderingTests {
    static let widths = [80, 110]

    /// The display column at which `needle` starts in `line`, searching after column `after`.
    static func column(of needle: String, in line: String, after: Int = -1) -> Int? {
        var index = line.startIndex, column = 0
        while index < line.endIndex {
            if column > after && line[index...].hasPrefix(needle) { return column }
            column += line[index].displayWidth
            index = line.index(after: index)
        }
        return nil
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    static func table() -> TextTable {
        var table = TextTable(
            header: ["실행", "드롭아웃", "테스트 정확도", "메모"], alignments: [.right, .right, .right, .left])
        table.add(["1", "0", "71.11%", "기준선"])
        table.add(["12", "0.2", "74.50%", "드롭아웃을 켜니 격차가 줄었다"])
        // Two long notes one column apart: at any width one of them has a syllable across the edge.
        let long = "너무 많이 껐다: 훈련 정확도도 테스트 정확도도 함께 떨어졌고 격차는 거의 그대로 남았다 다시 해 보자"
        table.add(["3", "0.5", "68.00%", long])
        table.add(["4", "0.6", "66.40%", "x" + long])
        return table
    }

    @Test func aTableOfHangulLinesUpByDisplayColumns() {
        for width in Self.widths {
            let lines = Self.lines(Self.table().render(style: RenderStyle(width: width)))
            #expect(lines.count == 6)
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width): a line is wider than the screen")
            let rows = [["실행", "드롭아웃", "테스트 정확도", "메모"]] + Self.table().rows
            var ends: [[Int]] = []
            for (line, row) in zip([lines[0]] + lines[2...], rows) {
                var after = -1, columns: [Int] = []
                for (index, cell) in row.enumerated() {
                    let needle = index == 3 ? String(cell.prefix(2)) : cell
                    guard let start = Self.column(of: needle, in: line, after: after) else {
                        Issue.record("\(width): `\(cell)` not found in `\(line)`")
                        return
                    }
                    // Right-aligned cells line up at their end, the note at its start.
                    columns.append(index == 3 ? start : start + cell.displayWidth)
                    after = start + needle.displayWidth - 1
                }
                ends.append(columns)
            }
            #expect(ends == Array(repeating: [4, 14, 29, 31], count: 5), "\(width): columns \(ends)")
            // The rule spans the columns, and a cut row ends with the mark right after the last
            // character kept: at the width, or one column short where a syllable did not fit.
            #expect(lines[1] == String(repeating: "─", count: min(width, 31 + Self.longestNote)))
            let cut = lines.filter { $0.hasSuffix("…") }
            #expect(cut.count == (31 + Self.longestNote > width ? 2 : 0), "\(width)")
            #expect(
                cut.allSatisfy { $0.displayWidth == width || $0.displayWidth == width - 1 },
                "\(width): a cut row is \(cut.map(\.displayWidth))")
        }
    }

    @Test func theHangulTableGoldens() {
        expectGolden(Self.table().render(style: RenderStyle(width: 80)), Self.table80, "hangulTable80")
        expectGolden(Self.table().render(style: RenderStyle(width: 110)), Self.table110, "hangulTable110")
    }

    static let table80 = """
        실행  드롭아웃  테스트 정확도  메모
        ────────────────────────────────────────────────────────────────────────────────
           1         0         71.11%  기준선
          12       0.2         74.50%  드롭아웃을 켜니 격차가 줄었다
           3       0.5         68.00%  너무 많이 껐다: 훈련 정확도도 테스트 정확도도 함…
           4       0.6         66.40%  x너무 많이 껐다: 훈련 정확도도 테스트 정확도도 …

        """
    static let table110 = """
        실행  드롭아웃  테스트 정확도  메모
        ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
           1         0         71.11%  기준선
          12       0.2         74.50%  드롭아웃을 켜니 격차가 줄었다
           3       0.5         68.00%  너무 많이 껐다: 훈련 정확도도 테스트 정확도도 함께 떨어졌고 격차는 거의 그대로…
           4       0.6         66.40%  x너무 많이 껐다: 훈련 정확도도 테스트 정확도도 함께 떨어졌고 격차는 거의 그대…

        """

    static var longestNote: Int { table().rows.map { $0[3].displayWidth }.max() ?? 0 }

    @Test func aCutNeverSplitsASyllable() {
        let style = RenderStyle(width: 20)
        #expect(Text.truncate("가나다라마바사아자차카타", 20, style: style) == "가나다라마바사아자…")
        #expect(Text.truncate("x가나다라마바사아자차카타", 20, style: style) == "x가나다라마바사아자…")
        #expect(Text.truncate("가나다라마바사아자차카타", 20, style: style).displayWidth == 19)
        #expect(Text.marked("가나다라 마바사", 10, mark: "…", trimming: true) == "가나다라…")
        #expect(Text.marked("가나다라 마바사", 10, mark: "…") == "가나다라 …")
        #expect(Text.cut("가나", 3) == "가 ")
        #expect(Text.padLeft("가나", 6) == "  가나")
        #expect(Text.padRight("가나", 6) == "가나  ")
    }

    @Test func theRunHeaderRuleReachesTheEdgeExactly() {
        for width in Self.widths {
            let (session, _, _) = makeSession(width: width)
            let changes = [
                ("드롭아웃", "0", "0.2"), ("배치 정규화", "꺼짐", "켜짐"), ("학습률", "0.1", "0.05"),
                ("층", "100,100,100,100", "100"), ("훈련 이미지 수", "300", "900"),
            ]
            .map { (name: $0.0, old: $0.1, new: $0.2) }
            for header in [session.runHeader(id: 3, changes: changes), session.runHeader(id: 4, changes: [changes[1]])]
            {
                #expect(header.hasPrefix("── run "), "\(header)")
                #expect(header.hasSuffix("─\n"))
                #expect(header.dropLast().displayWidth == width, "\(width): `\(header)`")
            }
            let title = "── 과적합: 훈련 데이터가 너무 적을 때 " + String(repeating: "테스트 정확도는 멈춘다 ", count: 8)
            let ruled = Text.ruled(title, style: RenderStyle(width: width))
            #expect(
                ruled.dropLast().displayWidth == width && (ruled.hasSuffix("…\n") || ruled.hasSuffix("…─\n")),
                "\(width): `\(ruled)`")
            let short = Text.ruled("── 과적합 ", style: RenderStyle(width: width))
            #expect(short.dropLast().displayWidth == width && short.hasSuffix("──\n"))
        }
    }

    @Test func sparklineLabelsInHangulKeepTheCurvesInOneColumn() {
        let history = RenderingTests.result(epochs: 30).history
        let rows: [(label: String, values: [Double], range: ClosedRange<Double>?, format: (Double) -> String)] = [
            ("훈련 정확도", history.map(\.trainAccuracy), 0...1, Text.percent),
            ("테스트 정확도", history.map(\.testAccuracy), 0...1, Text.percent),
            ("train loss", history.map(\.trainLoss), nil, Text.loss),
            ("손실", history.map(\.testLoss), nil, Text.loss),
        ]
        for width in Self.widths {
            let lines = Self.lines(RunReport.curveLines(rows, axisEpochs: 30, style: RenderStyle(width: width)))
            #expect(lines.count == 4)
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width)")
            let starts = lines.map { line in
                line.firstIndex { Sparkline.unicodeLevels.contains($0) }.map { line[..<$0].displayWidth }
            }
            #expect(starts == Array(repeating: 15, count: 4), "\(width): curves start at \(starts)")
            // The first and last figures start two columns after the 30 epochs' curve, on every line.
            let ends = zip(lines, rows).map { line, row in
                Self.column(of: row.format(row.values[0]), in: line, after: 44)
            }
            #expect(ends == Array(repeating: 15 + 30 + 2, count: 4), "\(width): figures start at \(ends)")
        }
    }

    @Test func hangulSeriesNamesOnTheBrailleChartStayInsideTheWidth() {
        let history = RenderingTests.result(epochs: 20).history
        let series = [
            Chart.Series(name: "훈련 정확도", values: history.map(\.trainAccuracy)),
            Chart.Series(name: "검증", values: history.map { $0.testAccuracy + 0.02 }),
            Chart.Series(name: "테스트", values: history.map(\.testAccuracy)),
        ]
        for width in Self.widths {
            let lines = Self.lines(
                Chart.render(series, axisEpochs: 20, format: Text.percent, style: RenderStyle(width: width)))
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width): \(lines.map(\.displayWidth))")
            let ticks = lines.dropLast().map { line in
                line.firstIndex { "│┤└".contains($0) }.map { line[..<$0].displayWidth }
            }
            #expect(Set(ticks) == [8], "\(width): the axis is at columns \(Set(ticks))")
            // Every name starts one column after the canvas, which ends where the longest name fits.
            let nameWidth = series.map(\.name.displayWidth).max() ?? 0
            for one in series {
                let row = lines.first { $0.hasSuffix(" " + one.name) }
                #expect(row.map { Self.column(of: one.name, in: $0) } == width - nameWidth, "\(width): \(one.name)")
            }
        }
    }

    static let paragraph =
        "훈련 정확도가 100%에 닿았는데 테스트 정확도는 71.11%에 머물렀다: 네트워크가 훈련 이미지를 외웠다. "
        + "`set dropout 0.2`로 드롭아웃을 켜거나 `set train_size 900`으로 훈련 이미지를 늘려 보고, "
        + "격차가 줄어드는지 다음 실행에서 확인하자. 검증 세트로 고른 설정은 테스트 세트에서 한 번만 확인한다."

    @Test func hangulProseWrapsByDisplayWidth() {
        for width in Self.widths {
            for indent in ["", "  "] {
                let lines = Text.wrap(Self.paragraph, width: width, indent: indent).split(separator: "\n")
                #expect(lines.count > 1, "\(width)")
                #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width): \(lines.map(\.displayWidth))")
                // Greedy: the next line's first word would not have fitted on the line before.
                for (line, next) in zip(lines, lines.dropFirst()) {
                    let word = Text.unbreakableWords(String(next.dropFirst(indent.count))).first ?? ""
                    #expect(line.displayWidth + 1 + word.displayWidth > width, "\(width): `\(line)` + `\(word)`")
                }
            }
        }
    }

    @Test func aHangulListItemHangsUnderItsText() {
        for width in Self.widths {
            let prose = LessonNarration.prose(
                "1. " + Self.paragraph + "\n- " + Self.paragraph, style: .init(width: width))
            let lines = prose.split(separator: "\n")
            #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width)")
            let second = lines.firstIndex { $0.hasPrefix("- ") } ?? lines.endIndex
            #expect(lines[1..<second].allSatisfy { $0.hasPrefix("   ") && !$0.hasPrefix("    ") })
            #expect(lines[(second + 1)...].allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") })
        }
    }

    @Test func aQuotedHangulCommandIsCutByColumns() {
        #expect(Text.shown("가나다라마", limit: 5) == "가나…")
        #expect(Text.shown("a\u{1B}가", limit: 40) == "a\\x1B가")
    }
}
