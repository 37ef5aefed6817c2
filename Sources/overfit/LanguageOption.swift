import ArgumentParser
import OverfitLessons

/// `--lang en|ko`, shared by the commands that print the lessons' words (the tutor, `run`'s
/// diagnosis, `check-lessons`' narration).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of the texts: en or ko. Default: $OVERFIT_LANG, else ko when the first set of LC_ALL, LC_MESSAGES, LANG is Korean (ko_KR…), else en.",
            valueName: "en|ko"),
        completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    func validate() throws {
        guard let lang else { return }
        do { _ = try Language.parse(lang) } catch { throw ValidationError(error.description) }
    }

    /// The flag, else the environment (`Language.choose`); a bad `OVERFIT_LANG` is a usage error.
    func chosen(environment: [String: String]) throws -> Language {
        do { return try Language.choose(flag: lang, environment: environment) } catch {
            throw ValidationError(error.description)
        }
    }
}
