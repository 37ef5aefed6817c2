import Foundation
import OverfitTutor

/// How this process's standard output can be drawn on: width, Unicode, colour.
enum OutputStyle {
    /// Width from the terminal, else `COLUMNS`, else 80; colour only on a TTY and never with
    /// `NO_COLOR`; Unicode unless `--ascii`.
    static func current(ascii: Bool) -> RenderStyle {
        let environment = ProcessInfo.processInfo.environment
        let isTTY = isatty(STDOUT_FILENO) == 1
        var width = 80
        var size = winsize()
        if isTTY, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 {
            width = Int(size.ws_col)
        } else if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 20 {
            width = min(columns, 400)
        }
        let color = isTTY && environment["NO_COLOR"] == nil
        return RenderStyle(width: width, unicode: !ascii, color: color)
    }
}
