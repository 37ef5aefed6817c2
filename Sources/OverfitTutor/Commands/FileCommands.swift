import OverfitData
import OverfitTraining

/// save, replay, export: sessions and runs to and from files.
enum FileCommands {
    static let commands: [Command] = [
        Command(
            name: "save", usage: "save FILE",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let path = arguments.first else {
                    throw HintedError("save takes one file name", hint: "e.g. save s.ovf")
                }
                let target = FileAccess.expand(path)
                let wording = WriteTarget.Wording(command: "save", example: "overfit-session.ovf")
                guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
                    return session.write("not saved: \(VisibleText.escaped(path)) is kept as it was\n")
                }
                try FileAccess.writeAtomically(session.file.render(), to: target, disk: session.options.disk)
                let file = session.file
                session.write(
                    "saved \(file.commands.count) commands and \(file.runCount) runs to \(VisibleText.escaped(path)); `overfit --replay \(VisibleText.escaped(Tokenizer.quote(path)))` replays it\n"
                )
            }),
        Command(
            name: "replay", usage: "replay FILE",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let path = arguments.first else {
                    throw HintedError("replay takes one file name", hint: "e.g. replay s.ovf")
                }
                guard !session.mode.replaying else {
                    throw HintedError("replay cannot be nested inside a replayed session")
                }
                let file = try Session.loadSessionFile(path)
                // The replaced session's lesson, step and run names go with it.
                session.guide?.forgetSession()
                session.replay(file, echo: true)
            }),
        Command(
            name: "export", usage: "export RUN FILE.csv|FILE.json",
            recorded: false, mayRunFromFile: false,
            complete: { session, arguments in
                arguments.isEmpty ? .words(session.state.runs.map { String($0.id) }) : .files
            },
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 2 else {
                    throw HintedError("export takes a run id and a file name", hint: "e.g. export 1 run1.csv")
                }
                let record = try session.record(arguments[0])
                let path = arguments[1]
                let lowered = path.lowercased()
                let text: String, format: String
                if lowered.hasSuffix(".csv") {
                    (text, format) = (RunExport.csv(record.result), "csv")
                } else if lowered.hasSuffix(".json") {
                    (text, format) = (record.result.json(id: record.id, pretty: true) + "\n", "json")
                } else {
                    throw HintedError(
                        "export writes .csv or .json files (got `\(Text.shown(path, limit: 200))`)",
                        hint: "e.g. export \(record.id) run\(record.id).csv")
                }
                let target = FileAccess.expand(path)
                let wording = WriteTarget.Wording(command: "export \(record.id)", example: "run\(record.id).\(format)")
                guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
                    return session.write("not exported: \(VisibleText.escaped(path)) is kept as it was\n")
                }
                try FileAccess.writeAtomically(
                    text, to: target, command: wording.command, name: wording.example, disk: session.options.disk)
                session.write(
                    "exported run \(record.id) (\(record.result.history.count) epochs) to \(VisibleText.escaped(path))\n"
                )
            }),
    ]
}
