import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitEngine
import OverfitTraining

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
        main(nil)
    }
}
