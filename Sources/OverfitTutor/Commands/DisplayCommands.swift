import OverfitTraining

/// verbose: how much a run's report shows.
enum DisplayCommands {
    static let commands: [Command] = [
        Command(
            name: "verbose", usage: "verbose [on|off]",
            complete: { _, arguments in arguments.isEmpty ? .words(["on", "off"]) : .words([]) },
            handler: { session, arguments throws(HintedError) in
                guard arguments.count <= 1 else {
                    throw HintedError(
                        "verbose takes on or off (got `\(Text.shown(arguments.joined(separator: " ")))`)",
                        hint: "e.g. verbose on")
                }
                guard let word = arguments.first?.lowercased() else {
                    session.write(
                        "verbose is \(session.display.verbose ? "on: reports show every epoch" : "off: reports fit one screen")\n"
                    )
                    return
                }
                guard word == "on" || word == "off" else {
                    throw HintedError("verbose takes on or off (got `\(Text.shown(word))`)", hint: "e.g. verbose on")
                }
                session.display.verbose = word == "on"
                session.write(
                    session.display.verbose
                        ? "verbose on: run reports show every epoch and the whole curves\n"
                        : "verbose off: run reports fit one screen (24 lines)\n")
            })
    ]
}
