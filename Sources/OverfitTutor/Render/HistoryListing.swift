import OverfitData

/// `overfit sessions`: the session history, newest first, numbered as `--resume N` takes them.
public enum HistoryListing {
    /// `writable`: whether sessions can be kept in `directory` (a read-only HOME cannot keep any).
    public static func render(
        _ summaries: [HistorySummary], directory given: String, style: RenderStyle, writable: Bool = true
    ) -> String {
        // The directory comes from the environment ($XDG_DATA_HOME, $HOME): shown through the sanitiser.
        let directory = Text.visible(given)
        guard !summaries.isEmpty else {
            let none =
                writable
                ? style.say(.historyNoneWritable, ["directory": directory, "keep": String(SessionHistory.keep)])
                : style.say(.historyNoneReadOnly, ["directory": directory])
            return Text.wrap(none, width: style.width) + "\n"
        }
        var table = TextTable(
            header: [
                "#", style.say(.historyColumnLastUsed), style.say(.historyColumnCommands),
                style.say(.historyColumnRuns), style.say(.historyColumnLesson), style.say(.historyColumnFile),
            ],
            alignments: [.right, .left, .right, .right, .right, .left])
        table.indent = "  "
        // What stops a session being resumed is said under the table, where it is not cut.
        var notes = ""
        for summary in summaries {
            table.add([
                String(summary.number), summary.lastUsedText, Text.grouped(summary.commands),
                Text.grouped(summary.runs),
                summary.lesson.map(String.init) ?? "-", summary.entry.name + ".ovf",
            ])
            let number = String(summary.number)
            if summary.inUse {
                notes +=
                    Text.wrap(
                        style.say(.historyInUse, ["number": number]), width: style.width, indent: "    ",
                        firstIndent: "  ") + "\n"
            }
            if let problem = summary.problem {
                notes +=
                    Text.wrap(
                        style.say(.historyUnreadable, ["number": number, "problem": Text.shown(problem, limit: 300)]),
                        width: style.width, indent: "    ", firstIndent: "  ") + "\n"
            }
        }
        return Text.wrap(style.say(.historyTitle, ["directory": directory]), width: style.width) + "\n"
            + table.render(style: style) + notes
            + Text.wrap(style.say(.historyHow, ["directory": directory]), width: style.width) + "\n"
    }

    /// The welcome's line about the last session: how to get it back.
    public static func welcome(_ last: HistorySummary, style: RenderStyle) -> String {
        let values = ["contents": contents(last, style: style), "time": last.lastUsedText]
        return Text.wrap(style.say(last.inUse ? .historyWelcomeInUse : .historyWelcome, values), width: style.width)
            + "\n"
    }

    /// `12 commands, 3 runs, lesson 4` (`HistorySummary.contentsText`, in the style's language).
    static func contents(_ summary: HistorySummary, style: RenderStyle) -> String {
        var parts = [
            style.say(
                summary.commands == 1 ? .historyCommandsOne : .historyCommands,
                ["count": Text.grouped(summary.commands)]),
            style.say(summary.runs == 1 ? .historyRunsOne : .historyRuns, ["count": Text.grouped(summary.runs)]),
        ]
        if let lesson = summary.lesson { parts.append(style.say(.historyLesson, ["number": String(lesson)])) }
        return parts.joined(separator: ", ")
    }
}
