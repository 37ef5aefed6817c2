import OverfitData
import OverfitTraining

extension Session {
    /// Replaces this session with the one recorded in `file` by re-executing its commands, printing
    /// what they print (each after the prompt and the command, as a terminal showed them). The
    /// engine is deterministic, so the numbers are those of the original session.
    public func replay(_ file: SessionFile, echo: Bool = true) {
        baseline = file.baseline
        startingBaseline = file.baseline
        config = file.baseline
        runs = []
        entries = []
        replayQueue = file.results
        replaying = true
        defer {
            replaying = false
            replayQueue = []
        }
        let name = file.source?.file ?? "(replayed)"
        let lines = file.source?.commandLines ?? []
        for (index, command) in file.commands.enumerated() {
            // The file is someone else's: its text is shown through the sanitiser, and what it
            // runs may not write files or end the session (`CommandOrigin`).
            if echo { write(Self.prompt + VisibleText.escaped(command) + "\n") }
            origin = CommandOrigin(kind: .replay, file: name, line: index < lines.count ? lines[index] : nil)
            execute(command)
            origin = nil
        }
    }

    /// Continues an autosaved session: its commands re-run without printing. Returns a one-line note.
    public func resume(_ file: SessionFile, from path: String) -> String {
        muted = true
        resumingRuns = file.results.count
        replay(file, echo: false)
        muted = false
        resumingRuns = nil
        let count = file.commands.count
        return "resumed \(VisibleText.escaped(path)): \(count) command\(count == 1 ? "" : "s"), \(runs.count) run\(runs.count == 1 ? "" : "s") re-run\n"
    }

    /// Reads a session file, with every problem as a `HintedError` naming the line.
    public static func loadSessionFile(_ path: String) throws(HintedError) -> SessionFile {
        let expanded = FileAccess.expand(path)
        return try SessionFile.parse(try FileAccess.readText(expanded, what: "session file"), file: path)
    }

    /// Checks a replayed run against its recorded settings and ending; a note if they differ.
    func replayNote(_ result: RunResult, id: Int, recorded: SessionFile.RunEntry?) -> String? {
        guard let recorded else { return nil }
        var differences = result.config.differences(from: recorded.config).map { "\($0.name) \($0.old) \(style.arrow) \($0.new)" }
        if recorded.status != result.status.name || recorded.epochsDone != result.history.count {
            differences.append("ended \(result.status.name) after \(result.history.count) epochs, recorded \(recorded.status) after \(recorded.epochsDone)")
        }
        guard !differences.isEmpty else { return nil }
        return "note: replayed run \(id) differs from the recorded one: " + differences.joined(separator: "; ") + "\n"
    }
}
