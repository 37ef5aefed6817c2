import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// What people type at a prediction question, each line a case: accepted words and what they
/// mean, and unclear answers refused with the choices named (the question stays open).
@Suite struct PredictionAnswerTests {
    static let accuracyVs = Prediction(run: "drop", metric: .testAccuracy, baseline: "base")
    static let lossVs = Prediction(run: "drop", metric: .testLoss, baseline: "base")
    static let gapVs = Prediction(run: "drop", metric: .gap, baseline: "base")
    static let epochsVs = Prediction(run: "drop", metric: .epochs, baseline: "base")
    static let rising = Prediction(run: "more", metric: .testAccuracy, baseline: "less", yesMeans: .higher)
    static let accuracy = Prediction(run: "one", metric: .testAccuracy, baseline: nil)
    static let epochs = Prediction(run: "stopped", metric: .epochs, baseline: nil)

    static let accepted: [(String, Prediction, PredictionAnswer)] = [
        ("higher", accuracyVs, .direction(.higher)), ("Higher", accuracyVs, .direction(.higher)),
        ("UP", accuracyVs, .direction(.higher)), ("up.", accuracyVs, .direction(.higher)),
        ("more", accuracyVs, .direction(.higher)), ("  go   up ", accuracyVs, .direction(.higher)),
        ("lower", accuracyVs, .direction(.lower)), ("Down!", accuracyVs, .direction(.lower)),
        ("less", accuracyVs, .direction(.lower)), ("same", accuracyVs, .direction(.same)),
        ("About the same", accuracyVs, .direction(.same)), ("no change", accuracyVs, .direction(.same)),
        // better/worse follow the figure: better accuracy is higher, a better loss or gap lower.
        ("better", accuracyVs, .direction(.higher)), ("Worse", accuracyVs, .direction(.lower)),
        ("better", lossVs, .direction(.lower)), ("worse", lossVs, .direction(.higher)),
        ("better", gapVs, .direction(.lower)),
        ("yes", rising, .yes(true)), ("Y", rising, .yes(true)), ("yeah", rising, .yes(true)),
        ("no", rising, .yes(false)), ("NO.", rising, .yes(false)), ("nope", rising, .yes(false)),
        ("higher", rising, .yes(true)), ("up", rising, .yes(true)), ("lower", rising, .yes(false)),
        ("same", rising, .yes(false)),
        ("80", accuracy, .number(0.8)), ("80%", accuracy, .number(0.8)), ("80 %", accuracy, .number(0.8)),
        ("76.5", accuracy, .number(0.765)), ("0", accuracy, .number(0)), ("100%", accuracy, .number(1)),
        ("20", epochs, .number(20)), ("20%", epochs, .number(20)), (" 7 ", epochs, .number(7)),
        // Korean around a number, and a Korean sentence opening with yes or no.
        ("100퍼센트", accuracy, .number(1)), ("약 80%", accuracy, .number(0.8)),
        ("80퍼센트 정도", accuracy, .number(0.8)), ("76.5프로쯤", accuracy, .number(0.765)),
        ("대략 20 정도", epochs, .number(20)), ("20쯤", epochs, .number(20)),
        ("네 오를 것 같아요", rising, .yes(true)), ("네, 오른다", rising, .yes(true)), ("아뇨", rising, .yes(false)),
        ("아니요, 안 오를 거예요", rising, .yes(false)),
    ]

    @Test(arguments: accepted.indices)
    func acceptedAnswers(_ index: Int) throws {
        let (typed, prediction, expected) = Self.accepted[index]
        #expect(try PredictionAnswer.parse(typed, for: prediction) == expected, "`\(typed)`")
    }

    /// Refused, with the message naming what the question takes.
    static let refused: [(String, Prediction, String)] = [
        ("sideways", accuracyVs, "answer higher, lower or same (got `sideways`)"),
        ("yes", accuracyVs, "answer higher, lower or same (got `yes`); this question is not yes or no"),
        ("better", epochsVs, "answer higher, lower or same (got `better`)"),
        ("maybe", rising, "answer yes or no (got `maybe`)"),
        ("80", accuracyVs, "answer higher, lower or same (got `80`)"),
        ("lots", accuracy, "answer with a percentage (got `lots`)"),
        ("101", accuracy, "a percentage is between 0 and 100 (got `101`)"),
        ("-5%", accuracy, "a percentage is between 0 and 100 (got `-5%`)"),
        ("nan", accuracy, "answer with a percentage (got `nan`)"),
        ("higher", epochs, "answer with a number (got `higher`)"),
        ("2.5", epochs, "answer with a whole number from 0 to 100000 (got `2.5`)"),
        ("약", accuracy, "answer with a percentage (got `약`)"),
        ("퍼센트", accuracy, "answer with a percentage (got `퍼센트`)"),
        ("아니 오를 것 같아요", rising, "answer yes or no (got `아니 오를 것 같아요`)"),
    ]

