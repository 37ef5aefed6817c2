import Foundation
import OverfitTutor

/// `overfit run`'s live line: drawn in place on standard error, so standard output stays the
/// table or the JSON alone.
final class StandardErrorProgress: ProgressDisplay {
    func showProgress(_ line: String) { write("\r\u{1B}[2K" + line) }
    func clearProgress() { write("\r\u{1B}[2K") }

    private func write(_ text: String) { StandardStreams.err(text) }
}
