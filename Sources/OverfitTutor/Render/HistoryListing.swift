import OverfitData
import OverfitLessons

/// `overfit sessions`: the session history, newest first, numbered as `--resume N` takes them.
public enum HistoryListing {
    /// `writable`: whether sessions can be kept in `directory` (a read-only HOME cannot keep any).
    public static func render(
        _ summaries: [HistorySummary], directory given: String, style: RenderStyle, writable: Bool = true
    ) -> String {
        // The directory comes from the environment ($XDG_DATA_HOME, $HOME): shown through the sanitiser.
        let directory = Text.visible(given)
        guard !summaries.isEmpty else {
            let text =
                writable
                ? style.say(.sessionsNone, ["directory": directory, "keep": String(SessionHistory.keep)])
                : style.say(.sessionsNoneUnwritable, ["directory": directory])
            return Text.wrap(text, width: style.width) + "\n"
        }
        var columns = style.say(.sessionsColumns).components(separatedBy: ", ")
        if columns.count != 5 { columns = ["last used", "commands", "runs", "lesson", "file"] }
        var table = TextTable(header: ["#"] + columns, alignments: [.right, .left, .right, .right, .right, .left])
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
                        style.say(.sessionsOpen, ["number": number]), width: style.width, indent: "    ",
                        firstIndent: "  ") + "\n"
            }
            if let problem = summary.problem {
                notes +=
                    Text.wrap(
                        style.say(.sessionsUnreadable, ["number": number, "problem": Text.shown(problem, limit: 300)]),
                        width: style.width, indent: "    ", firstIndent: "  ") + "\n"
            }
        }
        return Text.wrap(style.say(.sessionsTitle, ["directory": directory]), width: style.width) + "\n"
            + table.render(style: style) + notes
            + Text.wrap(style.say(.sessionsFooter, ["directory": directory]), width: style.width) + "\n"
    }

    /// The welcome's line about the last session: how to get it back.
    public static func welcome(_ last: HistorySummary, style: RenderStyle) -> String {
        let words = FileWords(style.language)
        let counts = ["commands": words.commands(last.commands), "runs": words.runs(last.runs)]
        let contents =
            last.lesson.map { style.say(.sessionsContentsLesson, counts.merging(["lesson": String($0)]) { $1 }) }
            ?? style.say(.sessionsContents, counts)
        return Text.wrap(
            style.say(
                last.inUse ? .sessionsWelcomeOpen : .sessionsWelcome,
                ["contents": contents, "time": last.lastUsedText]),
            width: style.width) + "\n"
    }
}
