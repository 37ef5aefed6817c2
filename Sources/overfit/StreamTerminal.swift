import Foundation
import OverfitTutor

/// The terminal for scripts and pipes (`overfit < commands.txt`): lines from stdin, no prompt, no
/// progress redraws; output to stdout, errors to stderr.
final class StreamTerminal: Terminal {
    let isInteractive = false
    let supportsColor: Bool

    init(color: Bool) {
        supportsColor = color
    }

    var width: Int { TerminalInfo.width() }

    /// Invalid UTF-8 is repaired (U+FFFD), so binary garbage arrives as a harmless line.
    func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    func showProgress(_ line: String) {}
    func clearProgress() {}
    func interruptRequested() -> Bool { false }
    func clearInterrupt() {}
}
