import OverfitData
import OverfitLessons
import OverfitTraining

/// run, runs, compare: training the current knobs and looking back over the runs.
enum RunCommands {
    static let commands: [Command] = [
        Command(
            name: "run", usage: "run",
            handler: { session, arguments throws(HintedError) in
                guard arguments.isEmpty else {
                    throw HintedError(session.style.say(.errorRunArguments), hint: session.style.say(.hintRunArguments))
                }
                try session.train()
            }),
        Command(
            name: "runs", usage: "runs",
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                guard arguments.isEmpty else {
                    throw HintedError(
                        session.style.say(.errorRunsArguments), hint: session.style.say(.hintRunsArguments))
                }
                session.write(runsTable(session))
            }),
        Command(
            name: "compare", usage: "compare [A B [C...]]",
            complete: Completers.runIds,
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                let style = session.style
                guard arguments.count != 1 else {
                    throw HintedError(style.say(.errorCompareOne), hint: style.say(.hintCompareOne))
                }
                guard !arguments.isEmpty || session.state.runs.count >= 2 else {
                    throw HintedError(
                        style.say(session.state.runs.count == 1 ? .errorCompareOnlyOne : .errorCompareNone),
                        hint: style.say(.hintCompareRuns))
                }
                let ids = arguments.isEmpty ? session.state.runs.suffix(2).map { String($0.id) } : arguments
                var records: [Session.RunRecord] = []
                for argument in ids { records.append(try session.record(argument)) }
                session.write(
                    Comparison.render(
                        records, labels: records.map { session.shownRunLabel($0.id) },
                        templates: session.diagnosisWords.templates, style: session.style))
            }),
    ]

    /// What the first run's knobs are when it changed none: the defaults (the lab slides'
    /// baseline), or the knobs a lesson started from, which `show` does not call the baseline.
    static func firstRunKnobs(_ start: RunConfig) -> TutorMessages.Key {
        start.differences(from: RunConfig()).isEmpty ? .runsBaselineKnobs : .runsLessonStartKnobs
    }

    static func runsTable(_ session: Session) -> String {
        let style = session.style
        guard !session.state.runs.isEmpty else { return style.say(.runsNone) + "\n" }
        var table = TextTable(
            header: [
                style.say(.columnRun), style.say(.columnStatus), style.say(.columnEpochs), style.say(.columnTrain),
                style.say(.columnTest), style.say(.columnGap), style.say(.columnChanges),
            ],
            alignments: [.right, .left, .right, .right, .right, .right, .left], overflow: .items)
        for record in session.state.runs {
            // With repeats: each figure is the mean over the finished seeds.
            let final = record.seeds.count > 1 ? RepeatedRun(record.seeds).meanFinal : record.result.final
            let changes = record.result.config.differences(from: record.previous)
            let changed =
                changes.isEmpty
                ? style.say(record.id == 1 ? Self.firstRunKnobs(record.previous) : .runsSameKnobs)
                : changes.map { "\($0.name) \($0.old)\(style.arrow)\($0.new)" }.joined(separator: ", ")
            table.add([
                String(record.id), RunReport.statusName(record.result.status, style: style),
                String(record.result.history.count),
                final.map { Text.percent($0.trainAccuracy) } ?? "-", final.map { Text.percent($0.testAccuracy) } ?? "-",
                final.map { Text.points($0.gap) } ?? "-", changed,
            ])
        }
        return table.render(style: style)
    }
}

extension Session {
    /// The run called `text` (`3`, or `#3`), or an error listing the runs there are.
    func record(_ text: String) throws(HintedError) -> RunRecord {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if Int(digits) == nil, let id = guide?.runID(named: text),
            let record = state.runs.first(where: { $0.id == id })
        {
            return record
        }
        if Int(digits) == nil, let lesson = guide?.lesson, lesson.runNames.contains(text) {
            throw HintedError(
                style.say(.errorLessonRunNotMade, ["name": Text.shown(text)]), hint: style.say(.hintLessonRunWhere))
        }
        guard let id = Int(digits) else {
            throw HintedError(style.say(.errorRunIdNumber, ["text": Text.shown(text)]), hint: runsHint)
        }
        guard let record = state.runs.first(where: { $0.id == id }) else {
            guard !state.runs.isEmpty else {
                throw HintedError(style.say(.errorNoRunNone, ["id": String(id)]), hint: style.say(.hintNoRunNone))
            }
            throw HintedError(
                style.say(.errorNoRunRange, ["id": String(id), "count": String(state.runs.count)]), hint: runsHint)
        }
        return record
    }

