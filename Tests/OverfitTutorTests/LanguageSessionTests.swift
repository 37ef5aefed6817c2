import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The tutor in Korean: `lang` switches the words and nothing else, the session file records
/// the language, a session saved in one language replays in the other with the same figures,
/// Korean answers are graded as English ones, and a lesson walked in Korean prints only true
/// figures.
@Suite struct LanguageSessionTests {
    static let koreanLesson = """
        lesson: 1
        title: 검사받는 레슨
        goal: 모든 숫자가 참입니다.
        sources: 실습 슬라이드
        start: epochs=12

        say:
          먼저 기준 실행입니다.
        run: base
        say:
          테스트 정확도는 {base.test_acc}(최고 {base.best_test_acc}), 격차는 {base.gap}, 테스트 손실은 {base.test_loss}입니다.
        predict: drop.test_acc vs base
          드롭아웃 0.5를 쓰면 테스트 정확도는 높아질까요, 낮아질까요, 비슷할까요?
        do: set dropout 0.5
        run: drop
        claim: drop.test_acc > base.test_acc
          드롭아웃이 {drop.test_acc - base.test_acc}를 더했습니다: {base.test_acc}에서 {drop.test_acc}로.
        recap:
          - 드롭아웃: {drop.test_acc}, 없을 때: {base.test_acc}.
        """

    /// The audited lesson (`NarrationAuditTests`) with its Korean mirror and the shipped
    /// diagnosis in both directories (a copy is a faithful mirror), loaded.
    static func library() throws -> LessonLibrary {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try FileManager.default.createDirectory(atPath: directory + "/ko", withIntermediateDirectories: true)
        try NarrationAuditTests.lesson.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        try koreanLesson.write(toFile: directory + "/ko/01.lesson", atomically: true, encoding: .utf8)
        for target in ["/diagnosis.txt", "/ko/diagnosis.txt"] {
            try FileManager.default.copyItem(atPath: packageRoot + "/lessons/diagnosis.txt", toPath: directory + target)
        }
        let library = LessonLibrary.load(directory: directory)
        #expect(library.problems.isEmpty && library.allTranslationProblems.isEmpty, "\(library.allTranslationProblems)")
        return library
    }

    static func session(_ lines: [String], language: Language, library: LessonLibrary) throws -> (
        Session, TranscriptTerminal
    ) {
        let (session, terminal, _) = makeSession(lines, width: 110)
        session.guide = LessonGuide(library: library, progressPath: nil)
        try session.choose(language: language)
        return (session, terminal)
    }

    @Test func aKoreanSessionReplaysInEnglishWithTheSameFigures() throws {
        let library = try Self.library()
        let lines = ["lesson 1", "run", "높다", "set dropout 0.5", "run"]
        let (korean, koreanTerminal) = try Self.session(lines, language: .korean, library: library)
        _ = korean.runLoop()
        #expect(koreanTerminal.output.contains("먼저 기준 실행입니다."))
        #expect(koreanTerminal.output.contains("`높다`, `낮다`, `비슷하다`"))
        // Graded as `higher` would be.
        #expect(koreanTerminal.output.contains("여러분의 예측: 높아진다."))
        #expect(korean.failures == 0, "\(koreanTerminal.output)")
        let text = korean.file.render()
        #expect(text.contains("\nlanguage ko\n"))
        let file = try SessionFile.parse(text, file: "ko.ovf")
        #expect(file.language == .korean && file.runCount == 2)

        let (english, englishTerminal) = try Self.session([], language: .english, library: library)
        let check = english.replay(file)
        #expect(check.passed && check.identical == 2, "\(englishTerminal.output)")
        #expect(englishTerminal.output.hasSuffix("replay check: 2 runs identical to the recorded figures\n"))
        #expect(englishTerminal.output.contains("First the baseline."))
        #expect(!englishTerminal.output.contains("먼저 기준"))
        #expect(english.file.language == .english)
    }

    @Test func anEnglishSessionReplaysInKoreanWithTheSameFigures() throws {
        let library = try Self.library()
        let (english, _) = try Self.session(
            ["lesson 1", "run", "higher", "set dropout 0.5", "run"], language: .english, library: library)
        _ = english.runLoop()
        let text = english.file.render()
        #expect(!text.contains("language"))
        let file = try SessionFile.parse(text, file: "en.ovf")
        #expect(file.language == .english)
        let (korean, terminal) = try Self.session([], language: .korean, library: library)
        let check = korean.replay(file)
        #expect(check.passed && check.identical == 2, "\(terminal.output)")
        #expect(terminal.output.contains("먼저 기준 실행입니다."))
    }

