// Session's replay, kept apart from Session.swift as its own concern, with the check a replay makes of itself.
import Foundation
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

// MARK: - ReplayCheck

/// A replay checking itself: every run it re-makes is compared, figure by figure and bit for
/// bit, with the figures the file recorded. The summary says "N runs identical to the recorded
/// figures", or names the first run and epoch that differ and by how much; `overfit --replay`
/// then exits with status 3. A run with `repeats` is one run of several seeds (the file records
/// each seed as a `result` line with the run's id): it counts once, and is identical when every
/// seed is.
public struct ReplayCheck: Sendable {
    /// The file's runs that carry figures (a run with repeats counts once).
    let recordedWithFigures: Int
    let recordedRuns: Int
    let version: Int
    /// Seeds compared and found the same bits, by run id.
    private var matchedSeeds: [Int: Int] = [:]
    /// Runs with a seed that differs from its record, or made without one.
    private var differingRuns: Set<Int> = []
    public private(set) var firstDifference: String?

    init(_ file: SessionFile) {
        recordedRuns = Self.runCount(file.results)
        recordedWithFigures = Self.runCount(file.results.filter { $0.outcome != nil })
        version = file.version
    }

    /// Runs, not seed results: each run id once.
    static func runCount(_ results: [SessionFile.RunEntry]) -> Int { Set(results.map(\.id)).count }

    /// Runs whose every compared seed is the same bits as its record.
    public var identical: Int { matchedSeeds.keys.count { !differingRuns.contains($0) } }

    /// Seeds (of all runs) that are the same bits as their record.
    public var identicalSeeds: Int {
        matchedSeeds.filter { !differingRuns.contains($0.key) }.values.reduce(0, +)
    }

    /// Set when Ctrl-C (or a signal) stopped the replay: what was left, and the runs made.
    public private(set) var stopped: (commandsLeft: Int, commands: Int, runsLeft: Int, made: Int)?

    /// False when a re-made run differs from its record.
    public var passed: Bool { firstDifference == nil }

    /// The replay was stopped: the summary says what was left instead of comparing the rest
    /// (the run in progress was cut short on purpose, not made differently).
    mutating func stop(commandsLeft: Int, of commands: Int, runsLeft: Int, made: Int) {
        stopped = (commandsLeft, commands, runsLeft, made)
    }

    mutating func compare(_ result: RunResult, id: Int, recorded: SessionFile.RunEntry?) {
        guard let recorded else {
            note(
                "run \(id) was made by the replay, but the file records no result for it "
                    + "(its `run` has no `result` line: the file was cut short or edited)")
            differingRuns.insert(id)
            return
        }
        guard let outcome = recorded.outcome else { return }
        if let difference = Self.difference(RunOutcome(result), from: outcome, id: id) {
            note(difference)
            differingRuns.insert(id)
        } else {
            matchedSeeds[id, default: 0] += 1
        }
    }

    /// Recorded runs the replay never re-made (a command that failed this time).
    mutating func notReplayed(_ rest: [SessionFile.RunEntry]) {
        if let first = rest.first { note("recorded run \(first.id) was not made again by the replay") }
    }

    private mutating func note(_ text: String) {
        if firstDifference == nil { firstDifference = text }
    }

    public func summary() -> String {
        if let stopped {
            func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
            return
                "replay stopped: \(stopped.commandsLeft) of \(count(stopped.commands, "command")) and \(stopped.runsLeft) of \(count(recordedRuns, "recorded run")) were left; the \(count(stopped.made, "run")) made so far \(stopped.made == 1 ? "is" : "are") kept\n"
        }
        // A difference is always said: it is why `overfit --replay` exits 3, even in a file
        // that records no run at all.
        if let firstDifference {
            guard recordedWithFigures > 0 else { return "replay check: \(firstDifference)\n" }
            return
                "replay check: \(firstDifference); \(identical) of \(recordedWithFigures) recorded run\(recordedWithFigures == 1 ? "" : "s") identical\n"
        }
        guard recordedRuns > 0 else { return "" }
        guard recordedWithFigures > 0 else {
            return
                "replay check: this file (session format \(version)) records no figures, so there is nothing to compare the runs with\n"
        }
        let without = recordedRuns - recordedWithFigures
        // With repeats the seeds are said too: "3 runs (7 seeds)" checks every seed of each.
        let seeds = identicalSeeds > identical ? " (\(identicalSeeds) seeds)" : ""
        return "replay check: \(identical) run\(identical == 1 ? "" : "s")\(seeds) identical to the recorded figures"
            + (without > 0 ? " (\(without) recorded without figures)" : "") + "\n"
    }

    /// The first way `now` differs from `recorded`, in words; nil if they are the same bits.
    static func difference(_ now: RunOutcome, from recorded: RunOutcome, id: Int) -> String? {
        for (new, old) in zip(now.history, recorded.history) {
            let a = EpochFigures(new), b = EpochFigures(old)
            if let index = a.firstDifference(from: b) {
                return "run \(id) differs from the recorded figures at epoch \(new.epoch): "
                    + describe(index, now: a.values[index], recorded: b.values[index])
            }
        }
        if now.history.count != recorded.history.count || now.status != recorded.status {
            return
                "run \(id) ended \(now.status.name) after \(now.history.count) epochs, recorded \(recorded.status.name) after \(recorded.history.count)"
        }
        if now.restoredEpoch != recorded.restoredEpoch || now.stoppedEarlyAfterEpoch != recorded.stoppedEarlyAfterEpoch
        {
            return
                "run \(id) restored epoch \(now.restoredEpoch.map(String.init) ?? "none"), recorded \(recorded.restoredEpoch.map(String.init) ?? "none")"
        }
        if now.testPredictions != recorded.testPredictions {
            let differing = zip(now.testPredictions, recorded.testPredictions).count { $0 != $1 }
            return
                "run \(id)'s test predictions differ from the recorded ones (\(Text.grouped(differing)) of \(Text.grouped(recorded.testPredictions.count)) digits)"
        }
        if now.trainingImages != recorded.trainingImages {
            return "run \(id) trained on \(now.trainingImages) images, recorded \(recorded.trainingImages)"
        }
        return nil
    }

    /// `test accuracy 81.25% now, 81.23% recorded (+0.02 points)`; losses to full precision.
    static func describe(_ index: Int, now: Double?, recorded: Double?) -> String {
        let name = EpochFigures.names[index]
        guard let now, let recorded else {
            return "\(name) \(now.map { "\($0)" } ?? "absent") now, \(recorded.map { "\($0)" } ?? "absent") recorded"
        }
        if name.hasSuffix("accuracy") {
            let points = (now - recorded) * 100
            return name
                + String(format: " %.2f%% now, %.2f%% recorded (%+.2f points)", now * 100, recorded * 100, points)
        }
        return
            "\(name) \(RunOutcome.number(now)) now, \(RunOutcome.number(recorded)) recorded (difference \(String(format: "%+.3g", now - recorded)))"
    }
}
