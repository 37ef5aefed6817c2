import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Renderers are pure: fixed inputs and width give fixed strings.
@Suite struct RenderingTests {
    static func result(epochs: Int, dropout: Double = 0, status: RunStatus = .finished) -> RunResult {
        var config = RunConfig()
        config.epochs = epochs
        config.dropout = dropout
        let history = (1...epochs).map { FakeBackend.metrics(epoch: $0, config: config) }
        return RunResult(
            config: config, history: history, status: status, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: [], trainingImages: 300, totalSeconds: 3)
    }

    /// A first run that changed no knob is "baseline knobs" only when it starts from the defaults:
    /// lesson 3 starts with three brakes on, and `show` calls only the defaults the baseline.
    @Test func aFirstRunFromALessonsOwnKnobsIsNotCalledTheBaseline() {
        let (session, _, _) = makeSession(width: 80)
        var lessonStart = RunConfig()
        lessonStart.weightDecay = 0.003
        #expect(session.runHeader(id: 1, changes: []).contains("baseline knobs"))
        let header = session.runHeader(id: 1, changes: [], start: lessonStart)
        #expect(header.contains("the lesson's starting knobs") && !header.contains("baseline"), "\(header)")
    }

    /// A message with a long path (the farewell names the session's file) is wrapped at the
    /// screen's width in both languages, not left for the terminal to break mid-word.
    @Test func aLongPathInAMessageIsWrappedAtTheWidth() {
        let path = "/home/learner/.local/share/overfit/sessions/20261206T233136Z-97ead34d.ovf"
        for language in [Language.english, .korean] {
            let style = RenderStyle(width: 80, language: language)
            let said = style.sayWrapped(.farewellKept, ["path": path])
            let widest = said.split(separator: "\n").map { Text.visibleCount($0) }.max() ?? 0
            #expect(widest <= 80 && said.contains(path), "\(language): \(said)")
        }
    }

    @Test func aRunHeaderListsTheChangesThatFitAndCountsTheRest() {
        let (session, _, _) = makeSession(width: 60)
        let changes = [
            ("layers", "100,100,100,100", "100"), ("init", "torch", "he"), ("lr", "0.1", "0.05"), ("batch", "10", "20"),
        ]
        .map { (name: $0.0, old: $0.1, new: $0.2) }
        let headers = [
            session.runHeader(id: 3, changes: changes), session.runHeader(id: 4, changes: Array(changes[1...2])),
            session.runHeader(id: 5, changes: []),
        ]
        #expect(headers[0].hasPrefix("── run 3: layers 100,100,100,100 → 100 (+3 more) ──"))
        #expect(headers[1].hasPrefix("── run 4: init torch → he, lr 0.1 → 0.05 ──"))
        #expect(headers[2].hasPrefix("── run 5: same knobs as run 4 ──"))
        #expect(headers.allSatisfy { $0.count == 61 && $0.hasSuffix("─\n") }, "each header fills the 60 columns")
    }

