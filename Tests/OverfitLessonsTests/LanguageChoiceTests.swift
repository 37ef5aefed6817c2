import Testing

@testable import OverfitLessons

/// `--lang` beats `OVERFIT_LANG`, which beats the locale: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES`, `LANG`, as POSIX orders them. Each level is tested against the one below it
/// both ways round, so a swapped order fails.
@Suite struct LanguageChoiceTests {
    static func chosen(_ flag: String?, _ environment: [String: String]) throws -> Language {
        try Language.choose(flag: flag, environment: environment)
    }

    static func chosen(_ environment: [String: String]) throws -> Language {
        try chosen(nil, environment)
    }

    @Test func theFlagBeatsEverything() throws {
        let korean = ["OVERFIT_LANG": "ko", "LC_ALL": "ko_KR.UTF-8", "LC_MESSAGES": "ko", "LANG": "ko_KR"]
        #expect(try Self.chosen("en", korean) == .english)
        let english = ["OVERFIT_LANG": "en", "LC_ALL": "C", "LANG": "en_US.UTF-8"]
        #expect(try Self.chosen("ko", english) == .korean)
        #expect(try Self.chosen("KO", [:]) == .korean)
    }

    @Test func overfitLangBeatsTheLocale() throws {
        #expect(try Self.chosen(["OVERFIT_LANG": "en", "LC_ALL": "ko_KR.UTF-8"]) == .english)
        #expect(try Self.chosen(["OVERFIT_LANG": "ko", "LC_ALL": "en_US.UTF-8"]) == .korean)
        // Empty is unset.
        #expect(try Self.chosen(["OVERFIT_LANG": "", "LANG": "ko_KR.UTF-8"]) == .korean)
    }

    @Test func theLocaleVariablesInPOSIXOrder() throws {
        #expect(try Self.chosen(["LC_ALL": "ko_KR.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"]) == .korean)
        #expect(try Self.chosen(["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "ko_KR", "LANG": "ko_KR"]) == .english)
        #expect(try Self.chosen(["LC_MESSAGES": "ko_KR.eucKR", "LANG": "en_US"]) == .korean)
        #expect(try Self.chosen(["LC_MESSAGES": "en_GB", "LANG": "ko_KR"]) == .english)
        #expect(try Self.chosen(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ko"]) == .korean)
        #expect(try Self.chosen(["LANG": "en_US.UTF-8"]) == .english)
        #expect(try Self.chosen([:]) == .english)
    }

    @Test func whatALocaleNames() {
        for korean in ["ko", "ko_KR", "ko_KR.UTF-8", "ko_KR@dict", "KO_kr.utf8"] {
            #expect(Language.of(locale: korean) == .korean)
        }
        for english in ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "kok_IN", "k", "korean"] {
            #expect(Language.of(locale: english) == .english, "\(english)")
        }
    }

    @Test func anUnknownCodeIsAnErrorWithTheChoices() {
        #expect(throws: LanguageError.unknown("xx")) { try Self.chosen("xx", [:]) }
        #expect(
            LanguageError.unknown("xx").description
                == "unknown language `xx`: the languages are en, ko (en: English, ko: Korean)")
        #expect(throws: LanguageError.unknownInEnvironment("fr")) { try Self.chosen(["OVERFIT_LANG": "fr"]) }
        // Someone else's bytes are shown safely.
        #expect(!LanguageError.unknown("\u{1B}[2J").description.contains("\u{1B}"))
    }
}
