import OverfitLessons
import OverfitTraining

/// What tab completion offers for the word being typed.
public enum Completion: Equatable, Sendable {
    case words([String])
    /// File names: readline's own file completion.
    case files
}

/// One command, declared once: `help`, `help CMD`, completion and "did you mean" read it. Its
/// words are `command.NAME` in `lessons/messages.txt`: the first paragraph is its line in `help`,
/// the others what `help NAME` adds.
struct Command: Sendable {
    let name: String
    var aliases: [String] = []
    let usage: String
    /// Whether the command goes into the session file (commands that write files or leave do not).
    var recorded = true
    /// Whether a replayed session file or a lesson step may run it. Commands that write files
    /// or end the session may not: such files are often someone else's (see `CommandOrigin`).
    var mayRunFromFile = true
    /// Candidates for the next argument, given the arguments before it.
    var complete: @Sendable (Session, [String]) -> Completion = { _, _ in .words([]) }
    /// Whether the command changes something a learner would miss if the session were lost:
    /// knobs, or the place on the lesson path. A session of only `help` and `show` is not
    /// autosaved, so it cannot push real work out of the autosave.
    var changesState = false
    /// Whether a lesson's `do:` step may ask for it: it turns knobs, only shows something, or
    /// (`sweep`) makes runs as `run` does. Enter types a step's command for the learner, and a
    /// lesson file may be someone else's: no such command writes files, ends the session or
    /// moves along the path (`do: next` would run itself until the stack overflowed).
    var lessonStep = false
    let handler: @Sendable (Session, [String]) throws(HintedError) -> Void

    /// The catalogue's key for the command's words.
    var key: TutorMessages.Key? { TutorMessages.Key(rawValue: "command.\(name)") }

    /// The line `help` shows, in the style's language.
    func summary(_ style: RenderStyle) -> String {
        paragraphs(style).first ?? ""
    }

    /// What `help NAME` adds to the summary: one string a paragraph.
    func help(_ style: RenderStyle) -> [String] {
        Array(paragraphs(style).dropFirst())
    }

    private func paragraphs(_ style: RenderStyle) -> [String] {
        guard let key else { return [] }
        return style.say(key).components(separatedBy: "\n")
    }
}

enum CommandTable {
    static let all: [Command] =
        HelpCommands.commands + KnobCommands.commands + RunCommands.commands
        + SweepCommands.commands + ChartCommands.commands + DisplayCommands.commands + FileCommands.commands
        + LessonCommands.commands + RecapCommands.commands + SourceCommands.commands + LanguageCommands.commands

    /// The commands a lesson step may ask for (`LessonParser` is given them).
    static let lessonStepCommands = Set(all.filter(\.lessonStep).map(\.name))

    static func find(_ name: String) -> Command? {
        let key = name.lowercased()
        return all.first { $0.name == key || $0.aliases.contains(key) }
    }

    static func command(named name: String, style: RenderStyle = .plain) throws(HintedError) -> Command {
        if let command = find(name) { return command }
        let suggestion = Suggestion.closest(to: name, among: all.map(\.name))
        throw HintedError(
            suggestion.map { style.say(.errorUnknownCommandSuggest, ["name": Text.shown(name), "suggestion": $0]) }
                ?? style.say(.errorUnknownCommand, ["name": Text.shown(name)]),
            hint: style.say(.hintHelpLists))
    }

    /// `help`: every command's usage and summary.
    static func overview(style: RenderStyle) -> String {
        let usageWidth = (all.map(\.usage.count).max() ?? 0) + 2
        var out = style.say(.helpOverview) + "\n"
        let indent = String(repeating: " ", count: 2 + usageWidth)
        for command in all {
            let first = "  " + Text.padRight(command.usage, usageWidth)
            out += Text.wrap(command.summary(style), width: style.width, indent: indent, firstIndent: first) + "\n"
        }
        out += Text.wrap(style.say(.helpKnobs), width: style.width) + "\n"
        return out
    }

    /// `help CMD`: usage, aliases, summary and the long help, wrapped to the width.
    static func detail(_ command: Command, style: RenderStyle) -> String {
        var out = style.say(.helpUsage, ["usage": command.usage]) + "\n"
        if !command.aliases.isEmpty {
            out += style.say(.helpAlso, ["aliases": command.aliases.joined(separator: ", ")]) + "\n"
        }
        out += Text.wrap(command.summary(style), width: style.width) + "\n"
        for paragraph in command.help(style) {
            out += Text.wrap(paragraph, width: style.width, indent: "  ") + "\n"
        }
        return out
    }
}

extension Session {
    /// Completion candidates for `word`, the text being typed, after the text `before` it.
    public func completions(before: String, word: String) -> Completion {
        let words = (try? Tokenizer.split(before)) ?? before.split(separator: " ").map(String.init)
        let candidates: Completion
        if let name = words.first {
            guard let command = CommandTable.find(name) else { return .words([]) }
            candidates = command.complete(self, Array(words.dropFirst()))
        } else {
            candidates = .words(CommandTable.all.map(\.name))
        }
        guard case .words(let list) = candidates else { return candidates }
        var seen = Set<String>()
        return .words(list.filter { $0.hasPrefix(word) && seen.insert($0).inserted })
    }
}

/// Completers shared by several commands.
enum Completers {
    static let knobNames: @Sendable (Session, [String]) -> Completion = { _, _ in .words(RunConfig.knobs.map(\.name)) }
    static let runIds: @Sendable (Session, [String]) -> Completion = { session, _ in
        .words(session.state.runs.map { String($0.id) })
    }
    static let files: @Sendable (Session, [String]) -> Completion = { _, _ in .files }
}
