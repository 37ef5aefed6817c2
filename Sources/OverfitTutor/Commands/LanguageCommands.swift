import OverfitLessons
import OverfitTraining

/// lang: which language the tutor's texts are shown in.
enum LanguageCommands {
    static let commands: [Command] = [
        Command(
            name: "lang", aliases: ["language"], usage: "lang [en|ko]",
            // Words, not the record: a session replays its runs in whichever language is chosen.
            recorded: false,
            complete: { _, arguments in arguments.isEmpty ? .words(Language.allCases.map(\.rawValue)) : .words([]) },
            handler: { session, arguments throws(HintedError) in
                guard arguments.count <= 1 else {
                    throw HintedError(
                        "lang takes one of \(Language.codes) (got `\(Text.shown(arguments.joined(separator: " ")))`)",
                        hint: "e.g. lang ko")
                }
                guard let code = arguments.first else {
                    session.write(status(session))
                    return
                }
                let language: Language
                do throws(LanguageError) { language = try Language.parse(code) } catch {
                    throw HintedError(error.description, hint: "e.g. lang ko")
                }
                try session.choose(language: language)
                session.write(
                    language == .korean
                        ? "이제 한국어로 보여 드립니다 (lang ko). `lang en`: English.\n"
                        : "Now in English (lang en). `lang ko`: 한국어.\n")
            })
    ]

    /// `lang` alone: the language in use, and whether the other one can be chosen.
    static func status(_ session: Session) -> String {
        var out = "lang \(session.language.rawValue): \(session.language.name)\n"
        for other in Language.allCases where other != session.language {
            if let reason = session.unavailableReason(other) {
                out += "\(other.rawValue) is not available: \(reason)\n"
            } else {
                out += "`lang \(other.rawValue)` switches to \(other.name)\n"
            }
        }
        return out
    }
}