    var runsHint: String { style.say(.hintRunsLists) }

    /// `runLabel` in the session's language: a lesson's name for the run, else `run 3` (`실행 3`).
    func shownRunLabel(_ id: Int) -> String {
        let label = runLabel(id)
        return label == "run \(id)" ? Comparison.runLabel(id, style: style) : label
    }

    /// Said before a reused run's report: its figures are an earlier run's, not trained again.
    func reusedNote(_ earlier: Int) -> String {
        style.say(.runReused, ["id": String(earlier)])
    }

    /// `note: this run may take up to about 3 minutes (…)` before a run expected to take over a
    /// minute (`RunEstimate.durationNote`'s words, in the session's language); nil for shorter.
    func durationNote(_ estimate: RunEstimate, eachSeed: Bool = false) -> String? {
        guard estimate.seconds > 60 else { return nil }
        let minutes = estimate.seconds / 60
        let time =
            minutes < 1.5
            ? style.say(.durationMinute)
            : minutes < 90
                ? style.say(.durationMinutes, ["minutes": String(Int(minutes.rounded()))])
                : style.say(.durationHours, ["hours": FigureFormat.fixed(minutes / 60, digits: 1)])
        let gflop = Text.grouped(Int((estimate.workload.totalFLOP / 1e9).rounded()))
        let note = style.say(.runDuration, ["time": time, "gflop": gflop])
        return Text.wrap(style.say(eachSeed ? .runNoteEachSeed : .runNote, ["note": note]), width: style.width) + "\n"
    }

    /// Trains the current knobs, drawing the live line on a TTY, then prints the report. While
    /// resuming, a run whose figures were recorded is restored from them instead.
    func train() throws(HintedError) {
        let id = state.runs.count + 1
        if state.config.repeats > 1 {
            try trainRepeats(id: id)
            return
        }
        let result: RunResult
        let recorded: SessionFile.RunEntry?
        var reusedFrom: Int?
        if mode.restoring, let next = state.replayQueue.first, let outcome = next.outcome {
            recorded = state.replayQueue.removeFirst()
            result = outcome.result(config: next.config)
        } else if let earlier = reusableRun(state.config, recorded: state.replayQueue.first) {
            // Same knobs and seed give the same bits: training again would only cost time.
            recorded = state.replayQueue.isEmpty ? nil : state.replayQueue.removeFirst()
            if let note = guide?.noteBeforeRun(state.config, style: style) {
                write(Text.wrap(note, width: style.width) + "\n")
            }
            result = earlier.result
            reusedFrom = earlier.id
        } else {
            // Limits before work: a config too large for the memory budget is refused at once,
            // before MNIST is loaded or anything allocated (a replayed file may hold one).
            let estimate = RunEstimate(config: state.config, shape: backend.dataShape(of: state.config.dataset))
            try state.config.validate()
            try estimate.check(runBudget)
            if let note = durationNote(estimate) { write(note) }
            recorded = state.replayQueue.isEmpty ? nil : state.replayQueue.removeFirst()
            result = try trainNow(id: id, recorded: recorded)
        }
        let previous = state.runs.last?.result.config ?? state.baseline
        state.runs.append(RunRecord(id: id, result: result, previous: previous))
        state.entries.append(
            .result(
                SessionFile.RunEntry(
                    id: id, status: result.status.name, epochsDone: result.history.count,
                    config: result.config, outcome: RunOutcome(result))))
        replayCheck?.compare(result, id: id, recorded: recorded)
        // Muted (a resume), the report is not drawn for nobody to see.
        if !mode.muted {
            let note = reusedFrom.map { Text.wrap(reusedNote($0), width: style.width) + "\n" } ?? ""
            write(runHeader(id: id, changes: result.config.differences(from: previous), start: previous) + note)
            write(
                display.brief
                    ? RunReport.brief(result, style: style)
                    : RunReport.render(
                        result, style: style, words: diagnosisWords, verbose: display.verbose,
                        maxLines: DisplaySettings.reportLines - RunReport.lineCount(note)))
            if let note = replayNote(result, id: id, recorded: recorded) { write(note) }
        }
        if let record = state.runs.last, let reply = guide?.runFinished(record, session: self) { apply(reply) }
    }

