import OverfitTraining

enum HelpCommands {
    static let commands: [Command] = [
        Command(
            name: "help", aliases: ["?"], usage: "help [CMD]", summary: "list the commands, or tell more about one",
            help: "`help` alone lists every command with a line about it; `help set` shows how `set` is used.",
            complete: { _, arguments in arguments.isEmpty ? .words(CommandTable.all.map(\.name)) : .words([]) },
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                guard let name = arguments.first else {
                    session.write(CommandTable.overview(style: session.style))
                    return
                }
                guard arguments.count == 1 else {
                    throw HintedError("help takes one command name", hint: "e.g. help set")
                }
                session.write(CommandTable.detail(try CommandTable.command(named: name), style: session.style))
            }),
        Command(
            name: "quit", aliases: ["exit", "q"], usage: "quit",
            summary: "leave the tutor (Ctrl-D too); the session stays autosaved",
            help:
                "Every command is autosaved as you go, so nothing is lost: `overfit --resume` continues where you left off.",
            recorded: false, mayRunFromFile: false,
            handler: { session, _ throws(HintedError) in session.wantsQuit = true }),
    ]
}
