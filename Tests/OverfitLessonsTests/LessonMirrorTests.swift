import Foundation
import Testing

@testable import OverfitLessons

/// A translation in `lessons/ko/` mirrors the English lessons file for file, block for block:
/// every kind of difference is an error on the Korean file's line naming the English one, a
/// translation with any problem is not offered, and no `lessons/ko/` means no Korean at all.
@Suite struct LessonMirrorTests {
    static let english = """
        lesson: 3
        title: Remove the brakes
        goal: See what regularisation was holding back.
        sources: the AlexNet blog
        start: epochs=12
        rules: train_size=300

        say:
          First the baseline.
        run: base
        say:
          It reached {base.test_acc} with a gap of {base.gap}.
        predict: bare.test_acc vs base
          Without the brakes, will test accuracy be higher, lower or the same?
        do: set dropout 0
          No dropout.
        hint: Type `set dropout 0`.
        run: bare against base
        claim: bare.gap > base.gap
          The gap grew {if bare.gap > base.gap: to {bare.gap} | else: only to {bare.gap}}.
        published: the AlexNet blog: test 77.10%
        recap:
          - Without brakes: {bare.test_acc}.
          - With them: {base.test_acc}.
        """

    static let korean = """
        lesson: 3
        title: 브레이크 풀기
        goal: 정규화가 무엇을 막고 있었는지 봅니다.
        sources: AlexNet 블로그
        start: epochs=12
        rules: train_size=300

        say:
          먼저 기준 실행입니다.
        run: base
        say:
          격차 {base.gap}, 테스트 정확도 {base.test_acc}에 이르렀습니다.
        predict: bare.test_acc vs base
          브레이크를 풀면 테스트 정확도는 높아질까요, 낮아질까요, 비슷할까요?
        do: set dropout 0
          드롭아웃을 끕니다.
        hint: `set dropout 0`을 입력해 보세요.
        run: bare against base
        claim: bare.gap > base.gap
          격차가 {if bare.gap > base.gap: {bare.gap}까지 커졌습니다 | else: {bare.gap}에 그쳤습니다}.
        published: AlexNet 블로그: 테스트 77.10%
        recap:
          - 브레이크 없이: {bare.test_acc}.
          - 브레이크와 함께: {base.test_acc}.
        """

    static let guide = """
        # comment
        == all-done
        Every lesson: `lesson {challenge.number}` ({challenge.title}).
        """

    static let koreanGuide = """
        == all-done
        모든 레슨을 마쳤습니다: `lesson {challenge.number}` ({challenge.title}).
        """

    /// A lessons directory with `files` (paths relative to it), loaded; removed afterwards.
    static func load(_ files: [String: String]) throws -> LessonLibrary {
        let directory = NSTemporaryDirectory() + "overfit-mirror-tests-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (path, text) in files {
            let full = directory + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return LessonLibrary.load(directory: directory, stepCommands: stepCommands)
    }

    /// The whole fixture with the Korean lesson changed by `change`.
    static func translated(_ change: (String) -> String = { $0 }, extra: [String: String] = [:]) throws
        -> LessonLibrary
    {
        try load(
            [
                "03-brakes.lesson": english, "guide.txt": guide, "ko/03-brakes.lesson": change(korean),
                "ko/guide.txt": koreanGuide,
            ].merging(extra) { $1 })
    }

    /// The one problem of the Korean translation, as printed.
    static func problem(_ change: @escaping (String) -> String) throws -> String {
        let library = try translated(change)
        #expect(library.problems.isEmpty, "\(library.problems)")
        #expect(library.texts(in: .korean) == nil)
        let problems = library.translationProblems[.korean] ?? []
        #expect(problems.count == 1, "\(problems)")
        return problems.first?.description ?? ""
    }

    static func replacing(_ old: String, _ new: String) -> (String) -> String {
        { text in
            #expect(text.contains(old), "the fixture has no \(old)")
            return text.replacingOccurrences(of: old, with: new)
        }
    }