    /// The backend trains `config`, with the live progress line; a replayed cancelled run stops
    /// after the epoch it stopped at.
    private func trainNow(id: Int, recorded: SessionFile.RunEntry?) throws(HintedError) -> RunResult {
        let stopAfter = recorded?.status == RunStatus.cancelled.name ? recorded?.epochsDone : nil
        if let note = guide?.noteBeforeRun(state.config, style: style) {
            write(Text.wrap(note, width: style.width) + "\n")
        }
        // What the command printed so far is shown before the wait.
        flushOutput()
        if let total = resumingRuns, terminal.isInteractive {
            terminal.showProgress(style.say(.progressResuming, ["id": String(id), "count": String(total)]))
        }
        let live = LiveProgress(
            display: terminal, style: style, enabled: terminal.isInteractive && !mode.muted,
            totalEpochs: state.config.epochs)
        if backend.needsLoading(state.config.dataset) {
            live.show(style.say(.progressLoading, ["dataset": state.config.dataset.title]))
        }
        let result: RunResult
        do {
            result = try backend.train(
                state.config, onEvent: live.handle,
                isCancelled: {
                    if let stopAfter, live.epochsDone >= stopAfter { return true }
                    let stop = terminal.interruptRequested() || terminal.hangupRequested()
                    if stop && mode.restoring { restoreInterrupted = true }
                    if stop { stopSeen = true }
                    return stop
                })
        } catch {
            live.clear()
            throw HintedError(error, doing: .run)
        }
        live.clear()
        terminal.clearInterrupt()
        return result
    }

    /// The diagnosis's words: the lessons' `diagnosis.txt`, and the knobs the current lesson's
    /// rules keep (the challenge's runs are not advised more data).
    var diagnosisWords: DiagnosisWords {
        let library = guide?.library.diagnosis
        let templates = library.map { $0.isEmpty ? options.diagnosis : $0 } ?? options.diagnosis
        return DiagnosisWords(templates: templates, fixed: Set(guide?.lesson?.rules.knobIDs ?? []), language: language)
    }

    /// `── run 2: dropout 0 → 0.2 ───…` across the width.
    func runHeader(
        id: Int, changes: [(name: String, old: String, new: String)], start: RunConfig = RunConfig()
    ) -> String {
        let rule = String(style.horizontal)
        let prefix = "\(rule)\(rule) " + style.say(.runHeading, ["id": String(id)]) + " "
        let unchanged =
            id == 1
            ? style.say(RunCommands.firstRunKnobs(start)) : style.say(.runHeadingSame, ["previous": String(id - 1)])
        var what = changes.isEmpty ? unchanged : ""
        // As many changes as fit, then how many more: a header cut mid-word hides which knobs moved.
        for (index, change) in changes.enumerated() {
            let item = (index == 0 ? "" : ", ") + "\(change.name) \(change.old) \(style.arrow) \(change.new)"
            let rest = changes.count - index - 1
            let tail = rest > 0 ? " " + style.say(.runHeadingMore, ["count": String(rest)]) : ""
            guard (prefix + what + item + tail).displayWidth + 4 <= style.width || index == 0 else {
                what += " " + style.say(.runHeadingMore, ["count": String(changes.count - index)])
                break
            }
            what += item
        }
        let title = prefix + what + " "
        return Text.ruled(title, style: style)
    }
}
