import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitTraining
import OverfitTutor

/// `overfit run`: trains one config without the REPL, for scripts and for checking the engine.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train one configuration headless and print its history.",
        discussion: """
            Defaults are seed 004's baseline: the first 300 MNIST training images, \
            784-100-100-100-100-10 ReLU, PyTorch's init, SGD lr 0.1, batch 10, 100 epochs, seed 0.
            Knobs: \(RunConfig.knobs.map(\.name).joined(separator: ", ")).
            Example: overfit run --set dropout=0.2 --set epochs=30 --json
            """)

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a knob, e.g. --set dropout=0.2 (repeatable).", valueName: "knob=value"))
    var settings: [String] = []

    @Flag(help: "Print one JSON object (config, history, status) instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("The directory holding MNIST's four .gz files (default: the package's datasets/, or $OVERFIT_DATA).", valueName: "dir"))
    var data: String?

    func validate() throws {
        _ = try makeConfig()
    }

    func makeConfig() throws -> RunConfig {
        var config = RunConfig()
        var given: [String: String] = [:]
        for setting in settings {
            guard let equals = setting.firstIndex(of: "=") else {
                throw ValidationError("--set takes knob=value (got `\(setting)`), e.g. --set dropout=0.2")
            }
            let name = String(setting[..<equals]), value = String(setting[setting.index(after: equals)...])
            if let earlier = given[name] {
                throw ValidationError("--set \(name) is given twice (\(earlier), then \(value)); give each knob once")
            }
            given[name] = value
            do {
                try config.set(name, to: value)
            } catch {
                // The knob table's hints show the tutor's syntax; say it the way this command takes it.
                let example = (try? RunConfig.knob(named: name)).map { "; e.g. --set \($0.name)=\($0.example)" } ?? "; `overfit run --help` lists the knobs"
                throw ValidationError(error.message + example)
            }
        }
        do {
            try config.validate()
        } catch {
            throw ValidationError(error.message + (error.hint.map { "; " + Self.commandLineSyntax($0) } ?? ""))
        }
        return config
    }

    /// The knob table speaks the tutor's `set batch 10`; this command takes `--set batch=10`.
    static func commandLineSyntax(_ hint: String) -> String {
        var words = hint.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 2 < words.count {
            if words[index] == "set", (try? RunConfig.knob(named: words[index + 1])) != nil {
                var value = words[index + 2], trailing = ""
                while let last = value.last, ",;.)".contains(last) { trailing = String(last) + trailing; value.removeLast() }
                words.replaceSubrange(index...(index + 2), with: ["--set", "\(words[index + 1])=\(value)\(trailing)"])
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    func run() throws {
        let config = try makeConfig()
        let trainingData = try DataLoading.trainingData(flag: data)
        let style = RenderStyle(width: TerminalInfo.width(), unicode: true, color: TerminalInfo.colorAllowed())
        let progress = LiveProgress(display: StandardErrorProgress(), style: style,
                                    enabled: TerminalInfo.isTTY(STDERR_FILENO), totalEpochs: config.epochs)
        overfit_interrupt_clear()
        overfit_interrupt_install()
        defer { overfit_interrupt_uninstall() }
        let result = try Trainer(data: trainingData).run(config, onEvent: progress.handle) {
            overfit_interrupt_pending() != 0
        }
        progress.clear()
        if json {
            print(result.json())
        } else {
            print(RunReport.render(result, style: style), terminator: "")
        }
        if result.status == .cancelled {
            FileHandle.standardError.write(Data("stopped by Ctrl-C after \(result.history.count) epochs\n".utf8))
            throw ExitCode(130)
        }
    }
}