    @Test func aFaithfulMirrorLoadsWithTheEnglishExperimentAndItsOwnWords() throws {
        let library = try Self.translated()
        #expect(library.problems.isEmpty && library.allTranslationProblems.isEmpty, "\(library.allTranslationProblems)")
        let korean = try #require(library.texts(in: .korean)?.lesson(number: 3))
        let english = try #require(library.lesson(number: 3))
        #expect(library.unavailable(.korean) == nil)
        #expect(korean.title == "브레이크 풀기")
        #expect(korean.file == english.file)
        #expect(korean.steps.map(\.line) == english.steps.map(\.line))
        #expect(korean.runNames == english.runNames && korean.references == english.references)
        #expect(korean.claims == english.claims && korean.claims.map(\.source) == ["bare.gap > base.gap"])
        guard case .say(let text) = korean.steps[2].kind else { Issue.record("not a say step"); return }
        #expect(text.hasPrefix("격차 {base.gap}"))
        #expect(korean.recap.first == "브레이크 없이: {bare.test_acc}.")
        #expect(
            library.texts(in: .korean)?.messages.text(.allDone, values: ["challenge.number": "11"])?.hasPrefix("모든")
                == true)
    }

    @Test func withoutTheDirectoryKoreanIsUnavailableAndNoProblem() throws {
        let library = try Self.load(["03-brakes.lesson": Self.english])
        #expect(library.problems.isEmpty && library.allTranslationProblems.isEmpty)
        #expect(library.texts(in: .korean) == nil)
        #expect(
            library.unavailable(.korean)
                == "there are no 한국어 (Korean) texts: lessons/ko/ does not exist in the lessons directory")
        #expect(library.unavailable(.english) == nil)
    }

    @Test func aClaimThatDiffersIsNamedWithBothLines() throws {
        let problem = try Self.problem(Self.replacing("claim: bare.gap > base.gap", "claim: bare.gap >= base.gap"))
        #expect(
            problem
                == "lessons/ko/03-brakes.lesson:19: claim `bare.gap >= base.gap` does not match the English step at lessons/03-brakes.lesson:19 (`bare.gap > base.gap`)"
        )
    }

    @Test func eachKeyLineIsCompared() throws {
        #expect(
            try Self.problem(Self.replacing("do: set dropout 0\n", "do: set dropout 0.1\n"))
                == "lessons/ko/03-brakes.lesson:15: command `set dropout 0.1` does not match the English step at lessons/03-brakes.lesson:15 (`set dropout 0`)"
        )
        #expect(
            try Self.problem(Self.replacing("predict: bare.test_acc vs base", "predict: bare.train_acc vs base"))
                == "lessons/ko/03-brakes.lesson:13: prediction `bare.train_acc vs base` does not match the English step at lessons/03-brakes.lesson:13 (`bare.test_acc vs base`)"
        )
        // `against` is part of the run's key; a different name is caught by the claim's parser first.
        #expect(
            try Self.problem(Self.replacing("run: bare against base", "run: bare"))
                == "lessons/ko/03-brakes.lesson:18: run `bare` does not match the English step at lessons/03-brakes.lesson:18 (`bare against base`)"
        )
    }

    @Test func theHeadersExperimentIsCopied() throws {
        #expect(
            try Self.problem(Self.replacing("start: epochs=12", "start: epochs=13"))
                == "lessons/ko/03-brakes.lesson:5: `start: epochs=13` does not match the English header at lessons/03-brakes.lesson:5 (`start: epochs=12`)"
        )
        #expect(
            try Self.problem(Self.replacing("rules: train_size=300\n", ""))
                == "lessons/ko/03-brakes.lesson:1: no `rules:` line; the English lesson has `rules: train_size=300` at lessons/03-brakes.lesson:6"
        )
        #expect(
            try Self.problem(Self.replacing("lesson: 3", "lesson: 4"))
                .hasPrefix("lessons/ko/03-brakes.lesson:1: `lesson: 4` does not match the English header"))
    }

    @Test func stepsKeepTheirOrderAndNumber() throws {
        // The `published:` step dropped: the recap's line names where the translation ended.
        let dropped = try Self.problem(Self.replacing("published: AlexNet 블로그: 테스트 77.10%\n", ""))
        #expect(
            dropped
                == "lessons/ko/03-brakes.lesson:19: the English step at lessons/03-brakes.lesson:21 (`published:`) has no counterpart: the translation ends 1 step early"
        )
        let added = try Self.problem(Self.replacing("recap:", "say:\n  더 있습니다.\nrecap:"))
        #expect(added.hasPrefix("lessons/ko/03-brakes.lesson:22: `say:` has no counterpart: the English lesson"))
        let swapped = try Self.problem(
            Self.replacing("say:\n  먼저 기준 실행입니다.\n", "published: 먼저 기준 실행입니다.\n"))
        #expect(
            swapped
                == "lessons/ko/03-brakes.lesson:8: `published:` stands where the English step at lessons/03-brakes.lesson:8 is `say:`: steps keep their order"
        )
    }

    @Test func placeholdersAndConditionsAreCompared() throws {
        #expect(
            try Self.problem(Self.replacing("격차 {base.gap}, ", ""))
                == "lessons/ko/03-brakes.lesson:11: the `say:` text lacks `{base.gap}` (the English step at lessons/03-brakes.lesson:11)"
        )
        #expect(
            try Self.problem(Self.replacing("에 이르렀습니다.", "에 이르렀습니다 ({base.train_acc})."))
                == "lessons/ko/03-brakes.lesson:11: the `say:` text has `{base.train_acc}`, which the English does not (the English step at lessons/03-brakes.lesson:11)"
        )
        let condition = try Self.problem(
            Self.replacing("{if bare.gap > base.gap:", "{if bare.gap >= base.gap:"))
        #expect(condition.contains("lacks `{if bare.gap > base.gap: …}`"))
        #expect(condition.contains("has `{if bare.gap >= base.gap: …}`"))
    }

    @Test func hintsAndRecapsMirrorToo() throws {
        #expect(
            try Self.problem(Self.replacing("hint: `set dropout 0`을 입력해 보세요.\n", ""))
                == "lessons/ko/03-brakes.lesson:15: the English step at lessons/03-brakes.lesson:15 has a `hint:`; this step has none"
        )
        #expect(
            try Self.problem(Self.replacing("\n  - 브레이크와 함께: {base.test_acc}.", ""))
                == "lessons/ko/03-brakes.lesson:22: `recap:` has 1 item; the English recap at lessons/03-brakes.lesson:22 has 2"
        )
        #expect(
            try Self.problem(Self.replacing("브레이크 없이: {bare.test_acc}", "브레이크 없이: {bare.gap}"))
                .hasPrefix("lessons/ko/03-brakes.lesson:22: recap item 1 lacks `{bare.test_acc}` and has `{bare.gap}`"))
    }

    @Test func aMissingOrExtraFileIsAProblem() throws {
        let missing = try Self.load([
            "03-brakes.lesson": Self.english, "ko/guide.txt": Self.koreanGuide, "guide.txt": Self.guide,
        ])
        #expect(
            missing.translationProblems[.korean]?.map(\.description)
                == ["lessons/ko/03-brakes.lesson:0: missing: lessons/03-brakes.lesson has no 한국어 (Korean) mirror"])
        #expect(missing.unavailable(.korean)?.hasPrefix("the 한국어 (Korean) texts are incomplete: lessons/ko/03") == true)
        let extra = try Self.translated(extra: [
            "ko/04-more.lesson": Self.korean.replacingOccurrences(of: "lesson: 3", with: "lesson: 4")
        ])
        #expect(
            extra.translationProblems[.korean]?.map(\.description)
                == [
                    "lessons/ko/04-more.lesson:0: there is no English lesson lessons/04-more.lesson: a translation has the same file name as its original"
                ])
        let noGuide = try Self.load([
            "03-brakes.lesson": Self.english, "guide.txt": Self.guide, "ko/03-brakes.lesson": Self.korean,
        ])
        #expect(
            noGuide.translationProblems[.korean]?.map(\.description)
                == ["lessons/ko/guide.txt:0: missing: lessons/guide.txt has no 한국어 (Korean) mirror"])
    }

    @Test func sectionedFilesMirrorSectionsAndPlaceholders() throws {
        func problems(_ koreanGuide: String, english: String = Self.guide) throws -> [String] {
            try Self.load([
                "03-brakes.lesson": Self.english, "ko/03-brakes.lesson": Self.korean, "guide.txt": english,
                "ko/guide.txt": koreanGuide,
            ]).translationProblems[.korean]?.map(\.description) ?? []
        }
        #expect(
            try problems("== all-done\n모든 레슨을 마쳤습니다: `lesson {challenge.number}`.\n")
                == [
                    "lessons/ko/guide.txt:1: section `all-done` lacks `{challenge.title}` (the English section at lessons/guide.txt:2)"
                ])
        let diagnosis =
            "== overfitting\nOverfitting: {train_acc} {test_acc} {gap}.\n\n== underfitting\nUnder: {train_acc}.\n"
        let swapped = "== underfitting\n과소적합: {train_acc}.\n\n== overfitting\n과적합: {train_acc} {test_acc} {gap}.\n"
        let library = try Self.load([
            "03-brakes.lesson": Self.english, "ko/03-brakes.lesson": Self.korean, "diagnosis.txt": diagnosis,
            "ko/diagnosis.txt": swapped,
        ])
        #expect(
            library.translationProblems[.korean]?.map(\.description)
                == [
                    "lessons/ko/diagnosis.txt:1: `== underfitting` stands where the English file has `== overfitting` (lessons/diagnosis.txt:1): sections keep their order"
                ])
        let knobs = "== dropout\nDropout.\n"
        let extraSection = try Self.load([
            "03-brakes.lesson": Self.english, "ko/03-brakes.lesson": Self.korean, "knobs.txt": knobs,
            "ko/knobs.txt": "== dropout\n드롭아웃.\n\n== lr\n학습률.\n",
        ])
        #expect(
            extraSection.translationProblems[.korean]?.map(\.description)
                == ["lessons/ko/knobs.txt:4: `== lr` is not a section of the English file lessons/knobs.txt"])
    }
}
