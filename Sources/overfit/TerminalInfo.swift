import Foundation

/// What the executable asks of the real terminal: is a stream a TTY, how wide is it, may it be
/// coloured. Kept out of the tutor core, which is handed the answers.
enum TerminalInfo {
    static func isTTY(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The window's columns, else `COLUMNS`, else 80. Asked before every command (a resized
    /// window is followed), so it reads the one variable it needs: building the whole
    /// environment each time cost a resume of 5,000 commands a third of its time.
    static func width() -> Int {
        var size = winsize()
        if isTTY(STDOUT_FILENO), ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            return Int(size.ws_col)
        }
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns >= 20 {
            return min(columns, 400)
        }
        return 80
    }

    /// The width the argument parser lays its help out at: COLUMNS when set, else the
    /// terminal's, else 80.
    static func helpWidth() -> Int {
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns >= 20 {
            return min(columns, 400)
        }
        return width()
    }

    /// Makes the C library (readline) read and show text as UTF-8: the locale's character type if
    /// its codeset is UTF-8, else `C.UTF-8`. A Swift program starts in the "C" locale, where
    /// readline takes each byte of a Hangul syllable for a key with Meta held, and a terminal
    /// with only `LANG=C.UTF-8`, or none at all, would never type Korean. Only LC_CTYPE moves:
    /// numbers are still written with a `.`. Returns the codeset in force afterwards.
    @discardableResult
    static func useUTF8Characters() -> String {
        setlocale(LC_CTYPE, "")
        if codeset() != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        return codeset()
    }

    static func codeset() -> String {
        nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
    }

    /// Colours on a TTY only, and never when `NO_COLOR` is set (to anything) or `TERM=dumb`.
    static func colorAllowed(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isTTY(STDOUT_FILENO) && environment["NO_COLOR"] == nil && !isDumb(environment: environment)
    }

    /// `TERM=dumb` (an editor's shell buffer, a serial console): no cursor movement, so no line
    /// redrawn in place; output is plain lines, as on a pipe.
    static func isDumb(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment["TERM"] == "dumb"
    }
}
