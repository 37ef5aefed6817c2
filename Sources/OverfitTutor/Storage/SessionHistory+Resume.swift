import Foundation
import OverfitData
import OverfitTraining

extension SessionHistory {
    public func resumable(_ target: ResumeTarget) throws(HintedError) -> Resumable {
        switch target {
        case .latest, .number:
            let wanted: Int
            if case .number(let number) = target { wanted = number } else { wanted = 1 }
            // Numbered as `overfit sessions` numbers them, but read only once, under its lock.
            let entries = numbered()
            guard !entries.isEmpty else {
                throw HintedError(
                    "there is no session to resume in \(directory)",
                    hint: DataDirectory.isWritable(directory)
                        ? "a new session starts; every session is kept there from now on"
                        : "a new session starts, but it cannot be kept: \(directory) is not writable")
            }
            guard wanted >= 1, wanted <= entries.count else {
                throw HintedError(
                    "there is no session \(wanted): the history holds \(entries.count == 1 ? "only session 1" : "sessions 1 to \(entries.count)")",
                    hint: "`overfit sessions` lists them")
            }
            return try resumable(entries[wanted - 1])
        case .file(let path):
            let expanded = FileAccess.expand(path)
            if let name = entryName(ofFile: expanded) {
                let opened = try open(name)
                return Resumable(
                    file: opened.file, journal: opened.journal, label: expanded, rewrite: !opened.file.recordsFigures)
            }
            let file = try Session.loadSessionFile(path)
            let restored = file.results.count { $0.outcome != nil }
            let shown = VisibleText.escaped(Tokenizer.quote(path))
            let note =
                restored == 0
                ? nil
                : "note: \(restored == 1 ? "the run's figures are" : "the \(restored) runs' figures are") the file's own, "
                    + "shown without training and not checked; `overfit --replay \(shown)` re-makes every run and checks them\n"
            return Resumable(
                file: file, journal: nil, label: path + " (as a new session; the file itself is not written)",
                rewrite: false, uncheckedNote: note)
        }
    }

    private func resumable(_ found: (number: Int, entry: HistoryEntry, modified: Date)) throws(HintedError) -> Resumable
    {
        let label = "session \(found.number) (last used \(HistorySummary.timeText(found.modified)))"
        let opened: (file: SessionFile, journal: SessionJournal)
        do { opened = try open(found.entry.name) } catch {
            if error.message.hasSuffix("is open in another overfit") {
                throw HintedError(
                    "\(label) is open in another overfit",
                    hint:
                        "continue it there, or pick another: `overfit sessions` lists them, `overfit --resume N` takes one"
                )
            }
            throw HintedError(
                error.message, hint: "`overfit --resume N` takes another session; `overfit sessions` lists them")
        }
        return Resumable(file: opened.file, journal: opened.journal, label: label, rewrite: !opened.file.recordsFigures)
    }

    /// The entry `path` belongs to, if it is a file or journal in this history's directory.
    func entryName(ofFile path: String) -> String? {
        let file = (path as NSString).lastPathComponent
        guard let name = HistoryEntry.name(of: file),
            let here = realpath(directory, nil), let there = realpath(SafeFile.directoryOf(path), nil)
        else { return nil }
        defer { free(here); free(there) }
        return strcmp(here, there) == 0 ? name : nil
    }
}
