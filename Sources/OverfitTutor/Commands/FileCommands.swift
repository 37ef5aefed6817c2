import OverfitData
import OverfitLessons
import OverfitTraining

/// save, replay, export: sessions and runs to and from files.
enum FileCommands {
    static let commands: [Command] = [
        Command(
            name: "save", usage: "save FILE",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let path = arguments.first else {
                    throw HintedError(session.style.say(.errorSaveOne), hint: session.style.say(.hintSaveOne))
                }
                let target = FileAccess.expand(path)
                let wording = WriteTarget.Wording(command: "save", example: "overfit-session.ovf")
                guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
                    return session.write(session.style.say(.saveKept, ["path": VisibleText.escaped(path)]) + "\n")
                }
                try FileAccess.writeAtomically(
                    session.file.render(), to: target, disk: session.options.disk, language: session.language)
                let file = session.file
                session.write(
                    session.style.say(
                        .saveDone,
                        [
                            "commands": String(file.commands.count), "runs": String(file.runCount),
                            "path": VisibleText.escaped(path), "quoted": VisibleText.escaped(Tokenizer.quote(path)),
                        ]) + "\n")
            }),
        Command(
            name: "replay", usage: "replay FILE",
            recorded: false, mayRunFromFile: false, complete: Completers.files,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let path = arguments.first else {
                    throw HintedError(session.style.say(.errorReplayOne), hint: session.style.say(.hintReplayOne))
                }
                guard !session.mode.replaying else {
                    throw HintedError(session.style.say(.replayNested))
                }
                let file = try Session.loadSessionFile(path, language: session.language)
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
                    throw HintedError(session.style.say(.errorExportTwo), hint: session.style.say(.hintExportTwo))
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
                        session.style.say(.errorExportFormat, ["path": Text.shown(path, limit: 200)]),
                        hint: session.style.say(.hintExportFormat, ["id": String(record.id)]))
                }
                let target = FileAccess.expand(path)
                let wording = WriteTarget.Wording(command: "export \(record.id)", example: "run\(record.id).\(format)")
                guard try WriteTarget.mayWrite(target, shown: path, wording: wording, session: session) else {
                    return session.write(session.style.say(.exportKept, ["path": VisibleText.escaped(path)]) + "\n")
                }
                try FileAccess.writeAtomically(
                    text, to: target, command: wording.command, name: wording.example, disk: session.options.disk,
                    language: session.language)
                session.write(
                    session.style.say(
                        .exportDone,
                        [
                            "id": String(record.id), "epochs": String(record.result.history.count),
                            "path": VisibleText.escaped(path),
                        ]) + "\n")
            }),
    ]
}