    @Test func theLanguageLineIsReadAndAHostileOneChangesNothing() throws {
        var file = SessionFile()
        file.entries = [.command("set dropout 0.2")]
        file.language = .korean
        let text = file.render()
        #expect(try SessionFile.parse(text, file: "s.ovf") == file)
        // Files written before the line are English.
        let old = text.replacingOccurrences(of: "language ko\n", with: "")
        #expect(try SessionFile.parse(old, file: "s.ovf").language == .english)
        let lineNumber =
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "language ko" }
            .map { $0 + 1 } ?? 0
        for (hostile, message) in [
            ("language xx", "unknown language `xx` (the languages are en, ko)"),
            ("language ko\nlanguage en", "a second `language` line"),
            ("language \u{1B}[2J", "unknown language `\\x1B[2J` (the languages are en, ko)"),
        ] {
            let bad = text.replacingOccurrences(of: "language ko", with: hostile)
            let badLine = hostile.hasPrefix("language ko\n") ? lineNumber + 1 : lineNumber
            #expect(throws: HintedError.self) { try SessionFile.parse(bad, file: "s.ovf") }
            do {
                _ = try SessionFile.parse(bad, file: "s.ovf")
            } catch {
                #expect(error.message == "session file s.ovf, line \(badLine): \(message)", "\(error.message)")
            }
        }
        let late = text.replacingOccurrences(of: "language ko\n", with: "").replacingOccurrences(
            of: "end 1", with: "language ko\nend 1")
        #expect(throws: HintedError.self) { try SessionFile.parse(late, file: "s.ovf") }
        // A refused file leaves the session as it was.
        let (session, terminal, _) = makeSession()
        let path = temporaryDirectory() + "/bad.ovf"
        defer { removeTemporary((path as NSString).deletingLastPathComponent) }
        try text.replacingOccurrences(of: "language ko", with: "language xx").write(
            toFile: path, atomically: true, encoding: .utf8)
        session.execute("set epochs 3")
        session.execute("replay \(path)")
        #expect(terminal.output.contains("line \(lineNumber): unknown language `xx`"))
        #expect(session.state.config.epochs == 3 && session.language == .english)
    }

    @Test func langSwitchesSaysAndCompletes() throws {
        let library = try Self.library()
        let (session, terminal) = try Self.session(
            ["lang", "lang xx", "lang ko", "lang", "lang xx", "lang en"], language: .english, library: library)
        _ = session.runLoop()
        #expect(terminal.output.contains("lang en: English\n`lang ko` switches to 한국어 (Korean)\n"))
        #expect(terminal.output.contains("lang ko: 한국어 (Korean)\n"))
        #expect(terminal.output.contains("unknown language `xx`: the languages are en, ko"))
        // In Korean once switched: the status and the error alike.
        #expect(terminal.output.contains("`lang en`: English 화면으로 바꿉니다\n"))
        #expect(terminal.output.contains("오류: 모르는 언어입니다: `xx`. 언어는 en, ko입니다"))
        #expect(session.language == .english)
        #expect(session.completions(before: "lang ", word: "") == .words(["en", "ko"]))
        #expect(session.completions(before: "", word: "lan") == .words(["lang"]))
        // Not part of the record: a replay in another language must not switch back.
        #expect(!session.file.commands.contains { $0.hasPrefix("lang") })
    }

    @Test func withoutKoreanTextsLangKoSaysWhy() {
        let (session, terminal, _) = makeSession(["lang ko", "lang"])
        _ = session.runLoop()
        #expect(
            terminal.output.contains(
                "no lessons directory was found, so there are no 한국어 (Korean) texts (they live in lessons/ko/)"))
        #expect(session.language == .english)
    }

    @Test func switchingMidLessonTakesEffectAtTheNextText() throws {
        let library = try Self.library()
        let (session, terminal) = try Self.session(
            ["lesson 1", "lang ko", "run", "높다", "set dropout 0.5", "lang en", "run"], language: .english,
            library: library)
        _ = session.runLoop()
        let output = terminal.output
        #expect(output.contains("First the baseline."))
        // Asked after the switch: the Korean question, answered in Korean.
        #expect(output.contains("드롭아웃 0.5를 쓰면"))
        #expect(output.contains("Dropout added"))
        #expect(session.failures == 0, "\(output)")
    }

    @Test func explainSpeaksTheSessionsLanguage() throws {
        let library = try Self.library()
        let terminal = TranscriptTerminal(
            lines: ["explain dropout", "lang ko", "explain dropout"], width: 80, interactive: false, echo: true)
        var options = Session.Options(explanations: KnobExplanations(texts: ["dropout": "Units switched off."]))
        options.translatedExplanations[.korean] = KnobExplanations(texts: ["dropout": "유닛을 끕니다."])
        let session = Session(terminal: terminal, backend: FakeBackend(), options: options)
        session.guide = LessonGuide(library: library, progressPath: nil)
        _ = session.runLoop()
        let parts = terminal.output.components(separatedBy: "> lang ko\n")
        #expect(parts.count == 2)
        #expect(parts[0].contains("Units switched off.") && !parts[0].contains("유닛을 끕니다."))
        #expect(parts[1].contains("유닛을 끕니다.") && !parts[1].contains("Units switched off."))
    }

    @Test func aLessonWalkedInKoreanPrintsOnlyTrueFigures() throws {
        let library = try Self.library()
        let korean = LessonWalk.walk(
            try #require(library.lesson(number: 1)), library: library, backend: FakeBackend(), language: .korean)
        let english = LessonWalk.walk(try #require(library.lesson(number: 1)), library: library, backend: FakeBackend())
        let (_, runs) = try NarrationAuditTests.walked()
        let audit = NarrationAudit(korean, runs: runs)
        #expect(audit.findings == [], "\(audit.findings)")
        let text = korean.map(\.output).joined()
        #expect(text.contains("테스트 정확도는") && text.contains("드롭아웃:"))
        #expect(korean.map(\.typed).contains("높다"))
        // The same figures as the English walk (the diagnosis is shared; the lesson's are mirrored).
        #expect(audit.figures == NarrationAudit(english, runs: runs).figures && audit.figures >= 20)
        // A language the library lacks is a failed walk, which the audit reports.
        let bare = LessonLibrary(lessons: library.lessons)
        let failed = NarrationAudit(
            LessonWalk.walk(
                try #require(bare.lesson(number: 1)), library: bare, backend: FakeBackend(), language: .korean),
            runs: runs)
        #expect(failed.findings.count == 1 && failed.findings.first?.problem.hasPrefix("the step failed") == true)
    }
}

/// Korean answers are graded exactly as their English words: the same answer value for every
/// kind of question, and the question's prompt names the Korean words when Korean is spoken.
@Suite struct KoreanAnswerTests {
    static let direction = Prediction(run: "drop", metric: .testAccuracy, baseline: "base")
    static let yesNo = Prediction(run: "drop", metric: .testAccuracy, baseline: "base", yesMeans: .higher)
    static let number = Prediction(run: "drop", metric: .testAccuracy, baseline: nil)

    @Test func directionWordsMeanWhatTheEnglishOnesMean() throws {
        let pairs: [(String, String)] = [
            ("높다", "higher"), ("높아요", "higher"), ("높아진다", "higher"), ("올라간다", "higher"), ("오른다", "higher"),
            ("낮다", "lower"), ("낮아진다", "lower"), ("떨어진다", "lower"), ("내려간다", "lower"),
            ("비슷하다", "same"), ("같다", "same"), ("그대로", "same"), ("높다.", "higher"),
        ]
        for (korean, english) in pairs {
            let answer = try PredictionAnswer.parse(korean, for: Self.direction)
            #expect(answer == (try PredictionAnswer.parse(english, for: Self.direction)), "\(korean)")
            // On a yes/no question a direction is yes when it is the outcome named.
            #expect(
                try PredictionAnswer.parse(korean, for: Self.yesNo) == PredictionAnswer.parse(english, for: Self.yesNo))
        }
        #expect(try PredictionAnswer.parse("낮다", for: Self.direction) == .direction(.lower))
    }

    @Test func yesAndNo() throws {
        for yes in ["예", "네"] { #expect(try PredictionAnswer.parse(yes, for: Self.yesNo) == .yes(true)) }
        for no in ["아니오", "아니요"] { #expect(try PredictionAnswer.parse(no, for: Self.yesNo) == .yes(false)) }
        // Not a yes/no question: refused, as `yes` is.
        #expect(throws: HintedError.self) { try PredictionAnswer.parse("네", for: Self.direction) }
        #expect(try PredictionAnswer.parse("80%", for: Self.number) == .number(0.8))
    }

    @Test func thePromptNamesTheKoreanWords() {
        let style = RenderStyle(width: 80, unicode: false, color: false)
        let korean = LessonNarration.askPrediction(Self.direction, question: "어떨까요?", style: style, language: .korean)
        #expect(korean.contains("`높다`, `낮다`, `비슷하다` 가운데 하나로"))
        let english = LessonNarration.askPrediction(Self.direction, question: "Well?", style: style)
        #expect(english.contains("Answer higher, lower or same."))
        #expect(
            LessonNarration.askPrediction(Self.yesNo, question: "?", style: style, language: .korean).contains(
                "`예`나 `아니요`로"))
    }
}