    @Test func sparklines() {
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], maxColumns: 20) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.render([0, 1, 2, 3, 4, 5, 6, 7], maxColumns: 20, unicode: false) == "_.-:=+*#")
        #expect(Sparkline.render([1, .nan, 3], maxColumns: 20) == "▁×█")
        #expect(Sparkline.render([5, 5, 5], maxColumns: 20) == "▅▅▅")
        #expect(Sparkline.render([0, 1], axisEpochs: 6, maxColumns: 20, range: 0...1) == "▁█")
        #expect(Sparkline.render((0..<100).map(Double.init), maxColumns: 10) == "▂▂▃▄▄▅▆▇▇█")
        #expect(Sparkline.render([0, 0.5, 1], maxColumns: 20, range: 0...2) == "▁▃▅")
        #expect(Sparkline.render([], maxColumns: 20) == "")
    }

    @Test func table() {
        var table = TextTable(header: ["name", "n"], alignments: [.left, .right])
        table.add(["dropout", "0.2"])
        table.add(["a much longer name than fits", "12345"])
        #expect(
            table.render(style: RenderStyle(width: 40)) == """
                name                              n
                ───────────────────────────────────
                dropout                         0.2
                a much longer name than fits  12345

                """)
        #expect(
            table.render(style: RenderStyle(width: 24)) == """
                name                   …
                ────────────────────────
                dropout                …
                a much longer name than…

                """)
    }

    @Test func runReportAtTwoWidths() {
        expectGolden(
            RunReport.render(
                Self.result(epochs: 30), style: RenderStyle(width: 72), words: DiagnosisWordsTests.lessonWords),
            Golden.report72, "report72")
        expectGolden(
            RunReport.render(
                Self.result(epochs: 30, dropout: 0.3), style: RenderStyle(width: 50, unicode: false),
                words: DiagnosisWordsTests.lessonWords),
            Golden.report50ascii, "report50ascii")
    }

    @Test func chart() {
        let history = Self.result(epochs: 20).history
        let series = [
            Chart.Series(name: "train", values: history.map(\.trainAccuracy)),
            Chart.Series(name: "test", values: history.map(\.testAccuracy)),
        ]
        expectGolden(
            Chart.render(series, axisEpochs: 20, height: 8, format: Text.percent, style: RenderStyle(width: 50)),
            Golden.chart50, "chart50")
        expectGolden(
            Chart.render(
                series, axisEpochs: 20, height: 6, format: Text.percent, style: RenderStyle(width: 40, unicode: false)),
            Golden.chart40ascii, "chart40ascii")
        let flat = Chart.render(
            [Chart.Series(name: "x", values: [1])], axisEpochs: 1, height: 3, format: Text.loss,
            style: RenderStyle(width: 30))
        expectGolden(flat, Golden.chartFlat, "chartFlat")
    }

    /// `plot 2 4 7 8` overlays 20- and 100-epoch runs: a short run ending high took the top row's
    /// name from the long curve that ends there. Curves reaching the right edge are named first,
    /// and in colour a name wears its curve's colour.
    @Test func aCurveThatReachesTheEdgeIsNamedWhereItEnds() {
        let short = Chart.Series(name: "short", values: [0.2, 0.5, 0.95, 0.97, 0.98])
        let long = Chart.Series(name: "long", values: (1...20).map { 0.5 + 0.49 * Double($0) / 20 })
        let chart = Chart.render(
            [short, long], axisEpochs: 20, height: 6, format: Text.percent, style: RenderStyle(width: 50))
        let rows = chart.split(separator: "\n")
        #expect(rows[0].hasSuffix(" long"), "\(chart)")
        #expect(rows[1].hasSuffix(" short"), "\(chart)")
        let coloured = Chart.render(
            [short, long], axisEpochs: 20, height: 6, format: Text.percent, style: RenderStyle(width: 50, color: true))
        #expect(coloured.contains("\u{1B}[33mlong\u{1B}[0m") && coloured.contains("\u{1B}[36mshort\u{1B}[0m"))
    }

    @Test func digits() {
        let set = Synthetic.dataset(count: 3, split: "test")
        let drawn = (0..<3).map {
            (
                lines: DigitArt.render(pixels: set.image(at: $0), rows: 28, cols: 28, unicode: true),
                caption: "\(set.labels[$0])"
            )
        }
        expectGolden(DigitArt.gallery(drawn, style: RenderStyle(width: 40)), Golden.digits, "digits")
        let ascii =
            DigitArt.render(pixels: set.image(at: 1), rows: 28, cols: 28, unicode: false).joined(separator: "\n") + "\n"
        expectGolden(ascii, Golden.digitAscii, "digitAscii")
    }

    @Test func progressLine() {
        let history = Self.result(epochs: 12).history
        let line = ProgressLine.render(
            epoch: 13, totalEpochs: 100, batch: (15, 30), history: history, secondsRemaining: 83,
            style: RenderStyle(width: 80))
        #expect(line == "epoch 12/100  train 100.00%  test 72.31%  ▆▆▆▆                         ETA 1:23")
        let counting = ProgressLine.render(
            epoch: 13, totalEpochs: 100, batch: (340, 600), history: history, secondsRemaining: 83,
            style: RenderStyle(width: 100))
        #expect(counting.hasPrefix("epoch 13/100 (batch 340/600)  epoch 12: train 100.00%  test 72.31%  "))
        let full = ProgressLine.render(
            epoch: 2, totalEpochs: 5, batch: (340, 600), history: [], secondsRemaining: 3, style: RenderStyle(width: 80)
        )
        #expect(full == "epoch 2/5 (batch 340/600)  ETA 0:03")
        let narrow = ProgressLine.render(
            epoch: 13, totalEpochs: 100, batch: nil, history: history, secondsRemaining: 3725,
            style: RenderStyle(width: 40))
        #expect(narrow == "epoch 12/100  train 100.00%  test 72.3…")
        #expect(narrow.count == 39)
        #expect(
            ProgressLine.render(epoch: 1, totalEpochs: 5, batch: nil, history: [], secondsRemaining: nil, style: .plain)
                == "epoch 1/5")
        #expect(ProgressLine.clock(3725) == "1:02:05")
    }

    @Test func diagnosisWords() {
        #expect(
            DiagnosisWordsTests.lessonWords.describe(Diagnosis(Self.result(epochs: 12))).hasPrefix(
                "Overfitting: train 100.00% against test 72.31%, a gap of 27.69 points."))
        #expect(
            DiagnosisWordsTests.lessonWords.describe(Diagnosis(Self.result(epochs: 2, dropout: 0.5))).hasPrefix(
                "Too few steps: after 60 gradient steps (2 epochs in batches of 10) train accuracy is 62.50%"))
        #expect(
            DiagnosisWordsTests.lessonWords.describe(
                Diagnosis(Self.result(epochs: 1, status: .diverged(epoch: 2, batch: 9)))
            ).hasPrefix("Diverged: the loss became NaN at epoch 2, batch 9. "))
        let none = RunResult(
            config: RunConfig(), history: [], status: .cancelled, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: [], trainingImages: 300, totalSeconds: 0)
        #expect(
            RunReport.render(none, style: .plain, words: DiagnosisWordsTests.lessonWords) == """
                cancelled (Ctrl-C) after 0 of 100 epochs on 300 training images
                Nothing to judge yet: the run stopped before its first epoch finished.

                """)
    }

    @Test func errorsWrapToTheWidth() {
        let error = HintedError("dropout must be in [0, 1) (got 1.5)", hint: "e.g. set dropout 0.2")
        #expect(
            error.render(style: RenderStyle(width: 30))
                == "error: dropout must be in [0,\n  1) (got 1.5)\n  hint: e.g. set dropout 0.2\n")
        #expect(error.render(style: RenderStyle(width: 80, color: true)).hasPrefix("\u{1B}[31merror:\u{1B}[0m dropout"))
    }
}
