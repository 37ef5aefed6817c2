import OverfitTraining

enum HelpCommands {
    static let commands: [Command] = [
        Command(
            name: "help", aliases: ["?"], usage: "help [CMD]",
            complete: { _, arguments in arguments.isEmpty ? .words(CommandTable.all.map(\.name)) : .words([]) },
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                guard let name = arguments.first else {
                    session.write(CommandTable.overview(style: session.style))
                    return
                }
                let style = session.style
                guard arguments.count == 1 else {
                    throw HintedError(style.say(.errorHelpOne), hint: style.say(.hintHelpOne))
                }
                session.write(CommandTable.detail(try CommandTable.command(named: name, style: style), style: style))
            }),
        Command(
            name: "quit", aliases: ["exit", "q"], usage: "quit",
            recorded: false, mayRunFromFile: false,
            handler: { session, _ throws(HintedError) in session.wantsQuit = true }),
    ]
}
