import OverfitLessons

/// `overfit --help` in a language other than English: the same screen as the argument parser's
/// English one (overview, usage, options, subcommands), its words from `lessons/ko/messages.txt`
/// (`cli.*`), wrapped by display width. English keeps the parser's own screen.
public enum CommandLineHelp {
    /// The subcommands in the order the parser lists them, with their catalogue keys.
    static let subcommands: [(name: String, key: TutorMessages.Key)] = [
        ("tutor", .cliTutor), ("sessions", .cliSessions), ("run", .cliRun), ("bench", .cliBench),
        ("check-lessons", .cliCheckLessons),
    ]

    public static func render(style: RenderStyle) -> String {
        let column = 26
        let hanging = String(repeating: " ", count: column)
        func item(_ left: String, _ text: String) -> String {
            Text.wrap(text, width: style.width, indent: hanging, firstIndent: "  " + Text.padRight(left, column - 2))
                + "\n"
        }
        var out = Text.wrap(style.say(.cliOverview), width: style.width) + "\n\n"
        out += style.say(.cliUsage) + "\n\n"
        out += style.say(.cliOptionsLabel) + "\n"
        out += item("--version", style.say(.cliVersion))
        out += item("-h, --help", style.say(.cliHelp)) + "\n"
        out += style.say(.cliSubcommandsLabel) + "\n"
        for (index, subcommand) in subcommands.enumerated() {
            let name = index == 0 ? subcommand.name + " " + style.say(.cliDefault) : subcommand.name
            out += item(name, style.say(subcommand.key))
        }
        return out + "\n" + Text.wrap(style.say(.cliSeeHelp), width: style.width, indent: "  ", firstIndent: "  ")
            + "\n"
    }
}
