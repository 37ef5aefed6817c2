import Foundation

@testable import OverfitTutor

/// A terminal that, whenever the tutor writes, reads the history from disk: what the learner
/// sees of a command must already be saved, so a kill -9 right after cannot lose it.
final class SavedBeforeShownTerminal: Terminal {
    let isInteractive = false
    let supportsColor = false
    let width = 80
    let directory: String
    private var input: [String]
    /// For every write: the text, and how many commands and runs the history held then.
    private(set) var seen: [(text: String, commands: Int, runs: Int)] = []

    init(lines: [String], directory: String) {
        input = lines
        self.directory = directory
    }

    func readLine(prompt: String) -> String? { input.isEmpty ? nil : input.removeFirst() }
    func write(_ text: String) {
        let stored = (SessionHistory(dataDirectory: directory, owner: false).list().first).flatMap {
            try? $0.entry.load().file
        }
        seen.append((text, stored?.commands.count ?? 0, stored?.results.count ?? 0))
    }
    func writeError(_ text: String) { write(text) }
    func showProgress(_ line: String) {}
    func clearProgress() {}
    func interruptRequested() -> Bool { false }
    func clearInterrupt() {}
}
