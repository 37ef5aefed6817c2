import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitEngine
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// `overfit` alone starts the tutor; `overfit run` trains one config headless; `overfit bench`
/// measures the engine.
@main
struct OverfitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overfit",
        abstract: "A terminal tutor that teaches overfitting by letting you break a neural network and fix it.",
        version: "\(OverfitVersion.current)\n\(Engine.processSettings.description)",
        subcommands: [
            TutorCommand.self, SessionsCommand.self, RunCommand.self, BenchCommand.self, CheckLessonsCommand.self,
        ],
        defaultSubcommand: TutorCommand.self)

    /// Before anything runs: SIGQUIT made SIGTERM, checked standard streams (see `StandardStreams`), then refuses
    /// OVERFIT_KERNELS or OVERFIT_THREADS values the engine cannot use (--version and --help
    /// included), then parses the command line.
    static func main() {
        // Ctrl-\ ends any command as SIGTERM would; the tutor then installs its own handlers.
        overfit_quit_as_terminate_install()
        StandardStreams.prepare()
        if case .failure(let error) = Engine.environmentSettings {
            // The message quotes the variable's value: someone else's text, shown safely.
            FileHandle.standardError.write(Data("error: \(VisibleText.escaped(error.message))\n".utf8))
            Foundation.exit(2)
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let help = translatedHelp(arguments) {
            StandardStreams.out(help)
            Foundation.exit(0)
        }
        // As `main(nil)`, with a usage error said in the chosen language.
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let environment = ProcessInfo.processInfo.environment
            let language = try? Language.choose(
                flag: OptionRefusal.languageFlag(arguments).flag, environment: environment)
            let full = fullMessage(for: error), status = exitCode(for: error).rawValue
            if let language,
                let said = OptionRefusal.translated(
                    full: full, message: message(for: error), error: error, language: language,
                    width: TerminalInfo.helpWidth())
            {
                StandardStreams.err(said + "\n")
                Foundation.exit(status)
            }
            // The parser's help screen (English) with its usage line as wide as the screen.
            if status == 0, full.contains("USAGE: ") {
                StandardStreams.out(CommandLineHelp.wrappingUsage(full, width: TerminalInfo.helpWidth()) + "\n")
                Foundation.exit(status)
            }
            // The parser quotes what was typed (`--\e[2J`): through the sanitiser.
            if status != 0, full.unicodeScalars.contains(where: { VisibleText.needsEscape($0, keepingNewlines: true) })
            {
                StandardStreams.err(VisibleText.escaped(full, keepingNewlines: true) + "\n")
                Foundation.exit(status)
            }
            exit(withError: error)
        }
    }

    /// `overfit --help` (or `-h`, `help`, with or without `--lang`), `overfit CMD --help` and
    /// `overfit help CMD` when the language chosen is not English: the same screen in its words.
    /// `--help` among other options (`overfit run --json --help`) is the screen the parser would
    /// show: CMD's when the line starts with CMD, else the tutor's (the default command). Nil for
    /// English, or any other command line (the parser answers those).
    static func translatedHelp(_ arguments: [String]) -> String? {
        let (flag, rest) = OptionRefusal.languageFlag(arguments)
        let asksHelp = ["--help", "-h"]
        // What follows `--` is an argument, never a request for help.
        let options = rest.prefix { $0 != "--" }
        let subcommand: ParsableCommand.Type?
        if options.count == 1, asksHelp.contains(options[0]) || options[0] == "help" {
            subcommand = nil
        } else if rest.count == 2, rest[0] == "help" {
            subcommand = subcommands[rest[1]]
        } else if options.contains(where: asksHelp.contains) {
            subcommand = arguments.first.flatMap { subcommands[$0] } ?? subcommands["tutor"]
        } else {
            return nil
        }
        guard options.count == 1 || subcommand != nil,
            let language = try? Language.choose(flag: flag, environment: ProcessInfo.processInfo.environment),
            language != .english, MissingTexts.problem(environment: ProcessInfo.processInfo.environment) == nil
        else { return nil }
        // The screen's width, at most 80 columns: the translated screen is prose.
        let style = RenderStyle(width: min(80, TerminalInfo.helpWidth()), language: language)
        guard let subcommand else { return CommandLineHelp.render(style: style) }
        // The parser's own screen, unwrapped, in the language's words: the two cannot list
        // different options.
        return CommandLineHelp.translated(helpMessage(for: subcommand, columns: 100_000), style: style)
    }

    /// The subcommands by name, as `overfit NAME --help` and `overfit help NAME` give them.
    static let subcommands: [String: ParsableCommand.Type] = Dictionary(
        uniqueKeysWithValues: configuration.subcommands.map { ($0.configuration.commandName ?? "", $0) })
}
