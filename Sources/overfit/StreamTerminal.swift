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

    /// Standard input's lines; a signal that asks the tutor to stop ends the wait for one.
    private var input = InputLines { overfit_hangup_pending() != 0 }

    /// Set when standard input is a directory (`overfit < DIRECTORY`: every read fails with
    /// EISDIR, which looked like an empty script): the script did not run, so the tutor exits 1.
    private(set) var inputFailed = false

    /// Said once, on standard error, when reading fails: a directory is not a script.
    private func noteInputError(_ code: Int32) {
        guard !inputFailed, code == EISDIR else { return }
        inputFailed = true
        StandardStreams.err(
            "error: cannot read commands from standard input: it is a directory\n"
                + "  hint: give overfit a file of commands (overfit < commands.txt) or a pipe\n")
    }

    /// Invalid UTF-8 is repaired (U+FFFD), so binary garbage arrives as a harmless line. A
    /// script saved on Windows reads the same: CRLF ends a line, a byte-order mark is dropped.
    /// Once standard output has failed, no further command is read: none would be seen. A
    /// signal that asks to stop ends the wait (nil).
    func readLine(prompt: String) -> String? {
        guard !StandardStreams.outputFailed else { return nil }
        let bytes: [UInt8]
        switch input.next() {
        case .line(let read): bytes = read
        case .end, .stopped: return nil
        case .failed(let code):
            noteInputError(code)
            return nil
        }
        var line = String(decoding: bytes, as: UTF8.self)
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
