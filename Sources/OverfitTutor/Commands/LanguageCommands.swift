import OverfitData
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
                let words = session.style.words
                guard arguments.count <= 1 else {
                    throw HintedError(
                        words.text(
                            .errorLangOne,
                            ["codes": Language.codes, "typed": Text.shown(arguments.joined(separator: " "))]),
                        hint: words.text(.hintLangExample))
                }
                guard let code = arguments.first else {
                    session.write(status(session))
                    return
                }
                guard let language = Language(rawValue: code.lowercased()) else {
                    // As `LanguageError.unknown` words it: a code of someone else's, cut and sanitised.
                    let shown = VisibleText.escaped(code.count > 20 ? String(code.prefix(20)) + "…" : code)
                    throw HintedError(
                        words.text(.errorLangUnknown, ["typed": shown, "codes": Language.codes]),
                        hint: words.text(.hintLangExample))
                }
                try session.choose(language: language)
                // In the language just chosen.
                session.write(session.style.say(.langNow) + "\n")
            })
    ]

    /// `lang` alone: the language in use, and whether the other one can be chosen.
    static func status(_ session: Session) -> String {
        let style = session.style
        var out = style.say(.langStatus, ["code": session.language.rawValue, "name": session.language.name]) + "\n"
        for other in Language.allCases where other != session.language {
            if let reason = session.unavailableReason(other) {
                out += style.say(.langUnavailable, ["code": other.rawValue, "reason": reason]) + "\n"
            } else {
                out += style.say(.langSwitches, ["code": other.rawValue, "name": other.name]) + "\n"
            }
        }
        return out
    }
}
