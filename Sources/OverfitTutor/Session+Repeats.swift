// Kept apart from Session.swift as its own concern: training a run's seeds (`repeats`), not the session's life.
import OverfitEngine
import OverfitTraining

/// `run` with `repeats` above 1: the seeds of one run, each journaled as it finishes, each
/// taken from an earlier run of the session when one had its knobs and seed, or from the
/// figures a resumed file recorded.
extension Session {
    func trainRepeats(id: Int) throws(HintedError) {
        let members = state.config.seedConfigs
        // Limits before work, as for one seed: nothing is loaded for a run that cannot start.
        try state.config.validate()
        // The seeds that train at once each hold their own network, batches and copies.
        try RunEstimate(config: state.config).seedsAtOnce(min(Engine.onlineCores, members.count)).check(
            options.memoryBudget)
        let recorded = takeRecordedSeeds(members)
        var seeds = [RunResult?](repeating: nil, count: members.count)
        var reused: [(seed: UInt64, from: Int)] = []
        for (index, member) in members.enumerated() {
            if mode.restoring, let outcome = recorded[index]?.outcome {
                seeds[index] = outcome.result(config: member)
            } else if let earlier = reusableRun(member, recorded: recorded[index]) {
                seeds[index] = earlier.result
                reused.append((member.seed, earlier.id))
            }
        }
        for (index, seed) in seeds.enumerated() { if let seed { journal(seed, id: id, member: members[index]) } }
        let toTrain = members.indices.filter { seeds[$0] == nil }
        if !toTrain.isEmpty {
            if let note = durationNote(RunEstimate(config: members[0]), eachSeed: true) { write(note) }
            // A seed the file recorded cancelled stops where it stopped, each at its own epoch.
            let stops = toTrain.map { index in
                recorded[index].flatMap { $0.status == RunStatus.cancelled.name ? $0.epochsDone : nil }
            }
            let trained = try trainSeedsNow(toTrain.map { members[$0] }, stops: stops, id: id)
            for (index, result) in zip(toTrain, trained) { seeds[index] = result }
        }
        let results = seeds.compactMap { $0 }
        guard let first = results.first else { return }
        var shown = first
        shown.config = state.config
        let previous = state.runs.last?.result.config ?? state.baseline
        let record = RunRecord(id: id, result: shown, previous: previous, seeds: results)
        state.runs.append(record)
        for (index, result) in results.enumerated() {
            replayCheck?.compare(result, id: id, recorded: recorded[index])
        }
        if !mode.muted {
            write(runHeader(id: id, changes: state.config.differences(from: previous), start: previous))
            write(
                display.brief
                    ? RepeatReport.brief(record, style: style)
                    : RepeatReport.render(record, reused: reused, style: style, words: diagnosisWords))
            if state.runs.count >= 2, let before = state.runs.dropLast().last,
                let verdict = AdviceVerdict.render(
                    before: before, after: record, labels: (shownRunLabel(before.id), shownRunLabel(id)),
                    words: diagnosisWords,
                    style: style)
            {
                write(verdict)
            }
        }
        if let reply = guide?.runFinished(record, session: self) { apply(reply) }
    }

    /// The recorded runs (a replay's or a resume's) of this run's seeds, matched by their knobs
    /// and seed: a file records each seed of a run as a `result` with the run's id, in the order
    /// they finished.
    private func takeRecordedSeeds(_ members: [RunConfig]) -> [SessionFile.RunEntry?] {
        var found = [SessionFile.RunEntry?](repeating: nil, count: members.count)
        guard let runID = state.replayQueue.first?.id else { return found }
        while let next = state.replayQueue.first, next.id == runID,
            let index = members.firstIndex(of: next.config), found[index] == nil
        {
            found[index] = state.replayQueue.removeFirst()
        }
        return found
    }

    /// A seed's figures join the session record, and the journal on disk, as soon as it is done.
    private func journal(_ result: RunResult, id: Int, member: RunConfig) {
        state.entries.append(
            .result(
                SessionFile.RunEntry(
                    id: id, status: result.status.name, epochsDone: result.history.count,
                    config: member, outcome: RunOutcome(result))))
        if let warning = autosaveIfChanged() { terminal.writeError(warning) }
    }

    /// The seeds side by side, one progress line for all of them.
    private func trainSeedsNow(_ configs: [RunConfig], stops: [Int?], id: Int) throws(HintedError) -> [RunResult] {
        if let note = guide?.noteBeforeRun(state.config, style: style) {
            write(Text.wrap(note, width: style.width) + "\n")
        }
        flushOutput()
        let live = LiveProgress(
            display: terminal, style: style, enabled: terminal.isInteractive && !mode.muted,
            totalEpochs: state.config.epochs * configs.count)
        if backend.needsLoading(state.config.dataset) {
            live.show(style.say(.progressLoading, ["dataset": state.config.dataset.title]))
        }
        var epochs = 0
        let results: [RunResult]
        do {
            results = try backend.trainSeeds(
                configs, stops: stops,
                onReport: { report in
                    switch report {
                    case .event(_, .epochFinished):
                        epochs += 1
                        live.show(
                            style.say(
                                .progressSeeds,
                                [
                                    "id": String(id), "seeds": Comparison.seedsText(state.config, style: style),
                                    "epochs": String(epochs), "total": String(state.config.epochs * configs.count),
                                ]))
                    case .finished(let seed, let result):
                        journal(result, id: id, member: configs[seed])
                    case .event:
                        break
                    }
                },
                isCancelled: {
                    let stop = terminal.interruptRequested() || terminal.hangupRequested()
                    if stop && mode.restoring { restoreInterrupted = true }
                    return stop
                })
        } catch {
            live.clear()
            throw HintedError(error, doing: .run)
        }
        live.clear()
        terminal.clearInterrupt()
        return results
    }
}
