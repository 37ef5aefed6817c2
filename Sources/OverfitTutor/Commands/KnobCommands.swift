import Foundation
import OverfitLessons
import OverfitTraining

/// show, set, reset, explain: reading and turning the knobs of the next run.
enum KnobCommands {
    static let commands: [Command] = [
        Command(
            name: "show", usage: "show [KNOB...]",
            complete: Completers.knobNames,
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in session.write(try show(session, only: arguments)) }),
        Command(
            name: "set", usage: "set KNOB VALUE [KNOB VALUE...]",
            complete: { _, arguments in
                guard arguments.count % 2 == 1, let name = arguments.last, let knob = try? RunConfig.knob(named: name)
                else {
                    return arguments.count % 2 == 0 ? .words(RunConfig.knobs.map(\.name)) : .words([])
                }
                return .words(knob.choices)
            },
            changesState: true,
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in try change(session, ["set"] + arguments) }),
        Command(
            name: "reset", usage: "reset [KNOB...]",
            complete: Completers.knobNames,
            changesState: true,
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in try change(session, ["reset"] + arguments) }),
        Command(
            name: "explain", usage: "explain KNOB",
            complete: { _, arguments in arguments.isEmpty ? .words(RunConfig.knobs.map(\.name)) : .words([]) },
            lessonStep: true,
            handler: { session, arguments throws(HintedError) in
                guard arguments.count == 1, let name = arguments.first else {
                    throw HintedError(session.style.say(.errorExplainOne), hint: session.style.say(.hintExplainOne))
                }
                session.write(try explain(session, name))
            }),
    ]

    static func show(_ session: Session, only names: [String]) throws(HintedError) -> String {
        var knobs: [Knob] = []
        for name in names { knobs.append(try RunConfig.knob(named: name)) }
        if knobs.isEmpty { knobs = RunConfig.knobs }
        let style = session.style
        var table = TextTable(
            header: ["", style.say(.columnKnob), style.say(.columnValue), style.say(.columnAbout)],
            alignments: [.left, .left, .left, .left], overflow: .words)
        var changed = 0
        for knob in knobs {
            let value = knob.value(in: session.state.config), standard = knob.value(in: RunConfig())
            if value != standard { changed += 1 }
            let summary = summary(of: knob, style: style)
            let about =
                value == standard ? summary : style.say(.showChanged, ["default": standard, "about": summary])
            table.add([value == standard ? " " : "*", knob.name, value, about])
        }
        var out = table.render(style: style)
        if names.isEmpty {
            let key: TutorMessages.Key
            if session.state.baseline == RunConfig() {
                key = changed == 0 ? .showAllDefault : .showSomeChanged
            } else {
                key = changed == 0 ? .showAllDefaultReset : .showSomeChangedReset
            }
            let values = ["count": String(changed), "baseline": session.baselineName]
            out += Text.wrap(style.say(key, values), width: style.width) + "\n"
        }
        return out
    }

    /// The knob's one line in the session's language (`knob.NAME` in `lessons/messages.txt`,
    /// whose English is the knob's own declared summary: a test holds them equal).
    static func summary(of knob: Knob, style: RenderStyle) -> String {
        guard let key = TutorMessages.Key(rawValue: "knob.\(knob.name)") else { return knob.summary }
        return style.say(key)
    }

    /// A source document's short name in the session's language (`source-name.NAME` in
    /// `lessons/messages.txt`, whose English is the document's own `title`: a test holds them equal).
    static func sourceName(_ document: SourceDocument, style: RenderStyle) -> String {
        guard let key = TutorMessages.Key(rawValue: "source-name.\(document.rawValue)") else { return document.title }
        return style.say(key)
    }

    /// `set …` or `reset …` (the words, command first): read as lessons read them, then applied
    /// whole or not at all, with a line per knob changed.
    static func change(_ session: Session, _ words: [String]) throws(HintedError) {
        guard let command = try KnobCommand.parse(words) else { return }
        let config = command.applied(to: session.state.config, baseline: session.state.baseline)
        let changes = config.differences(from: session.state.config)
        // Other combinations wait for `run` (val_size may be set before train_size), but stages
        // that cannot fit the dataset's images are wrong whatever comes next.
        if case .set = command, !Set(command.knobIDs).isDisjoint(with: [.layers, .dataset]) {
            try config.validateConvolutionsForKnownImages()
        }
        session.state.config = config
        guard case .set = command else {
            session.write(
                changeLines(
                    changes, session: session,
                    unchanged: session.style.say(.changeNoneReset, ["baseline": session.baselineName])))
            return
        }
        session.write(
            changeLines(changes, session: session, unchanged: session.style.say(.changeNoneSet)))
        var notes = config.idleKnobPhrases(among: command.knobIDs.sorted())
        // Regularisers skip convolution stages: said when either side of that changes.
        if !Set(command.knobIDs).isDisjoint(with: [.layers, .dropout, .dropConnect, .batchNorm]) {
            notes += config.convolutionRegulariserPhrases()
        }
        let style = session.style
        for note in notes { session.write(style.say(.noteKnob, ["note": style.say(note)]) + "\n") }
    }

    /// `dropout 0 → 0.2`, one line per knob changed.
    static func changeLines(_ changes: [(name: String, old: String, new: String)], session: Session, unchanged: String)
        -> String
    {
        guard !changes.isEmpty else { return unchanged + "\n" }
        let arrow = session.style.arrow
        return changes.map { "\($0.name) \($0.old) \(arrow) \($0.new)\n" }.joined()
    }

    static func explain(_ session: Session, _ name: String) throws(HintedError) -> String {
        let knob = try RunConfig.knob(named: name)
        let style = session.style
        let value = knob.value(in: session.state.config), base = knob.value(in: session.state.baseline)
        let standard = knob.value(in: RunConfig())
        var about = [
            value == standard
                ? style.say(.explainNowDefault) : style.say(.explainNowOtherDefault, ["default": standard])
        ]
        if base != standard {
            about.append(style.say(.explainNowBaseline, ["baseline": session.baselineName, "value": base]))
        }
        var out = Text.wrap("\(knob.name): \(summary(of: knob, style: style))", width: style.width) + "\n"
        let allowed = style.say(
            .explainAllowed, ["allowed": style.say(knob.allowedPhrase), "knob": knob.name, "example": knob.example])
        out += Text.wrap(allowed, width: style.width, indent: "  ") + "\n"
        if !knob.aliases.isEmpty {
            out += "  " + style.say(.explainAliases, ["aliases": knob.aliases.joined(separator: ", ")]) + "\n"
        }
        out += "  " + style.say(.explainNow, ["value": value, "about": about.joined(separator: "; ")]) + "\n"
        if !knob.sources.isEmpty {
            let titles = knob.sources.map { sourceName($0, style: style) }.joined(separator: ", ")
            out += Text.wrap(style.say(.explainSources, ["sources": titles]), width: style.width, indent: "  ") + "\n"
        }
        if let text = session.explanations.texts[knob.name], !text.isEmpty {
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                out += "\n" + Text.wrap(paragraph.replacingOccurrences(of: "\n", with: " "), width: style.width) + "\n"
            }
        }
        return out
    }
}
