import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// `sweep`, `plot`, `samples`, `rotations` and the weights chart in a Korean session: no English
/// sentence is left, and every table and chart lines up by display width (Hangul takes two
/// columns) at 80 and 110 columns. English keeps its words (the goldens hold them).
@Suite struct KoreanChartTests {
    /// A Korean session at `width` with six runs: two to plot, a `lr` sweep and a `layers` sweep.
    static func session(width: Int) throws -> (Session, TranscriptTerminal) {
        let (session, terminal, _) = makeSession(
            [
                "set epochs 6", "run", "set dropout 0.5", "run", "reset", "set epochs 6", "sweep lr 0.01,0.1",
                "sweep layers 2,8,32",
            ], width: width)
        session.guide = LessonGuide(library: try LanguageSessionTests.library(), progressPath: nil)
        try session.choose(language: .korean)
        _ = session.runLoop()
        #expect(session.state.runs.count == 7 && session.failures == 0, "\(terminal.output)")
        return (session, terminal)
    }

    /// What `body` writes, or the error it throws as the learner reads it.
    static func output(_ session: Session, _ terminal: TranscriptTerminal, _ body: () throws(HintedError) -> Void)
        -> String
    {
        let before = terminal.output.utf8.count
        do { try body() } catch { return error.render(style: session.style) }
        return String(decoding: terminal.output.utf8.dropFirst(before), as: UTF8.self)
    }

    /// ASCII words of three letters or more that are not a knob, a command, a value or a name:
    /// English left in a Korean line. Text in backticks and examples after `보기:` are commands.
    static func englishWords(_ text: String) -> [String] {
        let allowed = Set(
            RunConfig.knobs.map(\.name) + CommandTable.all.map(\.name)
                + ["accuracy", "loss", "gap", "vs", "off", "Ctrl", "MNIST", "Fashion"])
        var found: [String] = []
        for line in text.split(separator: "\n") {
            var kept = line.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
            if let example = kept.range(of: "보기:") { kept = String(kept[..<example.lowerBound]) }
            let words = kept.split { !($0.isASCII && $0.isLetter) }.map(String.init)
            found += words.filter { $0.count >= 3 && !allowed.contains($0) }
        }
        return found
    }

    static func records(_ session: Session, _ ids: ClosedRange<Int>, values: [String])
        -> [(value: String, record: Session.RunRecord)]
    {
        zip(values, session.state.runs.filter { ids.contains($0.id) }).map { ($0, $1) }
    }

    @Test func koreanChartsSpeakKoreanAndFitTheWidth() throws {
        for width in WideTextRenderingTests.widths {
            let (session, terminal) = try Self.session(width: width)
            let style = session.style
            let sweep = SweepChart.render(
                knob: "lr", rows: Self.records(session, 3...4, values: ["0.01", "0.1"]), style: style)
            let weights = WeightsChart.render(
                rows: Self.records(session, 5...7, values: ["2", "8", "32"]), style: style)
            var shown: [String: String] = ["sweep": sweep, "weights": weights]
            for command in [
                "plot", "plot 1 loss", "plot gap", "plot 1 2", "plot 1 2 loss", "samples 1", "samples 1 vs 2 4",
                "rotations", "plot 1 speed", "plot x 1 loss", "samples 1 99", "samples 1 2 99", "sweep lr",
                "sweep lr 1,,2", "sweep lr 1", "rotations 70000", "verbose", "verbose loud",
            ] {
                let words = command.split(separator: " ").map(String.init)
                guard let entry = CommandTable.all.first(where: { $0.name == words[0] }) else {
                    Issue.record("no command \(words[0])")
                    continue
                }
                shown[command] = Self.output(session, terminal) { () throws(HintedError) in
                    try entry.handler(session, Array(words.dropFirst()))
                }
            }
            for (name, text) in shown {
                #expect(!text.isEmpty, "\(width) \(name)")
                #expect(Self.englishWords(text).isEmpty, "\(width) \(name): \(Self.englishWords(text))\n\(text)")
                let lines = WideTextRenderingTests.lines(text)
                #expect(lines.allSatisfy { $0.displayWidth <= width }, "\(width) \(name)\n\(text)")
                #expect(!text.contains("…"), "\(width) \(name): a line was cut\n\(text)")
            }
            Self.expectAligned(sweep: sweep, weights: weights, plot: shown["plot", default: ""], width: width)
        }
    }

