import ArgumentParser
import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// A value of one of our options refused by our own check (`--memory-budget 12XB`, `overfit run
/// --set dropout=2`), not by the parser's. The parser prints a usage error before the language is
/// known, from a `ValidationError`'s English only; so each refusal keeps its sentences here, under
/// that English, and `main` says the usage error in the language of `--lang` or the environment,
/// the parser's own complaints (`ParserComplaint`) too. In English the parser's own screen is
/// printed, as before.
enum OptionRefusal {
    /// The error to throw for `error`, its sentences kept for a translation.
    static func refuse(_ error: HintedError) -> ValidationError {
        let english = error.commandLineDescription
        made.keep(error, as: english)
        return ValidationError(english)
    }

    /// The parser's usage error `full` (`Error: MESSAGE`, maybe `Help:  …`, the usage line, where
    /// to read more) in `language`'s words: a refusal of ours whose English is `message` in its
    /// catalogue sentence, a complaint of the parser's own (`ParserComplaint`) in the catalogue's
    /// words for it, anything else quoted in the parser's English. Nil when English is asked for,
    /// or `full` is no usage error (help, a bare exit code). Lines are broken at `width`.
    static func translated(full: String, message: String, error: Error, language: Language, width: Int = 80)
        -> String?
    {
        let lead = "Error: " + message
        guard language != .english, !message.isEmpty, full == lead || full.hasPrefix(lead + "\n") else { return nil }
        let style = RenderStyle(width: width, color: false, language: language)
        let tail = full.dropFirst(lead.count).components(separatedBy: "\n").dropFirst()
        let usage = tail.first { $0.hasPrefix("Usage: ") }.map { String($0.dropFirst("Usage: ".count)) } ?? ""
        let label = style.say(.errorLabel) + " ",
            said = sentence(message: message, error: error, usage: usage, style: style)
        var lines = [CommandLineHelp.wrapped(said, first: label, width: width, hanging: 2)]
        for line in tail {
            if line.hasPrefix("Usage: ") {
                // Broken at the screen's width, as on the help screen.
                lines.append(
                    CommandLineHelp.usageLines(
                        style.say(.cliUsageLabel), String(line.dropFirst("Usage: ".count)), width: width))
            } else if line.hasPrefix("  See '"), line.hasSuffix("' for more information.") {
                let command = line.dropFirst("  See '".count).dropLast("' for more information.".count)
                lines.append("  " + style.say(.errorUsageSeeHelp, ["command": String(command)]))
            } else if line.hasPrefix("Help:  ") {
                // `--data <dir>  text`: the text wrapped, each further line under the option.
                let label = style.say(.errorHelpLabel) + "  "
                let item = CommandLineHelp.translatedItem(String(line.dropFirst("Help:  ".count)), style: style)
                let gap = item.range(of: "  ")
                let first = label + (gap.map { String(item[..<$0.upperBound]) } ?? "")
                let text = gap.map { String(item[$0.upperBound...]) } ?? item
                lines.append(CommandLineHelp.wrapped(text, first: first, width: width, hanging: label.displayWidth))
            } else {
                lines.append(line)
            }
        }
        // What was typed reaches the terminal: through the sanitiser.
        return VisibleText.escaped(lines.joined(separator: "\n"), keepingNewlines: true)
    }

    /// The error's sentence in `style`'s language: ours from the catalogue, the parser's from
    /// the catalogue's words for its kind, anything else its English in quotes.
    static func sentence(message: String, error: Error, usage: String, style: RenderStyle) -> String {
        if let refusal = made.error(for: message), let said = said(refusal, style: style) { return said }
        if let said = ParserComplaint.classify(error, message: message, usage: usage).said(style: style) {
            return said
        }
        return style.say(.errorCommandLine, ["message": message])
    }

    /// `error`'s message and hint in `style`'s words; nil when one of them has no catalogue sentence.
    static func said(_ error: HintedError, style: RenderStyle) -> String? {
        guard let phrase = error.phrase, error.hint == nil || error.hintPhrase != nil else { return nil }
        return style.say(phrase) + (error.hintPhrase.map { "; " + HintedError.commandLineSyntax(style.say($0)) } ?? "")
    }

    /// `--lang`'s value among `arguments`, and the arguments without it, as the parser would read
    /// them (`--lang ko`, `--lang=ko`).
    static func languageFlag(_ arguments: [String]) -> (flag: String?, rest: [String]) {
        var rest = arguments
        if let index = rest.firstIndex(where: { $0 == "--lang" }), index + 1 < rest.count {
            let flag = rest[index + 1]
            rest.removeSubrange(index...(index + 1))
            return (flag, rest)
        }
        if let index = rest.firstIndex(where: { $0.hasPrefix("--lang=") }) {
            let flag = String(rest[index].dropFirst("--lang=".count))
            rest.remove(at: index)
            return (flag, rest)
        }
        return (nil, rest)
    }

    private static let made = Refusals()

    /// The refusals made in this process, by their English (the parser validates on one thread,
    /// but a lock costs nothing here).
    private final class Refusals: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String: HintedError] = [:]

        func keep(_ error: HintedError, as english: String) {
            lock.withLock { errors[english] = error }
        }

        func error(for english: String) -> HintedError? {
            lock.withLock { errors[english] }
        }
    }
}
