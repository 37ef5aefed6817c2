import ArgumentParser
import Foundation
import OverfitTutor

/// Stops a command that speaks the tutor's words when those words were not found
/// (`MissingTexts`): a clear error at start, not `[messages.txt: no KEY]` on every line.
enum MessagesCheck {
    static func require() throws {
        guard let problem = MissingTexts.problem(environment: ProcessInfo.processInfo.environment) else { return }
        StandardStreams.err(problem)
        throw ExitCode(1)
    }
}
