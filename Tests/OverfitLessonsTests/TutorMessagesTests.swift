import Foundation
import Testing

@testable import OverfitLessons

/// `lessons/messages.txt` holds the tutor's own sentences and `lessons/ko/messages.txt` mirrors
/// it: a Korean file with a missing, extra or mis-placeholdered message is a problem naming its
/// file and line (so `check-lessons`, and CI, fail on it), and the English file must have every key.
@Suite struct TutorMessagesTests {
    static let lessons =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    static func shipped(_ path: String) throws -> String {
        try String(contentsOfFile: lessons + "/" + path, encoding: .utf8)
    }

    /// The fixture lesson and its mirror, with the shipped catalogues as changed by `english` and `korean`.
    static func problems(
        english: (String) -> String = { $0 }, korean: (String) -> String = { $0 }
    ) throws -> (english: [String], korean: [String]) {
        let library = try LessonMirrorTests.load([
            "03-brakes.lesson": LessonMirrorTests.english, "ko/03-brakes.lesson": LessonMirrorTests.korean,
            "messages.txt": english(try shipped("messages.txt")),
            "ko/messages.txt": korean(try shipped("ko/messages.txt")),
        ])
        return (library.problems.map(\.description), (library.translationProblems[.korean] ?? []).map(\.description))
    }

    /// The line (from 1) of the first line of `text` equal to `line`.
    static func line(of line: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == line } ?? -1) + 1
    }

    @Test func theShippedCataloguesLoadWholeInBothLanguages() throws {
        let found = try Self.problems()
        #expect(found.english.isEmpty && found.korean.isEmpty, "\(found)")
        let catalogues = TutorMessages.load(directory: Self.lessons)
        let english = try #require(catalogues[.english]), korean = try #require(catalogues[.korean])
        for key in TutorMessages.Key.allCases {
            #expect(!english.text(key).isEmpty && !korean.text(key).isEmpty, "\(key.rawValue) is empty")
        }
        #expect(
            english.text(.lessonGoal, ["goal": "see it"]) == "Goal: see it"
                && korean.text(.lessonGoal, ["goal": "보기"]) == "목표: 보기")
        // Lines of a paragraph join with a space; a blank line is a new line of output.
        #expect(english.text(.bannerNoAutosave, ["version": "9"]).split(separator: "\n").count == 3)
    }

    @Test func aMissingKoreanMessageIsAProblemOnItsLine() throws {
        let korean = try Self.shipped("ko/messages.txt")
            .replacingOccurrences(of: "== farewell\n안녕히 가세요.\n\n", with: "")
        let found = try Self.problems(korean: { _ in korean })
        let english = try Self.shipped("messages.txt")
        #expect(
            found.korean == [
                "lessons/ko/messages.txt:\(Self.line(of: "== farewell.kept", in: korean)): no `== farewell` section here (the English one is at lessons/messages.txt:\(Self.line(of: "== farewell", in: english))); found `== farewell.kept`"
            ])
        #expect(found.english.isEmpty)
    }

    @Test func anExtraKoreanMessageIsAProblemOnItsLine() throws {
        let korean = try Self.shipped("ko/messages.txt") + "\n== command.dance\n춤을 춥니다\n"
        let found = try Self.problems(korean: { _ in korean })
        #expect(
            found.korean == [
                "lessons/ko/messages.txt:\(Self.line(of: "== command.dance", in: korean)): `== command.dance` is not a section of the English file lessons/messages.txt"
            ])
    }

    @Test func aKoreanMessageWithoutItsPlaceholderIsAProblemOnItsLine() throws {
        let korean = try Self.shipped("ko/messages.txt")
        let found = try Self.problems(korean: {
            $0.replacingOccurrences(of: "== lesson.goal\n목표: {goal}\n", with: "== lesson.goal\n목표:\n")
        })
        #expect(
            found.korean.first?.hasPrefix(
                "lessons/ko/messages.txt:\(Self.line(of: "== lesson.goal", in: korean)): section `lesson.goal` lacks `{goal}`"
            ) == true, "\(found.korean)")
        let renamed = try Self.problems(korean: {
            $0.replacingOccurrences(of: "목표: {goal}", with: "목표: {gaol}")
        })
        #expect(
            renamed.korean == [
                "lessons/ko/messages.txt:\(Self.line(of: "== lesson.goal", in: korean)): section `lesson.goal` lacks `{goal}` and has `{gaol}`, which the English does not (the English section at lessons/messages.txt:\(Self.line(of: "== lesson.goal", in: try Self.shipped("messages.txt"))))"
            ])
    }

    @Test func theEnglishFileNeedsEveryMessageAndOnlyItsPlaceholders() throws {
        let english = try Self.shipped("messages.txt")
        let missing = try Self.problems(english: {
            $0.replacingOccurrences(of: "== lesson.recap\nWhat you saw:\n", with: "")
        })
        #expect(
            missing.english.contains {
                $0.hasPrefix("lessons/messages.txt:")
                    && $0.hasSuffix(
                        "no `== lesson.recap` section: every message needs one (\(TutorMessages.Key.allCases.count) in all)"
                    )
            }, "\(missing.english)")
        let stray = try Self.problems(english: {
            $0.replacingOccurrences(of: "Goal: {goal}", with: "Goal: {goal} {seed}")
        })
        #expect(
            stray.english == [
                "lessons/messages.txt:\(Self.line(of: "Goal: {goal}", in: english)): `{seed}` is not a placeholder of `lesson.goal` (it takes {goal})"
            ])
    }
}
