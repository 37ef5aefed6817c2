import OverfitData
import OverfitTraining

extension Session {
    /// Replaces this session with the one recorded in `file` by re-executing its commands, printing
    /// what they print (each after the prompt and the command, as a terminal showed them). The
    /// engine is deterministic, so the numbers are those of the original session: when the file
    /// records figures, every re-made run is compared with them and the result said at the end.
    /// Nothing is saved while it runs; the replayed session is saved once, at the end.
    @discardableResult
    public func replay(_ file: SessionFile, echo: Bool = true) -> ReplayCheck {
        startNewEntryForReplay()
        resetForReplay(file)
        replayCheck = ReplayCheck(file)
        let outer = mode
        mode = .replaying
        stopSeen = false
        let commands = file.commands, runsPerCommand = file.runsPerCommand
        var left = 0
        for (index, command) in commands.enumerated() {
            // Ctrl-C (or a signal) stops the replay: the runs made so far are kept.
            if stopRequested {
                left = commands.count - index
                break
            }
            // The file is someone else's: its text is shown through the sanitiser, and what it
            // runs may not write files or end the session (`CommandOrigin`).
            if echo { write(currentPrompt + Self.echoed(command) + "\n") }
            origin = file.origin(ofCommand: index)
            recordedRuns = runsPerCommand[index]
            execute(command)
            recordedRuns = nil
            origin = nil
        }
        // Stopped during its last command: nothing was left, but the replay did not end whole.
        let stopped = left > 0 || stopRequested
        mode = outer
        var check = replayCheck ?? ReplayCheck(file)
        if stopped {
            check.stop(
                commandsLeft: left, of: commands.count, runsLeft: ReplayCheck.runCount(Array(state.replayQueue)),
                made: state.runs.count)
        } else {
            check.notReplayed(Array(state.replayQueue))
        }
        state.replayQueue = []
        replayCheck = nil
        write(check.summary())
        if let warning = autosaveIfChanged() { terminal.writeError(warning) }
        return check
    }

    /// A replayed command as the prompt shows it: sanitised, and a line too long to run cut to
    /// its start (a 20 MB line would otherwise fill the scrollback before its error).
    static func echoed(_ command: String) -> String {
        guard command.utf8.count > maxLineBytes else { return VisibleText.escaped(command) }
        let start = String(String.UnicodeScalarView(command.unicodeScalars.prefix(80)))
        return VisibleText.escaped(start) + "… (\(Text.grouped(command.utf8.count)) bytes, not shown)"
    }

    /// Reads a session file, with every problem as a `HintedError` naming the line.
    public static func loadSessionFile(_ path: String) throws(HintedError) -> SessionFile {
        let expanded = FileAccess.expand(path)
        return try SessionFile.parse(try FileAccess.readText(expanded, what: "session file"), file: path)
    }

    /// Checks a replayed run against its recorded settings and ending; a note if they differ.
    func replayNote(_ result: RunResult, id: Int, recorded: SessionFile.RunEntry?) -> String? {
        guard let recorded else { return nil }
        var differences = result.config.differences(from: recorded.config).map {
            "\($0.name) \($0.old) \(style.arrow) \($0.new)"
        }
        if recorded.status != result.status.name || recorded.epochsDone != result.history.count {
            differences.append(
                "ended \(result.status.name) after \(result.history.count) epochs, recorded \(recorded.status) after \(recorded.epochsDone)"
            )
        }
        guard !differences.isEmpty else { return nil }
        return "note: replayed run \(id) differs from the recorded one: " + differences.joined(separator: "; ") + "\n"
    }
}
