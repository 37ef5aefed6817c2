/// `overfit sessions`: the session history, newest first, numbered as `--resume N` takes them.
public enum HistoryListing {
    public static func render(_ summaries: [HistorySummary], directory: String, style: RenderStyle) -> String {
        guard !summaries.isEmpty else {
            return Text.wrap("No sessions kept yet in \(directory): every session you start is kept there (the last \(SessionHistory.keep)).", width: style.width) + "\n"
        }
        var table = TextTable(header: ["#", "last used", "commands", "runs", "lesson", "file"],
                              alignments: [.right, .left, .right, .right, .right, .left])
        table.indent = "  "
        for summary in summaries {
            var file = summary.entry.name + ".ovf"
            if summary.inUse { file += " (open in another overfit)" }
            if let problem = summary.problem { file += " (cannot be read: \(Text.shown(problem, limit: 200)))" }
            table.add([String(summary.number), summary.lastUsedText, Text.grouped(summary.commands), Text.grouped(summary.runs),
                       summary.lesson.map(String.init) ?? "-", file])
        }
        return Text.wrap("Sessions kept in \(directory), newest first:", width: style.width) + "\n"
            + table.render(style: style)
            + Text.wrap("`overfit --resume` continues session 1, `overfit --resume N` another; `overfit --replay \(directory)/FILE` replays one and checks its figures.", width: style.width) + "\n"
    }

    /// The welcome's line about the last session: how to get it back.
    public static func welcome(_ last: HistorySummary, style: RenderStyle) -> String {
        let how = last.inUse ? "is open in another overfit" : "is kept: `overfit --resume` continues it"
        return Text.wrap("Your last session (\(last.contentsText), last used \(last.lastUsedText)) \(how); `overfit sessions` lists them all.", width: style.width) + "\n"
    }
}
