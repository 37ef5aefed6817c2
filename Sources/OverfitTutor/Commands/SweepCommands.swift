import OverfitTraining

/// sweep: one run per value of a knob, then final train and test accuracy against the value.
enum SweepCommands {
    static let maxValues = 12

    static let commands: [Command] = [
        Command(
            name: "sweep", usage: "sweep KNOB V1,V2,...",
            complete: { _, arguments in arguments.isEmpty ? .words(RunConfig.knobs.map(\.name)) : .words([]) },
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in try sweep(session, arguments) })
    ]

    static func stoppedNote(_ plan: SweepPlan, value: String, kept: Int, style: RenderStyle) -> String {
        Text.wrap(
            style.say(
                kept == 1 ? .sweepStoppedOne : .sweepStoppedMany,
                ["knob": plan.knob.name, "value": value, "kept": String(kept)]), width: style.width) + "\n"
    }

    static func sweep(_ session: Session, _ arguments: [String]) throws(HintedError) {
        let style = session.style
        let plan = try SweepPlan(arguments, current: session.state.config, style: style)
        // Limits before work: every value is checked before the first run trains.
        for config in plan.configs {
            try config.validate()
            try RunEstimate(config: config, shape: session.backend.dataShape(of: config.dataset))
                .check(session.runBudget)
        }
        let kept = session.state.config, brief = session.display.brief
        session.display.brief = !session.display.verbose
        defer {
            session.state.config = kept
            session.display.brief = brief
        }
        var done: [(value: String, record: Session.RunRecord)] = []
        session.stopSeen = false
        for (index, (value, config)) in zip(plan.values, plan.configs).enumerated() {
            if let recorded = session.recordedRuns, index >= recorded {
                // The file's sweep was cut short (kill -9 after its run `recorded`): it is re-made as it was.
                session.write(
                    Text.wrap(
                        style.say(
                            .sweepCutShort,
                            [
                                "knob": plan.knob.name, "value": value, "recorded": String(recorded),
                                "count": String(plan.values.count),
                            ]), width: style.width) + "\n")
                break
            }
            if index > 0 && session.stopRequested {
                session.stopSeen = true
                session.write(stoppedNote(plan, value: value, kept: done.count, style: style))
                break
            }
            session.state.config = config
            do {
                try session.train()
            } catch {
                // Runs already made are the session's: the error is shown and the sweep ends.
                guard !done.isEmpty else { throw error }
                session.failures += 1
                session.write(
                    Text.wrap(
                        style.say(.sweepFailed, ["knob": plan.knob.name, "value": value, "error": error.message]),
                        width: style.width) + "\n")
                break
            }
            guard let record = session.state.runs.last else { break }
            if record.seeds.contains(where: { $0.status == .cancelled }) {
                session.write(stoppedNote(plan, value: value, kept: done.count, style: style))
                break
            }
            done.append((value, record))
            // Kept as it finishes, as `run` is: kill -9 during the next run loses none of these.
            session.saveProgress()
        }
        guard !done.isEmpty else { return }
        let rows = done.map { ($0.value, $0.record) }
        session.write("\n" + SweepChart.render(knob: plan.knob.name, rows: rows, style: style))
        // Over network sizes, test loss against the weights: where double descent shows.
        if plan.knob.id == .layers {
            session.write("\n" + WeightsChart.render(rows: rows, style: style))
        }
    }
}