    @Test(arguments: refused.indices)
    func unclearAnswersAreRefusedWithTheChoices(_ index: Int) {
        let (typed, prediction, message) = Self.refused[index]
        do {
            let answer = try PredictionAnswer.parse(typed, for: prediction)
            Issue.record("`\(typed)` was read as \(answer)")
        } catch {
            #expect(error.message == message)
            #expect(error.hint?.contains("skip") == true || error.hint?.contains("e.g.") == true)
        }
    }

    /// Judged against the runs: a direction by the outcome, yes/no by what yes stands for, a
    /// number within 5 points (accuracy) or 10% (anything else).
    @Test func verdictsJudgeAgainstTheLearnersRuns() {
        let figures = { (name: String) -> RunFigures? in
            let accuracy = ["base": 0.70, "drop": 0.75, "less": 0.80, "more": 0.805, "one": 0.10, "stopped": 0.5][name]
            return accuracy.map { RunFigures(self.result(testAccuracy: $0, epochs: name == "stopped" ? 23 : 5)) }
        }
        #expect(PredictionAnswer.direction(.higher).verdict(Self.accuracyVs, figures: figures).right == true)
        #expect(PredictionAnswer.direction(.same).verdict(Self.accuracyVs, figures: figures).right == false)
        // 80.00% → 80.50% is within a point: "same", so "will it keep rising?" is a no.
        #expect(PredictionAnswer.yes(false).verdict(Self.rising, figures: figures).right == true)
        #expect(PredictionAnswer.yes(true).verdict(Self.rising, figures: figures).right == false)
        #expect(PredictionAnswer.number(0.14).verdict(Self.accuracy, figures: figures).right == true)
        #expect(PredictionAnswer.number(0.16).verdict(Self.accuracy, figures: figures).right == false)
        #expect(PredictionAnswer.number(21).verdict(Self.epochs, figures: figures).right == true)
        #expect(PredictionAnswer.number(20).verdict(Self.epochs, figures: figures).right == false)
        let skipped = Prediction(run: "drop", metric: .testAccuracy, baseline: "gone")
        #expect(
            PredictionAnswer.direction(.higher).verdict(skipped, figures: figures).right == nil,
            "not counted either way")
        #expect(
            PredictionAnswer.number(0.14).verdict(Self.accuracy, figures: figures).sentence
                == "You predicted 14.00%; it was 10.00%: within 5 points, counted right.")
    }

    /// A guess that reads as the figure printed is exactly right, not "within 10%" of it (a
    /// Korean learner who answered lesson 8's 23 epochs with 23 was told it was close enough).
    @Test func aGuessEqualToTheShownFigureIsExactlyRight() {
        let figures = { (name: String) -> RunFigures? in
            name == "stopped" ? RunFigures(self.result(testAccuracy: 0.5, epochs: 23)) : nil
        }
        let exact = PredictionAnswer.number(23).verdict(Self.epochs, figures: figures)
        #expect(exact.right == true)
        #expect(exact.sentence == "You predicted 23; it was 23: exactly right.")
        let korean = PredictionAnswer.number(23).verdict(Self.epochs, figures: figures, words: .installed(.korean))
        #expect(korean.sentence == "여러분의 예측: 23. 실제: 23. 정확히 맞혔습니다.")
        #expect(
            PredictionAnswer.number(22).verdict(Self.epochs, figures: figures).sentence
                == "You predicted 22; it was 23: within 10%, counted right.")
    }

    /// Lesson 13 asks "nearer the clean run or nearer chance?": answered by naming an option and
    /// graded by distance. On main it took only higher/lower/same, refused `nearer the clean
    /// run`, and marked `higher` wrong for 75.43% → 66.35% (far nearer clean than chance).
    static let nearer = Prediction(
        run: "noisy", metric: .testAccuracy,
        kind: .nearer([.init(name: "clean", anchor: .run("clean")), .init(name: "chance", anchor: .fixed(0.1))]))

    @Test(arguments: [
        ("clean", "clean"), ("nearer the clean run", "clean"), ("Clean.", "clean"), ("chance", "chance"),
        ("nearer chance", "chance"), ("clean에 더 가깝다", "clean"), ("chance 쪽", "chance"), ("clean쪽.", "clean"),
    ])
    func aChoiceIsAnsweredByNamingAnOption(typed: String, option: String) throws {
        #expect(try PredictionAnswer.parse(typed, for: Self.nearer) == .option(option))
    }

    /// Lesson 13's question as each language's file declares it: the Korean words its
    /// `answers:` gives (깨끗한 쪽, 우연, 찍기, 10%…) name the options, graded as the names are; the
    /// English lesson still takes what it took.
    static func lesson13Nearer(_ language: Language) throws -> Prediction {
        let library = try #require(
            LessonLibrary.load(directory: packageRoot + "/lessons", stepCommands: CommandTable.lessonStepCommands)
                .texts(in: language))
        let lesson = try #require(library.lesson(number: 13))
        let prediction = lesson.steps.compactMap { step -> Prediction? in
            guard case .predict(let prediction, _) = step.kind, case .nearer = prediction.kind else { return nil }
            return prediction
        }.first
        return try #require(prediction)
    }

    @Test func koreanWordsNameLesson13sOptions() throws {
        let korean = try Self.lesson13Nearer(.korean)
        let words = TutorMessages.installed(.korean)
        for (typed, option) in [
            ("깨끗한 쪽", "clean"), ("깨끗한", "clean"), ("깨끗한 쪽에 더 가깝다", "clean"), ("진짜 레이블", "clean"),
            ("clean 쪽", "clean"), ("clean에 더 가깝다", "clean"), ("우연", "chance"), ("우연에 가깝다", "chance"),
            ("찍기", "chance"), ("무작위", "chance"), ("10%", "chance"), ("chance 쪽", "chance"), ("우연 수준", "chance"),
        ] {
            #expect(try PredictionAnswer.parse(typed, for: korean, words: words) == .option(option), "\(typed)")
        }
        for typed in ["깨끗한 쪽과 우연 사이", "높아진다", "100", "레이블"] {
            #expect(throws: HintedError.self, "\(typed)") {
                try PredictionAnswer.parse(typed, for: korean, words: words)
            }
        }
        let english = try Self.lesson13Nearer(.english)
        #expect(english.options.allSatisfy { $0.words.isEmpty })
        for (typed, option) in [("clean", "clean"), ("nearer the clean run", "clean"), ("Chance.", "chance")] {
            #expect(try PredictionAnswer.parse(typed, for: english) == .option(option), "\(typed)")
        }
        // The question and the tutor's repeat of the answer use the Korean words.
        let asked = LessonNarration.askPrediction(korean, question: "?", style: RenderStyle(language: .korean))
        // Wrapped at the screen's width under its marker (at 80 columns it takes two lines).
        #expect(
            asked.contains("▶ `깨끗한` 또는 `우연` 중 하나로 답해 보세요. 이름 `clean` 또는 `chance`도\n  답으로 받습니다.\n"),
            "\(asked)")
        #expect(asked.split(separator: "\n").allSatisfy { Text.visibleCount($0) <= 80 }, "\(asked)")
        #expect(
            PredictionAnswer.option("chance").words(.testAccuracy, words: words, prediction: korean) == "`우연` 쪽에 더 가깝다")
    }

    @Test(arguments: ["higher", "both clean and chance", "80", "cleaner", "clean과 chance"])
    func aChoiceRefusesAnythingButOneOption(typed: String) {
        #expect(throws: HintedError.self) { try PredictionAnswer.parse(typed, for: Self.nearer) }
    }

    @Test func aChoiceIsGradedByWhichOptionTheFigureLandsNearer() {
        let figures = { (name: String) -> RunFigures? in
            ["clean": 0.7543, "noisy": 0.6635, "worse": 0.30][name].map {
                RunFigures(self.result(testAccuracy: $0, epochs: 5))
            }
        }
        let clean = PredictionAnswer.option("clean").verdict(Self.nearer, figures: figures)
        #expect(clean.right == true)
        #expect(
            clean.sentence
                == "You predicted nearer clean; test accuracy came out 66.35%, nearer clean (75.43%) than chance (10.00%). You were right."
        )
        #expect(PredictionAnswer.option("chance").verdict(Self.nearer, figures: figures).right == false)
        let far = Prediction(run: "worse", metric: .testAccuracy, kind: Self.nearer.kind)
        #expect(PredictionAnswer.option("chance").verdict(far, figures: figures).right == true)
    }

    func result(testAccuracy: Double, epochs: Int) -> RunResult {
        let history = (1...epochs).map {
            EpochMetrics(
                epoch: $0, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: 1, validationLoss: nil,
                validationAccuracy: nil,
                testLoss: 1, testAccuracy: testAccuracy, seconds: 0.1)
        }
        return RunResult(
            config: RunConfig(), history: history, status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: [], trainingImages: 300, totalSeconds: 1)
    }
}
