extension SessionFile {
    /// Where the command at `index` (among `commands`) came from, for a refusal that names the
    /// file and its line: a replayed or resumed file is treated as someone else's.
    func origin(ofCommand index: Int) -> CommandOrigin {
        let lines = source?.commandLines ?? []
        return CommandOrigin(
            kind: .replay, file: source?.file ?? "(replayed)", line: index < lines.count ? lines[index] : nil)
    }
}
