extension RunEstimate {
    /// Throws if the run would take more memory than `budget`: what it would need, its largest
    /// parts, and which knob to turn.
    public func check(_ budget: MemoryBudget) throws(HintedError) {
        guard bytes > budget.bytes else { return }
        let largest = parts.sorted { $0.bytes > $1.bytes }.prefix(2)
            .map { "\($0.name) \(MemoryBudget.format($0.bytes))" }.joined(separator: ", ")
        throw HintedError(
            "this run would need about \(MemoryBudget.format(bytes)) of memory (\(largest)), more than the budget of \(MemoryBudget.format(budget.bytes)) (\(budget.origin)); nothing was run",
            hint: remedy
                + "; or start overfit (or `overfit run`) with --memory-budget SIZE, e.g. --memory-budget 16GB, to raise the budget"
        )
    }

    /// The knob to turn for the largest part.
    var remedy: String {
        // The fixed parts have no knob: the largest of the others names what to turn.
        let turnable = parts.filter { $0.name != "the program itself" && $0.name != "the loaded images" }
        switch turnable.max(by: { $0.bytes < $1.bytes })?.name {
        case "one batch's activations and gradients": return "use smaller batches, e.g. set batch 100"
        case "the training images": return "use fewer images or copies, e.g. set train_size 3000"
        default: return "use fewer or narrower layers, e.g. set layers 100,100,100,100"
        }
    }

    /// A line to print before a run expected to take over a minute; nil for shorter runs.
    public var durationNote: String? {
        guard seconds > 60 else { return nil }
        let minutes = seconds / 60
        let words =
            minutes < 1.5
            ? "a minute"
            : minutes < 90 ? "\(Int(minutes.rounded())) minutes" : String(format: "%.1f hours", minutes / 60)
        return
            "this run may take about \(words) (\(Int((workload.totalFLOP / 1e9).rounded()).groupedDigits) GFLOP); Ctrl-C stops it and keeps the epochs done"
    }
}
