import Foundation
import OverfitTraining

/// show, set, reset, explain: reading and turning the knobs of the next run.
enum KnobCommands {
    static let commands: [Command] = [
        Command(name: "show", usage: "show [KNOB...]", summary: "all knobs with their values; * marks those changed from the defaults",
                help: "The defaults are seed 004's baseline experiment: 300 images, 784-100-100-100-100-10, SGD lr 0.1, batch 10, 100 epochs. A lesson starts from its own settings; `reset` returns to those.\nName knobs to see only those: show lr batch",
                complete: Completers.knobNames,
                handler: { session, arguments throws(TutorError) in session.write(try show(session, only: arguments)) }),
        Command(name: "set", usage: "set KNOB VALUE [KNOB VALUE...]", summary: "change knobs for the next run",
                help: "Several pairs may go on one line: set dropout 0.2 epochs 30. KNOB=VALUE works too. If any value is wrong, nothing changes.\nTab completes knob names, and values where there is a fixed list (set optimizer <TAB>).",
                complete: { _, arguments in
                    guard arguments.count % 2 == 1, let name = arguments.last, let knob = try? RunConfig.knob(named: name) else {
                        return arguments.count % 2 == 0 ? .words(RunConfig.knobs.map(\.name)) : .words([])
                    }
                    return .words(knob.choices)
                },
                handler: { session, arguments throws(TutorError) in try set(session, arguments) }),
        Command(name: "reset", usage: "reset [KNOB...]", summary: "put knobs back to the lesson's start, or the defaults (all of them without a name)",
                help: "reset alone returns every knob; reset dropout lr only those. Once a lesson has been started the knobs go back to where it started them (also in free play after it); before any lesson, to the defaults.",
                complete: Completers.knobNames,
                handler: { session, arguments throws(TutorError) in try reset(session, arguments) }),
        Command(name: "explain", usage: "explain KNOB", summary: "what a knob does and which source document turned it",
                help: "Prints the knob's allowed values, its value now, the source that turned it, and the longer explanation from lessons/knobs.txt.",
                complete: { _, arguments in arguments.isEmpty ? .words(RunConfig.knobs.map(\.name)) : .words([]) },
                handler: { session, arguments throws(TutorError) in
                    guard arguments.count == 1, let name = arguments.first else {
                        throw TutorError("explain takes one knob name", hint: "e.g. explain dropout; `show` lists the knobs")
                    }
                    session.write(try explain(session, name))
                }),
    ]

    static func knob(_ name: String) throws(TutorError) -> Knob {
        do { return try RunConfig.knob(named: name) } catch { throw TutorError(error) }
    }

    static func show(_ session: Session, only names: [String]) throws(TutorError) -> String {
        var knobs: [Knob] = []
        for name in names { knobs.append(try knob(name)) }
        if knobs.isEmpty { knobs = RunConfig.knobs }
        let style = session.style
        var table = TextTable(header: ["", "knob", "value", "about"], alignments: [.left, .left, .left, .left])
        var changed = 0
        for knob in knobs {
            let value = knob.value(in: session.config), standard = knob.value(in: RunConfig())
            if value != standard { changed += 1 }
            let about = value == standard ? knob.summary : "(default \(standard)) \(knob.summary)"
            table.add([value == standard ? " " : "*", knob.name, value, about])
        }
        var out = table.render(style: style)
        if names.isEmpty {
            var summary = changed == 0 ? "All knobs are at the defaults (seed 004's baseline)." : "* \(changed) changed from the defaults (seed 004's baseline)."
            if session.baseline != RunConfig() { summary += " `reset` returns to \(session.baselineName)." }
            out += Text.wrap(summary + " `set KNOB VALUE` changes one, `explain KNOB` tells more.", width: style.width) + "\n"
        }
        return out
    }

    static func set(_ session: Session, _ arguments: [String]) throws(TutorError) {
        var words: [String] = []
        for argument in arguments {
            if let equals = argument.firstIndex(of: "="), equals != argument.startIndex {
                words.append(String(argument[..<equals]))
                words.append(String(argument[argument.index(after: equals)...]))
            } else {
                words.append(argument)
            }
        }
        guard !words.isEmpty else {
            throw TutorError("set needs a knob and a value", hint: "e.g. set dropout 0.2; `show` lists the knobs")
        }
        var config = session.config
        var given: [String: String] = [:]
        var index = 0
        while index < words.count {
            let found = try knob(words[index])
            guard index + 1 < words.count else {
                throw TutorError("`set \(found.name)` needs a value: \(found.allowed)", hint: "e.g. set \(found.name) \(found.example)")
            }
            // "Last one wins" would hide a typo in a long line; say which value was meant twice.
            if let earlier = given[found.name] {
                throw TutorError("\(found.name) is set twice in one command (\(earlier), then \(words[index + 1]))",
                                 hint: "give each knob once, e.g. set \(found.name) \(words[index + 1])")
            }
            given[found.name] = words[index + 1]
            do { try config.set(found.name, to: words[index + 1]) } catch { throw TutorError(error) }
            index += 2
        }
        let changes = config.differences(from: session.config)
        session.config = config
        session.write(changeLines(changes, session: session, unchanged: "no change: the knobs already had those values"))
        for note in config.idleKnobNotes(among: Array(given.keys).sorted()) { session.write("note: \(note)\n") }
    }

    static func reset(_ session: Session, _ names: [String]) throws(TutorError) {
        var config = session.config
        if names.isEmpty {
            config = session.baseline
        } else {
            for name in names {
                let found = try knob(name)
                do { try config.set(found.name, to: found.value(in: session.baseline)) } catch { throw TutorError(error) }
            }
        }
        let changes = config.differences(from: session.config)
        session.config = config
        session.write(changeLines(changes, session: session, unchanged: "no change: already at \(session.baselineName)"))
    }

    /// `dropout 0 → 0.2`, one line per knob changed.
    static func changeLines(_ changes: [(name: String, old: String, new: String)], session: Session, unchanged: String) -> String {
        guard !changes.isEmpty else { return unchanged + "\n" }
        let arrow = session.style.arrow
        return changes.map { "\($0.name) \($0.old) \(arrow) \($0.new)\n" }.joined()
    }

    static func explain(_ session: Session, _ name: String) throws(TutorError) -> String {
        let found = try knob(name)
        let style = session.style
        let value = found.value(in: session.config), base = found.value(in: session.baseline)
        let standard = found.value(in: RunConfig())
        var about = [value == standard ? "the default" : "default \(standard)"]
        if base != standard { about.append("\(session.baselineName) \(base)") }
        var out = Text.wrap("\(found.name): \(found.summary)", width: style.width) + "\n"
        out += Text.wrap("allowed: \(found.allowed); e.g. set \(found.name) \(found.example)", width: style.width, indent: "  ") + "\n"
        out += "  now: \(value) (\(about.joined(separator: "; ")))\n"
        out += Text.wrap("source: \(found.source)", width: style.width, indent: "  ") + "\n"
        if let text = session.options.explanations.texts[found.name], !text.isEmpty {
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                out += "\n" + Text.wrap(paragraph.replacingOccurrences(of: "\n", with: " "), width: style.width) + "\n"
            }
        }
        return out
    }
}
