import OverfitLessons
import OverfitTraining

/// `overfit --help` in a language other than English: the same screen as the argument parser's
/// English one (overview, usage, options, subcommands), its words from `lessons/ko/messages.txt`
/// (`cli.*`), wrapped by display width. English keeps the parser's own screen. A subcommand's
/// help (`overfit run --help`) is the parser's English screen with each text replaced by its
/// translation (`translated`).
public enum CommandLineHelp {
    /// The subcommands in the order the parser lists them, with their catalogue keys.
    static let subcommands: [(name: String, key: TutorMessages.Key)] = [
        ("tutor", .cliTutor), ("sessions", .cliSessions), ("run", .cliRun), ("bench", .cliBench),
        ("check-lessons", .cliCheckLessons),
    ]

    public static func render(style: RenderStyle) -> String {
        let column = 26
        let hanging = String(repeating: " ", count: column)
        func item(_ left: String, _ text: String) -> String {
            Text.wrap(text, width: style.width, indent: hanging, firstIndent: "  " + Text.padRight(left, column - 2))
                + "\n"
        }
        var out = Text.wrap(style.say(.cliOverview), width: style.width) + "\n\n"
        out += style.say(.cliUsage) + "\n\n"
        out += style.say(.cliOptionsLabel) + "\n"
        out += item("--version", style.say(.cliVersion))
        out += item("-h, --help", style.say(.cliHelp)) + "\n"
        out += style.say(.cliSubcommandsLabel) + "\n"
        for (index, subcommand) in subcommands.enumerated() {
            let name = index == 0 ? subcommand.name + " " + style.say(.cliDefault) : subcommand.name
            out += item(name, style.say(subcommand.key))
        }
        return out + "\n" + Text.wrap(style.say(.cliSeeHelp), width: style.width, indent: "  ", firstIndent: "  ")
            + "\n"
    }

    /// The label column of an option, as the argument parser lays it out.
    static let column = 26

