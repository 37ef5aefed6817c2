import Foundation
import OverfitTraining
import Testing

@testable import OverfitLessons
@testable import OverfitTutor

/// The lesson machinery's own words in Korean: a claim's sentence, a prediction's verdict, the
/// challenge's boards and `lang` speak Korean in a Korean session, word the same claim and grade
/// the same answer as in English, and leave the English words as they were.
@Suite struct KoreanLessonWordsTests {
    static let korean = TutorMessages.installed(.korean)
    static let english = TutorMessages.installed(.english)

    /// English words of three letters or more outside backticks (commands, knobs and run names
    /// stay ASCII inside them), less the few Korean text keeps: a sentence left in English has many.
    static func englishWords(_ text: String, names: Set<String> = ["base", "drop", "chance"]) -> [String] {
        let outside = text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        // Language names, and a lesson's names for runs and options (an example in a hint).
        let kept = Set(
            ["NaN", "MNIST", "Fashion", "set", "run", "submit", "lang", "English", "Korean"]
                + RunConfig.knobs.map(\.name)
        ).union(names)
        return outside.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0 == "_")) }).map(String.init)
            .filter { $0.count >= 3 && !kept.contains($0) }
    }

    /// A one-epoch run with these final accuracies.
    static func figures(train: Double, test: Double) -> RunFigures {
        let metrics = EpochMetrics(
            epoch: 1, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: train, validationLoss: nil,
            validationAccuracy: nil, testLoss: 0.5, testAccuracy: test, seconds: 0)
        return RunFigures(
            RunResult(
                config: RunConfig(), history: [metrics], status: .finished, restoredEpoch: nil,
                stoppedEarlyAfterEpoch: nil, testPredictions: [], trainingImages: 300, totalSeconds: 0))
    }

    static let runs = ["base": figures(train: 1, test: 0.7637), "drop": figures(train: 0.99, test: 0.7954)]

    /// The runs as a Korean lesson reads them: percentage points as `%p` (`LessonGuide.figures`).
    static let koreanRuns = runs.mapValues { figures in
        var korean = figures
        korean.points = Self.korean.text(.unitPoints, ["value": "{value}"])
        return korean
    }

    func claim(_ text: String) throws -> Claim {
        try LessonParser.parse(
            "lesson: 1\ntitle: t\ngoal: g\nsources: s\nrun: base\nrun: drop\nclaim: \(text)\n", file: "x",
            stepCommands: CommandTable.lessonStepCommands
        ).claims[0]
    }

    /// Every relation a claim can state, against a number and against a run: the Korean sentence
    /// has the same verdict and the same figures as the English one, and no English sentence.
    @Test(arguments: [
        "drop.test_acc > base.test_acc + 3%", "drop.test_acc > base.test_acc - 1%",
        "base.test_acc < drop.test_acc - 1%",
        "base.test_acc < drop.test_acc + 8%", "drop.test_acc == base.test_acc + 3.17%", "base.test_acc < drop.test_acc",
        "drop.train_acc >= 99%", "drop.train_acc <= 99%", "base.gap > 15%", "drop.epochs == 1", "drop.epochs < 60",
        "drop.best_epoch <= base.best_epoch", "base.test_acc in [73%, 81%]", "drop.test_loss > base.test_loss",
        "drop.diverged == 0", "drop.loss_turned_up == 1", "drop.train_acc > base.test_acc",
    ])
    func aClaimReadsInKoreanAndStaysTheSameClaim(text: String) throws {
        let claim = try claim(text)
        let english = try #require(claim.evaluate { Self.runs[$0] })
        let korean = try #require(claim.evaluate({ Self.koreanRuns[$0] }, words: Self.korean))
        #expect(korean.held == english.held && korean.figures == english.figures, "\(text)")
        #expect(!korean.sentence.isEmpty && Self.englishWords(korean.sentence).isEmpty, "\(korean.sentence)")
        #expect(korean.sentence.contains("`drop`") || korean.sentence.contains("`base`"))
        #expect(korean.sentence != english.sentence)
    }

    /// The English sentences as they were before their words moved to `messages.txt`.
    @Test func theEnglishSentencesAreUnchanged() throws {
        let sentence = { (text: String) in try self.claim(text).evaluate { Self.runs[$0] }?.sentence }
        #expect(
            try sentence("drop.test_acc > base.test_acc + 3%")
                == "test accuracy of `drop` is more than 3 points above `base`'s: 79.54% vs 76.37%")
        #expect(try sentence("drop.train_acc >= 99%") == "train accuracy of `drop` is at least 99.00%: 99.00%")
        #expect(
            try sentence("base.gap > 15%") == "the train-test gap of `base` is higher than 15.00 points: 23.63 points")
        #expect(
            try sentence("drop.test_acc == base.test_acc + 1%")
                == "test accuracy of `drop` is 1 point above `base`'s: 79.54% vs 76.37%")
        #expect(try sentence("drop.diverged == 0") == "`drop` diverged (its loss became NaN or infinite): no")
        #expect(
            try sentence("base.test_acc in [73%, 81%]")
                == "test accuracy of `base` is between 73.00% and 81.00%: 76.37%")
        #expect(
            try sentence("drop.train_acc > base.test_acc")
                == "train accuracy of `drop` is higher than test accuracy of `base`: 99.00% vs 76.37%")
    }

    @Test func theKoreanSentencesReadAsWritten() throws {
        let korean = { (text: String) in
            try self.claim(text).evaluate({ Self.koreanRuns[$0] }, words: Self.korean)?.sentence
        }
        #expect(
            try korean("base.test_acc < drop.test_acc - 1%")
                == "`base`의 테스트 정확도는 `drop`보다 1%p 넘게 낮습니다(76.37% 대 79.54%)")
        // A gap is large or small, not high or low; an accuracy high or low.
        #expect(try korean("base.gap > 15%") == "`base`의 훈련–테스트 격차는 15.00%p보다 큽니다(23.63%p)")
        #expect(try korean("base.gap < 30%") == "`base`의 훈련–테스트 격차는 30.00%p보다 작습니다(23.63%p)")
        #expect(try korean("base.gap < drop.gap") == "`base`의 훈련–테스트 격차는 `drop`보다 작습니다(23.63%p 대 19.46%p)")
        #expect(try korean("drop.epochs < 60") == "`drop`의 에폭 수는 60보다 적습니다(1)")
        #expect(try korean("drop.test_loss > base.test_loss") == "`drop`의 테스트 손실은 `base`보다 높습니다(0.5000 대 0.5000)")
        #expect(
            try korean("base.test_acc < drop.test_acc + 8%")
                == "`base`의 테스트 정확도는 `drop`보다 8%p 이상 높지는 않습니다(76.37% 대 79.54%)")
        #expect(try korean("drop.diverged == 0") == "`drop`의 발산 여부(손실이 NaN이나 무한대가 되었는가): 아니요")
    }

    /// Two figures of one run: Korean names the run once (a learner read "`stopped`의 복원된 에폭:
    /// `stopped`의 에폭 수보다 이릅니다" as machine-made); English keeps its wording.
    @Test func aClaimAboutOneRunNamesItOnce() throws {
        let claim = try claim("drop.train_acc > drop.test_acc")
        #expect(
            claim.evaluate({ Self.koreanRuns[$0] }, words: Self.korean)?.sentence
                == "`drop`의 훈련 정확도는 테스트 정확도보다 높습니다(99.00% 대 79.54%)")
        #expect(
            claim.evaluate { Self.runs[$0] }?.sentence
                == "train accuracy of `drop` is higher than test accuracy of `drop`: 99.00% vs 79.54%")
    }

    /// `(은)는` and its kin take the form the word before them asks for; after a word whose sound
    /// its letters do not give (an ASCII run name) both forms stay, as Korean writes them.
    @Test(arguments: [
        ("테스트 정확도(은)는", "테스트 정확도는"), ("테스트 손실(은)는", "테스트 손실은"), ("에폭 수(이)가", "에폭 수가"),
        ("복원된 에폭(을)를", "복원된 에폭을"), ("23(은)는", "23은"), ("15(은)는", "15는"), ("10(과)와", "10과"),
        ("`drop`(은)는", "`drop`은(는)"), ("test accuracy (a)", "test accuracy (a)"),
    ])
    func particlesFollowTheWordBefore(written: String, shown: String) {
        #expect(Particle.resolved(written) == shown)
    }

    /// ✓ and ✗ lines as the guide prints them, a held claim and a failed one.
    @Test func checkedClaimsPrintInKorean() throws {
        let style = RenderStyle(width: 400, language: .korean)
        let held = LessonNarration.claim(
            try claim("drop.test_acc > base.test_acc"), note: "", lesson: 1, figures: { Self.koreanRuns[$0] },
            style: style)
        #expect(held.contains("✓ `drop`의 테스트 정확도는 `base`보다 높습니다(79.54% 대 76.37%).\n"), "\(held)")
        let failed = LessonNarration.claim(
            try claim("drop.test_acc < base.test_acc"), note: "", lesson: 1, figures: { Self.koreanRuns[$0] },
            strayed: (nil, 3), style: style)
        #expect(failed.contains("✗ ") && Self.englishWords(failed).isEmpty, "\(failed)")
    }

    static let direction = Prediction(run: "drop", metric: .testAccuracy, baseline: "base")
    static let yesNo = Prediction(run: "drop", metric: .testAccuracy, baseline: "base", yesMeans: .higher)
    static let number = Prediction(run: "drop", metric: .testAccuracy, baseline: nil)
    static let nearer = Prediction(
        run: "drop", metric: .testAccuracy,
        kind: .nearer([.init(name: "base", anchor: .run("base")), .init(name: "chance", anchor: .fixed(0.1))]))

    /// Each kind of answer, right and wrong: graded alike in both languages, worded in Korean.
    @Test func verdictsSpeakKoreanAndGradeAlike() throws {
        let cases: [(Prediction, PredictionAnswer)] = [
            (Self.direction, .direction(.higher)), (Self.direction, .direction(.same)), (Self.yesNo, .yes(true)),
            (Self.yesNo, .yes(false)), (Self.number, .number(0.8)), (Self.number, .number(0.5)),
            (Self.nearer, .option("base")), (Self.nearer, .option("chance")),
        ]
        for (prediction, answer) in cases {
            let english = answer.verdict(prediction, figures: { Self.runs[$0] })
            let korean = answer.verdict(prediction, figures: { Self.koreanRuns[$0] }, words: Self.korean)
            #expect(korean.right == english.right && korean.right != nil, "\(answer)")
            #expect(korean.sentence.hasPrefix("여러분의 예측: "), "\(korean.sentence)")
            #expect(Self.englishWords(korean.sentence).isEmpty, "\(korean.sentence)")
            #expect(Self.englishWords(answer.words(prediction.metric, words: Self.korean)).isEmpty)
        }
        let right = PredictionAnswer.direction(.higher).verdict(Self.direction, figures: { Self.runs[$0] })
        #expect(
            right.sentence == "You predicted higher; test accuracy came out higher: 76.37% → 79.54%. You were right.")
        let no = PredictionAnswer.yes(false).verdict(Self.yesNo, figures: { Self.koreanRuns[$0] }, words: Self.korean)
        #expect(
            no.sentence
                == "여러분의 예측: 아니요(테스트 정확도: 높아지지 않는다). 결과: 테스트 정확도 76.37% → 79.54%, 높아졌습니다. 이번에는 빗나갔습니다."
        )
        // A run the question compares with was skipped: not judged, in either language.
        let skipped = PredictionAnswer.direction(.higher).verdict(
            Self.direction, figures: { $0 == "drop" ? Self.koreanRuns[$0] : nil }, words: Self.korean)
        #expect(skipped.right == nil && Self.englishWords(skipped.sentence).isEmpty, "\(skipped.sentence)")
    }

    /// An answer the question cannot take is refused in Korean, with a Korean hint.
    @Test func unparseableAnswersAreRefusedInKorean() {
        for (text, prediction) in [("많이", Self.number), ("150", Self.number), ("둘 다", Self.nearer)] {
            #expect {
                try PredictionAnswer.parse(text, for: prediction, words: Self.korean)
            } throws: { error in
                guard let error = error as? HintedError else { return false }
                return Self.englishWords(error.message).isEmpty && Self.englishWords(error.hint ?? "").isEmpty
            }
        }
        #expect {
            try PredictionAnswer.parse("lots", for: Self.number)
        } throws: { ($0 as? HintedError)?.message == "answer with a percentage (got `lots`)" }
    }

    /// `rank`, `submit` and the winner's curse in a Korean session: the figures of the English
    /// board, Korean words around them.
    @Test func theBoardsSpeakKorean() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try LeaderboardTests.challenge.write(toFile: directory + "/03.lesson", atomically: true, encoding: .utf8)
        let lines =
            LeaderboardTests.runs + ["rank", "submit 3", "submit", "rank", "submit 99", "submit 4", "submit x", "lang"]
        let (session, terminal, _) = makeSession(lines, width: 100)
        session.guide = LessonGuide(library: LessonLibrary.load(directory: directory), progressPath: nil)
        session.language = .korean
        _ = session.runLoop()
        let out = terminal.output.components(separatedBy: "overfit> rank\n").dropFirst().joined()
        #expect(out.contains("공개 순위표: 실행 3개를 검증 정확도 순으로 세웠습니다."), "\(out)")
        #expect(out.contains("승자의 저주를 재 보면 이렇습니다. 1번 실행이 실행 3개 가운데 선두였습니다."), "\(out)")
        #expect(out.contains("오류: 99번 실행은 없습니다"))
        #expect(out.contains("lang ko: 한국어 (Korean)\n`lang en`: English 화면으로 바꿉니다\n"))
        for line in out.split(separator: "\n") where !line.contains("overfit>") {
            #expect(Self.englishWords(String(line)).isEmpty, "\(line)")
        }
    }
}
