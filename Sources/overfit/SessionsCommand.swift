import ArgumentParser
import Foundation
import OverfitTutor

/// `overfit sessions`: the sessions kept in the data directory, newest first, numbered as
/// `overfit --resume N` takes them.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the sessions kept in the data directory, newest first (`overfit --resume N` continues one).")

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let directory = DataDirectory.path(environment: environment) else {
            StandardStreams.err("error: neither XDG_DATA_HOME nor HOME is set: there is no data directory\n")
            throw ExitCode(1)
        }
        let history = SessionHistory(dataDirectory: directory, owner: false)
        let style = RenderStyle(width: TerminalInfo.width(), unicode: true, color: false)
        StandardStreams.out(HistoryListing.render(history.list(), directory: history.directory, style: style))
    }
}
