extension Session {
    /// What a run is called on screen: its lesson name when it has one that still reaches it
    /// (the current lesson's names first, then the latest run of a name), else `run N`.
    func runLabel(_ id: Int) -> String {
        if let guide {
            if let name = guide.runIDs.filter({ $0.value == id }).keys.min() { return name }
            if let name = guide.namedRuns.filter({ $0.value == id }).keys.min() { return name }
        }
        return "run \(id)"
    }

    /// Whether `word` names a run: a number, `#N`, or a lesson run's name.
    func isRunReference(_ word: String) -> Bool {
        let digits = word.hasPrefix("#") ? String(word.dropFirst()) : word
        if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return true }
        return guide?.runID(named: word) != nil || guide?.lesson?.runNames.contains(word) == true
    }
}
