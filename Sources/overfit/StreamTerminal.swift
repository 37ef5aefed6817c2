import CInterrupt
import Foundation
import OverfitData
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

    private var firstLine = true

    /// Invalid UTF-8 is repaired (U+FFFD), so binary garbage arrives as a harmless line. A
    /// script saved on Windows reads the same: CRLF ends a line, a byte-order mark is dropped.
    /// Once standard output has failed, no further command is read: none would be seen.
    func readLine(prompt: String) -> String? {
        guard !StandardStreams.outputFailed, var line = Swift.readLine(strippingNewline: true) else { return nil }
        if firstLine {
            firstLine = false
            line = TextFile.normalised(line)
        }
        if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
        return line
    }

    func write(_ text: String) {
        StandardStreams.out(text)
    }

    func writeError(_ text: String) {
        StandardStreams.err(text)
    }

    func showProgress(_ line: String) {}
    func clearProgress() {}
    /// Ctrl-C, SIGTERM, SIGHUP and SIGQUIT all stop a script (`TutorCommand.catchSignals`): the
    /// run in progress is kept as cancelled and no further line is read.
    func interruptRequested() -> Bool { overfit_interrupt_pending() != 0 }
    func clearInterrupt() { overfit_interrupt_clear() }
    func hangupRequested() -> Bool { overfit_hangup_pending() != 0 }
}
