import Foundation
import Testing

@testable import OverfitLessons
@testable import OverfitTraining
@testable import OverfitTutor

/// The catalogue and the Swift declarations it words: every command and every knob has its
/// message, no message names a command or knob that does not exist, and a knob's English line
/// is its declared summary word for word (`show` reads the catalogue in every language).
@Suite struct CatalogueCoverageTests {
    static let english = TutorMessages.installed(.english)

    @Test func everyCommandHasItsWordsAndEveryCommandMessageACommand() {
        let names = Set(CommandTable.all.map(\.name))
        for command in CommandTable.all {
            #expect(command.key != nil, "no `== command.\(command.name)` in lessons/messages.txt")
            #expect(!command.summary(RenderStyle.plain).isEmpty)
        }
        for key in TutorMessages.Key.allCases where key.rawValue.hasPrefix("command.") {
            #expect(
                names.contains(String(key.rawValue.dropFirst("command.".count))), "\(key.rawValue) names no command")
        }
    }

    @Test func everyKnobsEnglishLineIsItsDeclaredSummary() {
        let names = Set(RunConfig.knobs.map(\.name))
        for knob in RunConfig.knobs {
            let key = TutorMessages.Key(rawValue: "knob.\(knob.name)")
            #expect(key != nil, "no `== knob.\(knob.name)` in lessons/messages.txt")
            if let key { #expect(Self.english.text(key) == knob.summary, "knob.\(knob.name) drifted from Knobs.swift") }
        }
        for key in TutorMessages.Key.allCases where key.rawValue.hasPrefix("knob.") {
            #expect(names.contains(String(key.rawValue.dropFirst("knob.".count))), "\(key.rawValue) names no knob")
        }
    }

    @Test func koreanScreensSpeakKorean() {
        let korean = RenderStyle(width: 80, language: .korean)
        #expect(CommandTable.overview(style: korean).hasPrefix("명령 목록"))
        #expect(CommandTable.overview(style: .plain).hasPrefix("Commands (`help CMD` tells more about one):\n"))
        let error = HintedError("x", hint: "y").render(style: korean)
        #expect(error == "오류: x\n  힌트: y\n")
        #expect(HintedError("x", hint: "y").render(style: .plain) == "error: x\n  hint: y\n")
    }

    @Test func koreanLessonProseWritesPercentagePointsAsPercentP() throws {
        let library = try LanguageSessionTests.library()
        let (korean, koreanTerminal) = try LanguageSessionTests.session(
            ["lesson 1", "run"], language: .korean, library: library)
        _ = korean.runLoop()
        // `격차는 {base.gap}` in the Korean lesson, `a gap of {base.gap}` in the English one.
        #expect(
            koreanTerminal.output.range(of: #"격차는 [0-9]+\.[0-9]{2}%p"#, options: .regularExpression) != nil,
            "\(koreanTerminal.output)")
        let (english, englishTerminal) = try LanguageSessionTests.session(
            ["lesson 1", "run"], language: .english, library: library)
        _ = english.runLoop()
        #expect(
            englishTerminal.output.range(of: #"a gap of [0-9]+\.[0-9]{2} points"#, options: .regularExpression) != nil,
            "\(englishTerminal.output)")
        #expect(!koreanTerminal.output.contains(" points"))
    }
}
