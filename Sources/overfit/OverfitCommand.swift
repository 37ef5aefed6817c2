import ArgumentParser
import OverfitTraining

/// `overfit` alone starts the tutor; `overfit run` trains one config headless; `overfit bench`
/// measures the engine.
@main
struct OverfitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overfit",
        abstract: "A terminal tutor that teaches overfitting by letting you break a neural network and fix it.",
        version: OverfitVersion.current,
        subcommands: [TutorCommand.self, SessionsCommand.self, RunCommand.self, BenchCommand.self, CheckLessonsCommand.self],
        defaultSubcommand: TutorCommand.self)

    /// Before anything runs: checked standard streams (see `StandardStreams`).
    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}

