@testable import OverfitTutor

extension SessionFile {
    /// The file with only its first `count` entries (and the `end` line to match).
    func withEntries(_ count: Int) -> SessionFile {
        var file = self
        file.entries = Array(entries.prefix(count))
        return file
    }
}