    /// A subcommand's help screen in `style`'s language, made from the argument parser's own
    /// English screen for it, unwrapped (`helpMessage(for:columns:)` with a very wide screen):
    /// every text is looked up among the English `cli.*` messages and replaced by its
    /// translation, and a knob of `run`'s list gets its `show` summary. Names, value names and
    /// the usage line stay as the parser wrote them, so the screens list the same options; a
    /// text with no message stays English (`CommandLineHelpTests` refuses that).
    public static func translated(_ english: String, style: RenderStyle) -> String {
        let table = translations(style)
        let hanging = String(repeating: " ", count: column)
        var out = ""
        var items = false
        var pendingLabel: String?
        func item(_ left: String, _ help: String) {
            out +=
                Text.wrap(
                    translate(help, table: table, style: style), width: style.width, indent: hanging,
                    firstIndent: "  " + Text.padRight(left, column - 2)) + "\n"
        }
        for line in english.components(separatedBy: "\n") {
            if let label = pendingLabel {
                pendingLabel = nil
                // A label wider than its column has its text on the next line.
                if line.hasPrefix(hanging), !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    item(label, line.trimmingCharacters(in: .whitespaces))
                    continue
                }
                out += "  " + label + "\n"
            }
            if line.hasPrefix("OVERVIEW: ") {
                let text = translate(String(line.dropFirst("OVERVIEW: ".count)), table: table, style: style)
                out += Text.wrap(style.say(.cliOverviewLabel) + " " + text, width: style.width) + "\n"
            } else if line.hasPrefix("USAGE: ") {
                out +=
                    usageLines(style.say(.cliUsageLabel), String(line.dropFirst("USAGE: ".count)), width: style.width)
                    + "\n"
                items = true
            } else if line == "ARGUMENTS:" || line == "OPTIONS:" {
                out += style.say(line == "OPTIONS:" ? .cliOptionsLabel : .cliArgumentsLabel) + "\n"
            } else if items, line.hasPrefix("  ") {
                let body = line.dropFirst(2)
                guard let gap = body.range(of: "  ") else {
                    pendingLabel = String(body)
                    continue
                }
                item(String(body[..<gap.lowerBound]), body[gap.upperBound...].trimmingCharacters(in: .whitespaces))
            } else if let knob = knobLine(line) {
                let summary = TutorMessages.Key(rawValue: "knob." + knob.name).map { style.say($0) } ?? knob.allowed
                let width = (RunConfig.knobs.map(\.name.count).max() ?? 0) + 2
                out +=
                    Text.wrap(
                        summary + " (" + knob.value + ")", width: style.width,
                        indent: String(repeating: " ", count: width + 2),
                        firstIndent: "  " + Text.padRight(knob.name, width)) + "\n"
            } else if line.isEmpty {
                out += "\n"
            } else {
                out += Text.wrap(translate(line, table: table, style: style), width: style.width) + "\n"
            }
        }
        if let label = pendingLabel { out += "  " + label + "\n" }
        return out
    }

    /// The parser's `Help:` line of a usage error (`--data <dir>  The directory …`) with its
    /// text in `style`'s language; the option's synopsis stays as the parser wrote it.
    public static func translatedItem(_ item: String, style: RenderStyle) -> String {
        guard let gap = item.range(of: "  ") else { return item }
        let text = item[gap.upperBound...].trimmingCharacters(in: .whitespaces)
        return item[..<gap.upperBound] + translate(text, table: translations(style), style: style)
    }

    /// A usage line, `label` then the command and its options, broken at `width` columns between
    /// the options (`[--set <knob=value> ...]` stays whole), each further line indented under the
    /// first option: the parser leaves it one line, wider than the screen.
    public static func usageLines(_ label: String, _ usage: String, width: Int) -> String {
        let groups = usageGroups(usage)
        let command = groups.prefix { !"[<-".contains($0.first ?? "[") }
        var line = ([label] + command).joined(separator: " ")
        var indent = String(repeating: " ", count: Text.visibleCount(line) + 1)
        // A long command name leaves little room: a short indent then.
        if indent.count > width / 2 { indent = "    " }
        var lines: [String] = []
        for group in groups.dropFirst(command.count) {
            if line != indent, Text.visibleCount(line) + 1 + Text.visibleCount(group) > width {
                lines.append(line)
                line = indent + group
            } else {
                line += (line == indent ? "" : " ") + group
            }
        }
        return (lines + [line]).joined(separator: "\n")
    }

    /// `text` after `first` (a label), broken at spaces into lines of at most `width` columns,
    /// each after the first indented by `hanging` columns.
    public static func wrapped(_ text: String, first: String, width: Int, hanging: Int) -> String {
        Text.wrap(text, width: width, indent: String(repeating: " ", count: hanging), firstIndent: first)
    }

    /// The parser's own help screen with its `USAGE:` line broken at `width` (`usageLines`);
    /// every other line as it was.
    public static func wrappingUsage(_ help: String, width: Int) -> String {
        help.components(separatedBy: "\n").map { line in
            line.hasPrefix("USAGE: ")
                ? usageLines("USAGE:", String(line.dropFirst("USAGE: ".count)), width: width) : line
        }.joined(separator: "\n")
    }

    /// A usage line's words, a bracketed group (`[--data <dir>]`) as one.
    static func usageGroups(_ usage: String) -> [String] {
        var groups: [String] = [], current = "", depth = 0
        for character in usage {
            if character == " " && depth == 0 {
                if !current.isEmpty { groups.append(current) }
                current = ""
                continue
            }
            if "[<".contains(character) { depth += 1 }
            if "]>".contains(character) { depth = max(0, depth - 1) }
            current.append(character)
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// Every `cli.*` message: its English text, and its text in `style`'s language.
    static func translations(_ style: RenderStyle) -> [String: String] {
        let english = TutorMessages.installed(.english)
        var table: [String: String] = [:]
        for key in TutorMessages.Key.allCases where key.rawValue.hasPrefix("cli.") {
            table[english.text(key)] = style.say(key)
        }
        return table
    }

    /// `text` translated; the parser's own tail (`(values: …; default: …)`) is kept, its two
    /// words translated.
    static func translate(_ text: String, table: [String: String], style: RenderStyle) -> String {
        if let found = table[text] { return found }
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards),
            let found = table[String(text[..<open.lowerBound])]
        else { return text }
        let tail = text[open.upperBound..<text.index(before: text.endIndex)]
        let parts = tail.components(separatedBy: "; ").map { part in
            if part.hasPrefix("values: ") { return style.say(.cliValuesLabel) + " " + part.dropFirst("values: ".count) }
            if part.hasPrefix("default: ") {
                return style.say(.cliDefaultLabel) + " " + part.dropFirst("default: ".count)
            }
            return part
        }
        return found + " (" + parts.joined(separator: "; ") + ")"
    }

    /// A line of `run`'s knob list: `  dropout       a number in [0, 1) (0)`.
    static func knobLine(_ line: String) -> (name: String, allowed: String, value: String)? {
        guard line.hasPrefix("  "), line.hasSuffix(")") else { return nil }
        let body = line.dropFirst(2)
        let name = String(body.prefix { $0 != " " })
        guard RunConfig.knobs.contains(where: { $0.name == name }),
            let open = body.range(of: " (", options: .backwards)
        else { return nil }
        let allowed = body[body.index(body.startIndex, offsetBy: name.count)..<open.lowerBound]
        let value = body[open.upperBound..<body.index(before: body.endIndex)]
        return (name, allowed.trimmingCharacters(in: .whitespaces), String(value))
    }
}
