import OverfitLessons
import Testing

@testable import OverfitTutor

/// Whole screens in both languages at 80 and 110 columns, compared with reviewed goldens
/// (`ScreenGoldens`): a lesson's opening from the shipped lessons, and a run report on the fake
/// backend. A word that falls back to English, a header that stops lining up with its column
/// or a wrap that cuts a Hangul word shows up as a difference.
@Suite struct ScreenGoldenTests {
    static let library = LessonLibrary.load(directory: packageRoot + "/lessons")

    static func screen(_ lines: [String], language: Language, width: Int) throws -> String {
        let (session, terminal, _) = makeSession(lines, width: width)
        session.guide = LessonGuide(library: library, progressPath: nil)
        try session.choose(language: language)
        _ = session.runLoop()
        return terminal.output
    }

    @Test(arguments: [Language.english, .korean], [80, 110])
    func aLessonsOpening(language: Language, width: Int) throws {
        let shown = try Self.screen(["lesson 1", "where"], language: language, width: width)
        let name = "opening-\(language.rawValue)-\(width)"
        expectGolden(shown, ScreenGoldens.all[name] ?? "", name)
    }

    @Test(arguments: [Language.english, .korean], [80, 110])
    func aRunReport(language: Language, width: Int) throws {
        let shown = try Self.screen(
            ["set epochs 8", "run", "runs"], language: language, width: width)
        let name = "report-\(language.rawValue)-\(width)"
        expectGolden(shown, ScreenGoldens.all[name] ?? "", name)
    }
}
