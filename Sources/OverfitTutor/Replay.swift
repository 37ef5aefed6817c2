// Session's replay, kept apart from Session.swift as its own concern, with the check a replay makes of itself.
import Foundation
import OverfitData
import OverfitLessons
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
        replayCheck = ReplayCheck(file, language: language)
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
        var check = replayCheck ?? ReplayCheck(file, language: language)
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

    /// Reads a session file, with every problem as a `HintedError` naming the line, in `language`.
    public static func loadSessionFile(_ path: String, language: Language = .english) throws(HintedError)
        -> SessionFile
    {
        let expanded = FileAccess.expand(path)
        let words = FileWords(language)
        let text = try FileAccess.readText(
            expanded, what: words.say(.fileWhatSession), origin: words.say(.fileOriginSession), language: language)
        return try SessionFile.parse(text, file: path, language: language)
    }

    /// Checks a replayed run against its recorded settings and ending; a note if they differ.
    func replayNote(_ result: RunResult, id: Int, recorded: SessionFile.RunEntry?) -> String? {
        guard let recorded else { return nil }
        var differences = result.config.differences(from: recorded.config).map {
            "\($0.name) \($0.old) \(style.arrow) \($0.new)"
        }
        let words = FileWords(language)
        if recorded.status != result.status.name || recorded.epochsDone != result.history.count {
            differences.append(
                words.say(
                    .replayNoteEnded,
                    [
                        "status": result.status.name, "epochs": String(result.history.count),
                        "recorded_status": recorded.status, "recorded_epochs": String(recorded.epochsDone),
                    ]))
        }
        guard !differences.isEmpty else { return nil }
        return words.say(.replayNoteDiffers, ["id": String(id), "differences": differences.joined(separator: "; ")])
            + "\n"
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
    /// The language of the summary and the differences.
    let words: FileWords

    init(_ file: SessionFile, language: Language = .english) {
        words = FileWords(language)
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
            note(words.say(.replayNoResult, ["id": String(id)]))
            differingRuns.insert(id)
            return
        }
        guard let outcome = recorded.outcome else { return }
        if let difference = Self.difference(RunOutcome(result), from: outcome, id: id, words: words) {
            note(difference)
            differingRuns.insert(id)
        } else {
            matchedSeeds[id, default: 0] += 1
        }
    }

    /// Recorded runs the replay never re-made (a command that failed this time).
    mutating func notReplayed(_ rest: [SessionFile.RunEntry]) {
        if let first = rest.first { note(words.say(.replayNotRemade, ["id": String(first.id)])) }
    }

    private mutating func note(_ text: String) {
        if firstDifference == nil { firstDifference = text }
    }

    public func summary() -> String {
        if let stopped {
            let recorded = words.count(
                recordedRuns, one: .fileCountRecordedRunOne, many: .fileCountRecordedRunMany, grouped: false)
            return words.say(
                stopped.made == 1 ? .replayStoppedOne : .replayStoppedMany,
                [
                    "left": String(stopped.commandsLeft), "commands": words.commands(stopped.commands, grouped: false),
                    "runs_left": String(stopped.runsLeft), "recorded": recorded,
                    "made": words.runs(stopped.made, grouped: false),
                ]) + "\n"
        }
        // A difference is always said: it is why `overfit --replay` exits 3, even in a file
        // that records no run at all.
        if let firstDifference {
            guard recordedWithFigures > 0 else {
                return words.say(.replayCheckDiffers, ["difference": firstDifference]) + "\n"
            }
            let recorded = words.count(
                recordedWithFigures, one: .fileCountRecordedRunOne, many: .fileCountRecordedRunMany, grouped: false)
            return words.say(
                .replayCheckDiffersOf,
                ["difference": firstDifference, "identical": String(identical), "recorded": recorded]) + "\n"
        }
        guard recordedRuns > 0 else { return "" }
        guard recordedWithFigures > 0 else {
            return words.say(.replayCheckNoFigures, ["version": String(version)]) + "\n"
        }
        let without = recordedRuns - recordedWithFigures
        // With repeats the seeds are said too: "3 runs (7 seeds)" checks every seed of each.
        var runs = words.runs(identical, grouped: false)
        if identicalSeeds > identical {
            runs = words.say(.replayCheckSeeds, ["runs": runs, "seeds": String(identicalSeeds)])
        }
        return without > 0
            ? words.say(.replayCheckIdenticalWithout, ["runs": runs, "without": String(without)]) + "\n"
            : words.say(.replayCheckIdentical, ["runs": runs]) + "\n"
    }

    /// The first way `now` differs from `recorded`, in words; nil if they are the same bits.
    static func difference(_ now: RunOutcome, from recorded: RunOutcome, id: Int, words: FileWords = FileWords())
        -> String?
    {
        let run = String(id)
        for (new, old) in zip(now.history, recorded.history) {
            let a = EpochFigures(new), b = EpochFigures(old)
            if let index = a.firstDifference(from: b) {
                return words.say(
                    .replayDiffEpoch,
                    [
                        "id": run, "epoch": String(new.epoch),
                        "what": describe(index, now: a.values[index], recorded: b.values[index], words: words),
                    ])
            }
        }
        if now.history.count != recorded.history.count || now.status != recorded.status {
            return words.say(
                .replayDiffEnded,
                [
                    "id": run, "status": now.status.name, "epochs": String(now.history.count),
                    "recorded_status": recorded.status.name, "recorded_epochs": String(recorded.history.count),
                ])
        }
        if now.restoredEpoch != recorded.restoredEpoch || now.stoppedEarlyAfterEpoch != recorded.stoppedEarlyAfterEpoch
        {
            let none = words.say(.fileNone)
            return words.say(
                .replayDiffRestored,
                [
                    "id": run, "now": now.restoredEpoch.map(String.init) ?? none,
                    "recorded": recorded.restoredEpoch.map(String.init) ?? none,
                ])
        }
        if now.testPredictions != recorded.testPredictions {
            let differing = zip(now.testPredictions, recorded.testPredictions).count { $0 != $1 }
            return words.say(
                .replayDiffPredictions,
                [
                    "id": run, "differing": Text.grouped(differing),
                    "count": Text.grouped(recorded.testPredictions.count),
                ])
        }
        if now.trainingImages != recorded.trainingImages {
            return words.say(
                .replayDiffImages,
                ["id": run, "now": String(now.trainingImages), "recorded": String(recorded.trainingImages)])
        }
        return nil
    }

    /// `test accuracy 81.25% now, 81.23% recorded (+0.02 points)`; losses to full precision.
    static func describe(_ index: Int, now: Double?, recorded: Double?, words: FileWords = FileWords()) -> String {
        let name = words.figureNames[index]
        guard let now, let recorded else {
            let absent = words.say(.fileAbsent)
            return words.say(
                .replayDiffAbsent,
                ["name": name, "now": now.map { "\($0)" } ?? absent, "recorded": recorded.map { "\($0)" } ?? absent])
        }
        if EpochFigures.names[index].hasSuffix("accuracy") {
            return words.say(
                .replayDiffAccuracy,
                [
                    "name": name, "now": String(format: "%.2f", now * 100),
                    "recorded": String(format: "%.2f", recorded * 100),
                    "points": String(format: "%+.2f", (now - recorded) * 100),
                ])
        }
        return words.say(
            .replayDiffLoss,
            [
                "name": name, "now": RunOutcome.number(now), "recorded": RunOutcome.number(recorded),
                "difference": String(format: "%+.3g", now - recorded),
            ])
    }
}
