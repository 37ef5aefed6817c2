import OverfitData

/// The language the tutor speaks: its lesson texts, guide, diagnosis, `explain` and `sources`
/// come from `lessons/` (English) or `lessons/ko/` (Korean). Only words change with it: every
/// run, claim and prediction is declared once, in the English lesson.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case korean = "ko"

    /// The language's name in itself, for `lang` and the messages that name it.
    public var name: String {
        switch self {
        case .english: return "English"
        case .korean: return "한국어 (Korean)"
        }
    }

    /// Where its texts live below the lessons directory ("" for the English originals).
    public var subdirectory: String {
        switch self {
        case .english: return ""
        case .korean: return "ko"
        }
    }

    /// How files of this language are named in messages: `lessons/` or `lessons/ko/`.
    public var shownPrefix: String { subdirectory.isEmpty ? "lessons/" : "lessons/\(subdirectory)/" }

    /// The codes `--lang` and `lang` accept, for messages.
    public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// `en`/`ko` in any case; anything else is an error listing the choices.
    public static func parse(_ code: String) throws(LanguageError) -> Language {
        guard let language = Language(rawValue: code.lowercased()) else { throw LanguageError.unknown(code) }
        return language
    }

    /// The language a POSIX locale value names: `ko`, `ko_KR`, `ko_KR.UTF-8`, `ko_KR@euro` are
    /// Korean; anything else (`C`, `en_US.UTF-8`, `POSIX`) is English.
    public static func of(locale: String) -> Language {
        let code = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" }.lowercased()
        return code == Language.korean.rawValue ? .korean : .english
    }

    /// The language chosen by the command line and the environment, in that precedence: the
    /// `--lang` flag, `OVERFIT_LANG`, then the locale (the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, as POSIX orders them). An unknown code in the flag or in
    /// `OVERFIT_LANG` is an error with the choices; a locale that is not Korean means English.
    public static func choose(flag: String?, environment: [String: String]) throws(LanguageError) -> Language {
        if let flag { return try parse(flag) }
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            do { return try parse(explicit) } catch { throw LanguageError.unknownInEnvironment(explicit) }
        }
        for variable in localeVariables {
            if let value = environment[variable], !value.isEmpty { return of(locale: value) }
        }
        return .english
    }

    public static let environmentVariable = "OVERFIT_LANG"
    /// The locale variables that choose the messages' language, most specific first.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]
}

/// A language code that is not one of the tutor's, or a language whose texts are not there.
public enum LanguageError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(String)
    case unknownInEnvironment(String)

    public var description: String {
        switch self {
        case .unknown(let code):
            return
                "unknown language `\(Self.shown(code))`: the languages are \(Language.codes) (en: English, ko: Korean)"
        case .unknownInEnvironment(let code):
            return
                "\(Language.environmentVariable)=\(Self.shown(code)) is not a language: the languages are \(Language.codes) (en: English, ko: Korean)"
        }
    }

    /// A code from the command line or the environment (someone else's text): at most 20
    /// characters, through the sanitiser.
    private static func shown(_ code: String) -> String {
        VisibleText.escaped(code.count > 20 ? String(code.prefix(20)) + "…" : code)
    }
}
