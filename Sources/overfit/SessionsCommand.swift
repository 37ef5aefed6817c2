import ArgumentParser
import Foundation
import OverfitData
import OverfitLessons
import OverfitTutor

/// `overfit sessions`: the sessions kept in the data directory, newest first, numbered as
/// `overfit --resume N` takes them.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List the sessions kept in the data directory, newest first (`overfit --resume N` continues one).")

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = try languageOption.chosen(environment: environment)
        try MessagesCheck.require()
        let style = RenderStyle(width: TerminalInfo.width(), unicode: true, color: false, language: language)
        // One line each, unwrapped: the path is whole, as a script that greps it expects.
        func fail(_ message: String, hint: String? = nil) -> ExitCode {
            let hintLine = hint.map { "  \(style.say(.hintLabel)) \($0)\n" } ?? ""
            StandardStreams.err("\(style.say(.errorLabel)) \(message)\n" + hintLine)
            return ExitCode(1)
        }
        guard let directory = DataDirectory.path(environment: environment) else {
            throw fail(style.say(.sessionsNoEnvironment))
        }
        // The README's promise: no data directory is status 1, said plainly (a mistyped
        // XDG_DATA_HOME must not look like an empty history).
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            let from = environment["XDG_DATA_HOME"].map { $0.hasPrefix("/") } == true ? "XDG_DATA_HOME" : "HOME"
            let values = ["directory": VisibleText.escaped(directory), "from": from]
            let exists = FileManager.default.fileExists(atPath: directory)
            let hint =
                DataDirectory.isWritable(directory)
                ? style.say(.sessionsHintNoneYet, ["from": from])
                : style.say(.sessionsHintCannotCreate)
            throw fail(style.say(exists ? .sessionsNotDirectory : .sessionsNoDirectory, values), hint: hint)
        }
        var history = SessionHistory(dataDirectory: directory, owner: false)
        history.language = language
        StandardStreams.out(
            HistoryListing.render(
                history.list(), directory: history.directory, style: style,
                writable: DataDirectory.isWritable(history.directory)))
    }
}
