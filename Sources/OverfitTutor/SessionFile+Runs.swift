extension SessionFile {
    /// The runs the file holds: a run with `repeats` records one `result` per seed, all with
    /// the run's id, and counts once.
    public var runCount: Int {
        var ids = Set<Int>()
        for result in results { ids.insert(result.id) }
        return ids.count
    }
}
