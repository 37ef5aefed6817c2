/// Where a live progress line is drawn: a terminal, or `overfit run`'s standard error.
public protocol ProgressDisplay: AnyObject {
    /// Draws `line` in place of the previous progress line (TTY only).
    func showProgress(_ line: String)
    /// Removes the progress line, leaving the cursor at the start of an empty line.
    func clearProgress()
}

/// The narrow window the tutor has on the person (or script) at the other end. The executable
/// implements it over GNU readline; tests use `TranscriptTerminal`.
public protocol Terminal: ProgressDisplay {
    /// A person at a TTY: prompts are shown and a run draws a live progress line.
    var isInteractive: Bool { get }
    /// ANSI colours allowed (a TTY and no `NO_COLOR`).
    var supportsColor: Bool { get }
    /// Columns to fit; read before every command, so a resized window is followed.
    var width: Int { get }
    /// The next line typed, without its newline; nil at end of input (Ctrl-D, end of file).
    func readLine(prompt: String) -> String?
    func write(_ text: String)
    func writeError(_ text: String)
    /// Whether Ctrl-C was pressed since the last `clearInterrupt()`; polled during a run.
    func interruptRequested() -> Bool
    func clearInterrupt()
    /// Whether the window was closed or the tutor asked to stop (SIGHUP, SIGTERM): the session
    /// loop ends, saving everything, as at end of input.
    func hangupRequested() -> Bool
}

extension Terminal {
    public func hangupRequested() -> Bool { false }
}

/// A terminal made of a list of lines in and one string out, for tests, replays into a string,
/// and the lead's headless tools. Errors go into the same transcript, in order.
public final class TranscriptTerminal: Terminal {
    public var isInteractive: Bool
    public var supportsColor = false
    public var width: Int
    /// Print the prompt and each line read, as a TTY would echo them.
    public var echo: Bool
    public private(set) var output = ""
    public private(set) var errors = ""
    public private(set) var progressLines: [String] = []
    /// Set to make the next `interruptRequested()` report Ctrl-C (e.g. from a fake trainer).
    public var pendingInterrupt = false
    private var input: [String]

    public init(lines: [String] = [], width: Int = 80, interactive: Bool = false, echo: Bool = false) {
        input = lines
        self.width = width
        isInteractive = interactive
        self.echo = echo
    }

    public func readLine(prompt: String) -> String? {
        guard !input.isEmpty else { return nil }
        let line = input.removeFirst()
        if echo { output += prompt + line + "\n" }
        return line
    }

    public func write(_ text: String) { output += text }

    public func writeError(_ text: String) {
        output += text
        errors += text
    }

    public func showProgress(_ line: String) { progressLines.append(line) }
    public func clearProgress() {}
    public func interruptRequested() -> Bool { pendingInterrupt }
    public func clearInterrupt() { pendingInterrupt = false }
}
