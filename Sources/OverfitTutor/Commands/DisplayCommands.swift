import OverfitTraining

/// verbose: how much a run's report shows.
enum DisplayCommands {
    static let commands: [Command] = [
        Command(
            name: "verbose", usage: "verbose [on|off]",
            complete: { _, arguments in arguments.isEmpty ? .words(["on", "off"]) : .words([]) },
            handler: { session, arguments throws(HintedError) in
                let style = session.style
                guard arguments.count <= 1 else {
                    throw HintedError(
                        style.say(.errorVerboseWord, ["got": Text.shown(arguments.joined(separator: " "))]),
                        hint: style.say(.hintVerboseWord))
                }
                guard let word = arguments.first?.lowercased() else {
                    session.write(style.say(session.display.verbose ? .verboseIsOn : .verboseIsOff) + "\n")
                    return
                }
                guard word == "on" || word == "off" else {
                    throw HintedError(
                        style.say(.errorVerboseWord, ["got": Text.shown(word)]), hint: style.say(.hintVerboseWord))
                }
                session.display.verbose = word == "on"
                session.write(style.say(session.display.verbose ? .verboseOn : .verboseOff) + "\n")
            })
    ]
}