    /// Right-aligned headers end where their figures end; the strip starts under its axis; the
    /// braille chart's axis is one column on every line and its curves are named at the margin.
    static func expectAligned(sweep: String, weights: String, plot: String, width: Int) {
        let sweepLines = WideTextRenderingTests.lines(sweep)
        guard sweepLines.count >= 5 else { Issue.record("\(sweep)"); return }
        let header = sweepLines[1], rows = Array(sweepLines[3...4])
        func end(of needle: String, in line: String, after: Int = -1) -> Int? {
            WideTextRenderingTests.column(of: needle, in: line, after: after).map { $0 + needle.displayWidth }
        }
        for (word, field) in [("실행", 1), ("훈련", 2), ("테스트", 3), ("격차", 4)] {
            let headerEnd = end(of: word, in: header)
            for row in rows {
                let cell = String(row.split(separator: " ")[field])
                #expect(end(of: " " + cell, in: row) == headerEnd, "\(width): `\(word)` over \(cell)\n\(sweep)")
            }
        }
        // The strips end where their axis ends, its right figure whole, within the width.
        #expect(
            rows.allSatisfy { $0.displayWidth == header.displayWidth },
            "\(width): \(rows.map(\.displayWidth))\n\(sweep)")
        #expect(header.displayWidth <= width && header.hasSuffix("%"), "\(width)\n\(sweep)")
        let weightLines = WideTextRenderingTests.lines(weights)
        if weightLines.count >= 6 {
            let headerEnd = end(of: "가중치 수", in: weightLines[1])
            for row in weightLines[3...5] {
                let cell = String(row.split(separator: " ")[1])
                #expect(end(of: " " + cell, in: row) == headerEnd, "\(width): weights\n\(weights)")
            }
            #expect(weightLines[1].last?.isNumber == true, "\(width): the strip's axis is missing\n\(weights)")
        } else {
            Issue.record("\(width): \(weights)")
        }
        let plotLines = WideTextRenderingTests.lines(plot)
        let ticks = plotLines.dropFirst().dropLast().map { line in
            line.firstIndex { "│┤└".contains($0) }.map { line[..<$0].displayWidth }
        }
        #expect(Set(ticks).count == 1, "\(width): the axis is at columns \(Set(ticks))\n\(plot)")
        let nameWidth = "테스트".displayWidth
        for name in ["훈련", "테스트"] {
            let row = plotLines.first { $0.hasSuffix(" " + name) }
            #expect(
                row.map { WideTextRenderingTests.column(of: name, in: $0, after: 10) } == width - nameWidth,
                "\(width): \(name)\n\(plot)")
        }
        #expect(plotLines.last?.contains("에폭 1") == true, "\(width)\n\(plot)")
    }

    @Test func englishChartsKeepTheirWords() throws {
        let (session, terminal, _) = makeSession(["set epochs 6", "sweep lr 0.01,0.1", "plot 1 2 loss"], width: 80)
        _ = session.runLoop()
        let output = terminal.output
        #expect(output.contains("sweep lr: final accuracy by value, on one scale (● train, ○ test)\n"), "\(output)")
        #expect(output.contains("  lr  run    train    test     gap  70.00%"), "\(output)")
        #expect(output.contains("test loss by epoch, 2 runs on one scale\n"), "\(output)")
        #expect(output.contains("legend (each curve is named at its right end): run 1, run 2\n"), "\(output)")
        #expect(output.contains(" epoch 1 "), "\(output)")
        #expect(!output.contains("실행") && !output.contains("에폭"))
    }
}
