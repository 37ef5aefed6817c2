import OverfitData
import OverfitTraining

/// `--resume`: a session brought back from its file or history entry. Runs that recorded their
/// figures (format 3) are restored from them, not trained, so 47 runs come back in well under a
/// second; older files' runs are trained again. Nothing is written until the session is whole:
/// a resume cut short (Ctrl-C, kill -9, a closed window) leaves the file as it was.
extension Session {
    public enum RestoreOutcome: Equatable {
        /// The one-line note to show.
        case restored(String)
        /// Ctrl-C or a closed window while older runs were being trained again.
        case cancelled
    }

    /// Re-executes `file`'s commands silently, restoring each run from its figures. `label` names
    /// it in the note. The caller then continues saving into the file's history entry
    /// (`continueSaving(into:)`) or, for a file from elsewhere, into a new one.
    public func restore(_ file: SessionFile, from label: String) -> RestoreOutcome {
        let toTrain = file.results.count { $0.outcome == nil }
        // A command that fails when re-executed (lessons no longer installed, say) is kept in
        // the record below; it must not make the learner's exit status a failure.
        let failuresBefore = failures, lastFailedBefore = lastCommandFailed
        defer { failures = failuresBefore; _ = lastFailedBefore }
        resetForReplay(file)
        mode = .restoring
        restoreInterrupted = false
        resumingRuns = toTrain > 0 ? toTrain : nil
        defer {
            mode = .interactive
            resumingRuns = nil
            state.replayQueue = []
        }
        let runsPerCommand = file.runsPerCommand, commands = file.commands
        defer { recordedRuns = nil }
        let clock = ContinuousClock(), start = clock.now
        for (index, command) in commands.enumerated() {
            // A load over a second says how far it is (every 256 commands: the clock costs too).
            if index % 256 == 0, terminal.isInteractive, clock.now - start >= options.loadProgressAfter {
                terminal.showProgress(
                    "resuming \(VisibleText.escaped(label)): \(Text.grouped(index)) of \(Text.grouped(commands.count)) commands (Ctrl-C stops the resume)…"
                )
            }
            if restoreInterrupted || terminal.interruptRequested() || terminal.hangupRequested() {
                terminal.clearProgress()
                resetForReplay(SessionFile())
                return .cancelled
            }
            // `--resume FILE` may name someone else's file: what it runs may not write files
            // or end the session, as in a replay (`CommandOrigin`).
            origin = file.origin(ofCommand: index)
            recordedRuns = runsPerCommand[index]
            execute(command)
            origin = nil
        }
        terminal.clearProgress()
        // The record is the file's, whatever re-executing made of it: nothing in it is dropped.
        // (Runs trained again for an older file keep their new figures.)
        if commands != file.commands || file.results.count != state.entries.count(where: \.isResult) {
            state.entries = file.entries
        }
        let count = file.commands.count, runCount = file.runCount
        let how =
            toTrain == 0
            ? ""
            : toTrain == runCount
                ? " (trained again: the file records no figures)"
                : " (\(toTrain) trained again: the file records no figures for them)"
        return .restored(
            "resumed \(VisibleText.escaped(label)): \(Text.grouped(count)) command\(count == 1 ? "" : "s"), \(Text.grouped(runCount)) run\(runCount == 1 ? "" : "s")\(how)\n"
        )
    }

    /// After `restore`: the session goes on saving into `journal`, the entry it came from. A file
    /// that lacked figures is written whole at the next save, so its runs are never trained again.
    public func continueSaving(into journal: SessionJournal, rewrite: Bool) {
        autosave?.attach(journal)
        if rewrite { journal.requireCompaction() }
    }

    /// Saves now (a session resumed from a file outside the history becomes a new entry at once).
    public func saveNow() {
        if let warning = autosaveIfChanged() { terminal.writeError(warning) }
    }

    var commands: [String] { file.commands }

    /// Back to an empty session with `file`'s baseline, ready to re-execute its commands.
    func resetForReplay(_ file: SessionFile) {
        state.reset(to: file)
    }

    /// Before `replay` replaces this session: its history entry is closed as it is (kept in the
    /// history), and the replayed session is saved as a new entry once the replay is done.
    func startNewEntryForReplay() {
        guard let autosave, autosave.entry != nil else { return }
        autosave.detach(file)
        write("the session you had is kept in the history: `overfit sessions` lists it\n")
    }
}
