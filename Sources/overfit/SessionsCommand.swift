import ArgumentParser
import Foundation
import OverfitData
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
        // The README's promise: no data directory is status 1, said plainly (a mistyped
        // XDG_DATA_HOME must not look like an empty history).
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let from = environment["XDG_DATA_HOME"].map { $0.hasPrefix("/") } == true ? "XDG_DATA_HOME" : "HOME"
            let shown = VisibleText.escaped(directory)
            let what = FileManager.default.fileExists(atPath: directory) ? "is not a directory" : "does not exist"
            let hint =
                DataDirectory.isWritable(directory)
                ? "no session has been kept there yet; `overfit` starts one (check \(from) if you expected sessions)"
                : "it cannot be created either, so no session can be kept; set XDG_DATA_HOME to a directory you can write"
            StandardStreams.err("error: there is no data directory: \(shown) (from \(from)) \(what)\n  hint: \(hint)\n")
            throw ExitCode(1)
        }
        let history = SessionHistory(dataDirectory: directory, owner: false)
        let style = RenderStyle(width: TerminalInfo.width(), unicode: true, color: false)
        StandardStreams.out(
            HistoryListing.render(
                history.list(), directory: history.directory, style: style,
                writable: DataDirectory.isWritable(history.directory)))
    }
}
