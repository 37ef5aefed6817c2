import Foundation
import OverfitTraining

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
