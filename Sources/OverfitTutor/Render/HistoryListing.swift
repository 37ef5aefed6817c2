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
            let promise =
                writable
                ? "every session you start is kept there (the last \(SessionHistory.keep))."
                : "it is not writable, so no session can be kept there; set XDG_DATA_HOME to a directory you can write."
            return Text.wrap("No sessions kept yet in \(directory): \(promise)", width: style.width) + "\n"
        }
        var table = TextTable(
            header: ["#", "last used", "commands", "runs", "lesson", "file"],
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
            if summary.inUse {
                notes +=
                    Text.wrap(
                        "session \(summary.number) is open in another overfit", width: style.width, indent: "    ",
                        firstIndent: "  ") + "\n"
            }
            if let problem = summary.problem {
                notes +=
                    Text.wrap(
                        "session \(summary.number) cannot be read: \(Text.shown(problem, limit: 300))",
                        width: style.width, indent: "    ", firstIndent: "  ") + "\n"
            }
        }
        return Text.wrap("Sessions kept in \(directory), newest first:", width: style.width) + "\n"
            + table.render(style: style) + notes
            + Text.wrap(
                "`overfit --resume` continues session 1, `overfit --resume N` another; `overfit --replay \(directory)/FILE` replays one and checks its figures.",
                width: style.width) + "\n"
    }

    /// The welcome's line about the last session: how to get it back.
    public static func welcome(_ last: HistorySummary, style: RenderStyle) -> String {
        let how = last.inUse ? "is open in another overfit" : "is kept: `overfit --resume` continues it"
        return Text.wrap(
            "Your last session (\(last.contentsText), last used \(last.lastUsedText)) \(how); `overfit sessions` lists them all.",
            width: style.width) + "\n"
    }
}
