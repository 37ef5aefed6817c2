import CInterrupt
@preconcurrency import CReadline
import Foundation
import OverfitTutor

/// The terminal of a person at a TTY, over GNU readline: line editing, history in the data
/// directory, tab completion from the tutor's command table. Readline's callback interface is
/// used so Ctrl-C at the prompt can clear the line (our SIGINT flag interrupts `poll`), while
/// during a run the terminal is in its normal mode and Ctrl-C sets the flag the run polls.
final class ReadlineTerminal: Terminal {
    let isInteractive = true
    let supportsColor: Bool
    /// `TERM=dumb`: nothing is redrawn in place (no `\r` and line erase); the live line is not shown.
    private let plain: Bool
    private let historyPath: String?

    init(color: Bool, plain: Bool, historyPath: String?, completer: @escaping (String, String) -> Completion) {
        supportsColor = color
        self.plain = plain
        self.historyPath = historyPath
        ReadlineState.completer = completer
        // Before readline's first initialisation, which reads the character type once.
        TerminalInfo.useUTF8Characters()
        rl_readline_name = UnsafePointer(strdup("overfit"))
        rl_catch_signals = 0
        rl_attempted_completion_function = attemptCompletion
        rl_initialize()
        // Eight-bit bytes are text, not Meta keys: taken as typed, shown as they are, never turned
        // into ESC-prefixed commands (readline picks these for a UTF-8 locale; an ~/.inputrc
        // written for another terminal could undo them).
        for (name, value) in [("input-meta", "on"), ("output-meta", "on"), ("convert-meta", "off")] {
            rl_variable_bind(name, value)
        }
        using_history()
        stifle_history(1000)
        if let historyPath { HistoryFile.lines(historyPath).forEach { add_history($0) } }
    }

    var width: Int { TerminalInfo.width() }

    func readLine(prompt: String) -> String? {
        guard !StandardStreams.outputFailed else { return nil }
        ReadlineState.finished = false
        ReadlineState.line = nil
        rl_callback_handler_install(prompt, lineHandler)
        // Starting a line, readline sets the character type again from LC_ALL, LC_CTYPE or LANG:
        // under `LC_ALL=C` that is the C locale, where a syllable's bytes are edited one by one.
        TerminalInfo.useUTF8Characters()
        while !ReadlineState.finished {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            if overfit_hangup_pending() != 0 { break }
            if ready < 0 {
                guard errno == EINTR else { break }
                if overfit_interrupt_pending() != 0 { clearLineAfterInterrupt() }
                continue
            }
            if descriptor.revents & Int16(POLLIN) == 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
            {
                break
            }
            rl_callback_read_char()
        }
        if !ReadlineState.finished { rl_callback_handler_remove() }
        guard let line = ReadlineState.line else {
            write("\n")
            return nil
        }
        remember(line)
        return line
    }

    /// Ctrl-C at the prompt: drop what was typed and start a fresh line.
    private func clearLineAfterInterrupt() {
        overfit_interrupt_clear()
        rl_free_line_state()
        rl_callback_sigcleanup()
        rl_replace_line("", 0)
        write("^C\n")
        rl_on_new_line()
        rl_redisplay()
    }

    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line.utf8.count <= 4096 else { return }
        if let last = history_get(history_base + history_length - 1), let text = last.pointee.line,
            String(cString: text) == line
        {
            return
        }
        add_history(line)
        if let historyPath { HistoryFile.append(line, to: historyPath) }
    }

    func write(_ text: String) {
        // After a hang-up the window is gone: a write would fail (EIO) and must not end the
        // tutor before the session is saved.
        guard overfit_hangup_pending() == 0 else { return }
        StandardStreams.out(text)
    }

    func writeError(_ text: String) {
        write(text)
    }

    /// Readline echoed the empty line and its newline: up one line, clear it, and draw the prompt
    /// with the command Enter typed. (Only a TTY gets here; a pipe uses `StreamTerminal`.)
    func showTyped(_ line: String, prompt: String) {
        write(plain ? prompt + line + "\n" : "\u{1B}[1A\r\u{1B}[2K" + prompt + line + "\n")
    }

    /// While the live line is up, keys typed are not echoed (they would land in the middle of
    /// it, and Ctrl-C would leave a `^C` there); they still reach the next prompt.
    func showProgress(_ line: String) {
        guard !plain else { return }
        _ = overfit_terminal_quiet()
        write("\r\u{1B}[2K" + line)
    }

    func clearProgress() {
        guard !plain else { return }
        write("\r\u{1B}[2K")
        overfit_terminal_restore()
    }

    func interruptRequested() -> Bool { overfit_interrupt_pending() != 0 }
    func hangupRequested() -> Bool { overfit_hangup_pending() != 0 }
    func clearInterrupt() { overfit_interrupt_clear() }
}

/// What readline's C callbacks share with Swift. Touched only from the main thread.
enum ReadlineState {
    nonisolated(unsafe) static var finished = false
    nonisolated(unsafe) static var line: String?
    nonisolated(unsafe) static var completer: ((String, String) -> Completion)?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var nextCandidate = 0
}

/// Readline hands over a finished line (nil at Ctrl-D on an empty line).
private func lineHandler(_ text: UnsafeMutablePointer<CChar>?) {
    rl_callback_handler_remove()
    ReadlineState.finished = true
    if let text {
        ReadlineState.line = String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
        free(text)
    } else {
        ReadlineState.line = nil
    }
}

private func attemptCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
>? {
    guard let completer = ReadlineState.completer, let buffer = rl_line_buffer else { return nil }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: strlen(buffer))
    let before = String(decoding: bytes.prefix(max(0, min(Int(start), bytes.count))), as: UTF8.self)
    let word = text.map { String(cString: $0) } ?? ""
    switch completer(before, word) {
    case .files:
        rl_attempted_completion_over = 0
        return nil
    case .words(let words):
        rl_attempted_completion_over = 1
        ReadlineState.candidates = words
        ReadlineState.nextCandidate = 0
        guard let text else { return nil }
        return rl_completion_matches(text, nextCompletion)
    }
}

private func nextCompletion(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 { ReadlineState.nextCandidate = 0 }
    guard ReadlineState.nextCandidate < ReadlineState.candidates.count else { return nil }
    defer { ReadlineState.nextCandidate += 1 }
    return strdup(ReadlineState.candidates[ReadlineState.nextCandidate])
}
