import OverfitTraining

/// The optional `sampled_test=N:EPOCHS` field of a format-3 `outcome` line: the epochs whose
/// test figures cover only the first N test images (`test_eval N`), as ranges:
/// `sampled_test=1000:1-99` for a 100-epoch run whose last epoch measured all of them. Written
/// only when some epoch was sampled, so every other run's line is as before, and files written
/// before the field existed read as they always did.
extension RunOutcome {
    static let sampledField = "sampled_test"

    /// `1000:1-99,101`, or nil when every epoch measured the whole test set.
    var sampledText: String? {
        let sampled = history.filter { $0.sampledTestImages != nil }
        guard let images = sampled.first?.sampledTestImages else { return nil }
        var ranges: [String] = []
        var start = sampled[0].epoch, end = start
        for metrics in sampled.dropFirst() {
            if metrics.epoch == end + 1 { end = metrics.epoch; continue }
            ranges.append(start == end ? "\(start)" : "\(start)-\(end)")
            (start, end) = (metrics.epoch, metrics.epoch)
        }
        ranges.append(start == end ? "\(start)" : "\(start)-\(end)")
        return "\(images):" + ranges.joined(separator: ",")
    }

    /// Reads `N:RANGES` for a run of `epochs` epochs: N a count of test images, the ranges
    /// ascending, within the run and not overlapping. Nil with a reason otherwise; nothing is
    /// allocated beyond the run's own epochs.
    static func parseSampled(_ text: String, epochs: Int) -> (value: (images: Int, epochs: Set<Int>)?, problem: String?)
    {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let problem = "\(sampledField) must be IMAGES:EPOCHS, e.g. 1000:1-99, with the epochs among the run's \(epochs)"
        guard parts.count == 2, let images = Int(parts[0]), (1...maxPredictions).contains(images) else {
            return (nil, problem)
        }
        var chosen = Set<Int>()
        var last = 0
        for range in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
            let ends = range.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { Int($0) }
            guard (1...2).contains(ends.count), let low = ends[0], let high = ends.last ?? nil,
                low > last, low <= high, high <= epochs
            else { return (nil, problem) }
            chosen.formUnion(low...high)
            last = high
        }
        return ((images, chosen), nil)
    }
}
