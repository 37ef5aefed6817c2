import ArgumentParser
import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// A value of one of our options refused by our own check (`--memory-budget 12XB`, `overfit run
/// --set dropout=2`), not by the parser's. The parser prints a usage error before the language is
/// known, from a `ValidationError`'s English only; so each refusal keeps its sentences here, under
/// that English, and `main` says the usage error in the language of `--lang` or the environment.
/// In English the parser's own screen is printed, as before.
enum OptionRefusal {
    /// The error to throw for `error`, its sentences kept for a translation.
    static func refuse(_ error: HintedError) -> ValidationError {
        let english = error.commandLineDescription
        made.keep(error, as: english)
        return ValidationError(english)
    }

    /// The parser's usage error `full` (`Error: MESSAGE`, the usage line, where to read more) in
    /// `language`'s words, for a refusal of ours whose English is `message`; nil when English is
    /// asked for, or the error is the parser's own (then it prints its English).
    static func translated(full: String, message: String, language: Language) -> String? {
        guard language != .english, let error = made.error(for: message), let phrase = error.phrase,
            error.hint == nil || error.hintPhrase != nil, full.hasPrefix("Error: " + message + "\n")
        else { return nil }
        let style = RenderStyle(width: 80, color: false, language: language)
        let said =
            style.say(phrase) + (error.hintPhrase.map { "; " + HintedError.commandLineSyntax(style.say($0)) } ?? "")
        var lines = [style.say(.errorLabel) + " " + said]
        for line in full.dropFirst(("Error: " + message + "\n").count).components(separatedBy: "\n") {
            if line.hasPrefix("Usage: ") {
                lines.append(style.say(.cliUsageLabel) + " " + line.dropFirst("Usage: ".count))
            } else if line.hasPrefix("  See '"), line.hasSuffix("' for more information.") {
                let command = line.dropFirst("  See '".count).dropLast("' for more information.".count)
                lines.append("  " + style.say(.errorUsageSeeHelp, ["command": String(command)]))
            } else {
                lines.append(line)
            }
        }
        // What was typed reaches the terminal: through the sanitiser.
        return VisibleText.escaped(lines.joined(separator: "\n"), keepingNewlines: true)
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
