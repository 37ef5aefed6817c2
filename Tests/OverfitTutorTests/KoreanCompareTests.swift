import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// `compare`, repeated runs and a reused run in a Korean session: every word is Korean (only
/// commands, knob names and figures stay ASCII), the tables and curves line up by display width
/// (a Hangul syllable is two columns), and the English session still says what it said.
@Suite struct KoreanCompareTests {
    static let library = LessonLibrary.load(directory: packageRoot + "/lessons")

    /// Two single runs, a reused one, a run with repeats, then `compare` of all of them and an
    /// unknown run.
    static let commands = [
        "set epochs 3", "run", "set epochs 4", "run", "compare", "set epochs 3", "run", "set repeats 3", "run",
        "compare 1 2 4", "compare 1 99", "compare x y",
    ]

    static func screen(_ language: Language, width: Int) throws -> String {
        let (session, terminal, _) = makeSession(commands, width: width)
        session.guide = LessonGuide(library: library, progressPath: nil)
        try session.choose(language: language)
        _ = session.runLoop()
        return terminal.output
    }

    /// The lines the tutor printed (not the echoed commands), code spans taken out.
    static func spoken(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("overfit>") }.map { line in
            line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        }
    }

    @Test(arguments: [80, 110])
    func aKoreanCompareSpeaksNoEnglish(width: Int) throws {
        let output = try Self.screen(.korean, width: width)
        // Two English words in a row outside a code span is an English phrase.
        let phrase = /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/
        let english = Self.spoken(output).filter { $0.contains(phrase) }
        #expect(english.isEmpty, "\(english.joined(separator: "\n"))")
        // The verdict's row says its name, not its id (`too_few_steps`).
        let verdicts = output.split(separator: "\n").filter { $0.hasPrefix("진단 ") }
        #expect(verdicts.count == 2 && verdicts.allSatisfy { !$0.contains(/[A-Za-z_]/) }, "\(verdicts)")
        for word in [
            "run 1", "status", "too_few_steps", "diagnosis", "curves on", "knob", "the default", "minus", "빼기",
            "Same knobs", "seeds", "mean curves", "no run", "run ids",
        ] {
            #expect(!output.contains(word), "`\(word)` in:\n\(output)")
        }
        for said in [
            "실행 2 − 실행 1", "스텝 부족", "서로 다른 설정:", "설정과 시드가 실행 1의 것과 같으므로",
            "훈련 이미지 300장의 기본 설정을 시드 0부터 29까지", "평균 곡선", "실행 번호 99에 해당하는 실행이 없습니다",
        ] {
            #expect(Self.spoken(output).joined(separator: " ").contains(said), "`\(said)` missing:\n\(output)")
        }
    }

    @Test(arguments: [Language.english, .korean], [80, 110])
    func tablesAndCurvesLineUpByDisplayWidth(language: Language, width: Int) throws {
        let lines = try Self.screen(language, width: width).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let rule = /^─+$/
        var checkedTables = 0
        for (index, line) in lines.enumerated() where line.wholeMatch(of: rule) != nil && index > 0 {
            // `compare`'s table (its first header is empty) and the seeds' table end in a
            // right-aligned column: the header and every row end where the rule does.
            let header = lines[index - 1]
            let seedTable = header.hasPrefix(language == .korean ? "시드  " : "seed  ")
            guard header.hasPrefix(" ") || seedTable else { continue }
            let rows = lines[(index + 1)...].prefix { !$0.isEmpty }.prefix(seedTable ? 3 : .max)
            for row in [header] + rows {
                #expect(row.displayWidth == line.displayWidth, "\(row)\n\(line)")
            }
            checkedTables += 1
        }
        // The two compares' tables and the seeds' table.
        #expect(checkedTables == 3, "\(lines.joined(separator: "\n"))")
        // Under the seeds' table, each figure's mean starts in one column.
        let names =
            language == .korean
            ? ["훈련 정확도 ", "테스트 정확도 ", "격차 ", "테스트 손실 "] : ["train acc ", "test acc ", "gap ", "test loss "]
        let figures = lines.filter { line in names.contains { line.hasPrefix($0) } && line.contains(" ± ") }
        let starts = figures.compactMap { line in
            line.firstIndex { $0.isNumber || $0 == "+" || $0 == "-" }.map { String(line[..<$0]).displayWidth }
        }
        #expect(figures.count == 4 && Set(starts).count == 1, "\(figures)")
        // Every curve's sparkline starts in the same column as the others of its block.
        let bars = Set("▁▂▃▄▅▆▇█")
        var block: [Int] = []
        var blocks = 0
        for line in lines + [""] {
            if let bar = line.firstIndex(where: bars.contains), !line.contains("%p"), !line.contains("│") {
                block.append(String(line[..<bar]).displayWidth)
            } else {
                if block.count > 1 {
                    #expect(Set(block).count == 1, "\(block) in:\n\(lines.joined(separator: "\n"))")
                    blocks += 1
                }
                block = []
            }
        }
        #expect(blocks >= 4)
    }

    /// Five runs at 80 columns (lesson 2's `compare` of five depths): every run's column is
    /// shown, in a second table when the first is full, and no line is wider than the screen.
    @Test(arguments: [Language.english, .korean])
    func fiveRunsAt80ColumnsAreAllShown(language: Language) throws {
        let lines = [
            "set epochs 3", "run", "set epochs 4", "run", "set epochs 5", "run", "set epochs 6", "run",
            "set epochs 7", "run", "compare 1 2 3 4 5",
        ]
        let (session, terminal, _) = makeSession(lines, width: 80)
        session.guide = LessonGuide(library: Self.library, progressPath: nil)
        try session.choose(language: language)
        _ = session.runLoop()
        let shown = terminal.output.components(separatedBy: "overfit> compare 1 2 3 4 5").last ?? ""
        let label = language == .korean ? "실행" : "run"
        for id in 1...5 {
            #expect(shown.contains("\(label) \(id)"), "run \(id) missing:\n\(shown)")
        }
        let wide = shown.split(separator: "\n").filter { $0.displayWidth > 80 }
        #expect(wide.isEmpty, "\(wide)")
        #expect(!shown.contains("…"), "a cut cell:\n\(shown)")
    }

    @Test func theEnglishSessionStillSaysItInEnglish() throws {
        let output = try Self.screen(.english, width: 80)
        for said in [
            "curves on one axis (epochs 1 to 4), one scale per metric:", "knobs that differ:", "run 2 minus run 1",
            "the default 300-image run over seeds 0-29", "Same knobs and seed as run 1, so the same numbers",
            "mean curves (test accuracy also at its lowest and highest seed each epoch):",
            "3 seeds (seeds 0-2), each a whole run", "seed 0 from run 3.", "error: no run 99: the runs are 1 to 4",
            "error: run ids are numbers (got `x`)", "rows below", "test acc, mean",
        ] {
            #expect(output.contains(said), "`\(said)` missing:\n\(output)")
        }
        #expect(!output.contains("실행"))
    }

    /// The measurement's name is said in the session's language, from the measurement's own figures.
    @Test func theMeasuredSpreadIsNamedFromItsFigures() {
        let spread = MeasuredSpread.defaults
        #expect(NoiseVerdict.measuredOn(spread, style: RenderStyle()) == spread.how)
        let korean = NoiseVerdict.measuredOn(spread, style: RenderStyle(language: .korean))
        #expect(korean == "훈련 이미지 300장의 기본 설정을 시드 0부터 29까지 하나씩 돌린 실행")
    }

    @Test func verdictNamesAreWordsInKoreanAndIdsInEnglish() {
        let korean = RenderStyle(language: .korean)
        #expect(Comparison.verdictName(.tooFewSteps, style: RenderStyle()) == "too_few_steps")
        #expect(Comparison.verdictName(.tooFewSteps, style: korean) == "스텝 부족")
        #expect(Comparison.verdictName(.overfitting, style: korean) == "과적합")
        #expect(Comparison.verdictName(.healthy, style: korean) == "양호")
    }
}
