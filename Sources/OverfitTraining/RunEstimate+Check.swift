extension RunEstimate {
    /// Throws if the run would take more memory than `budget`: what it would need, its largest
    /// parts, and which knob to turn.
    public func check(_ budget: MemoryBudget) throws(HintedError) {
        guard bytes > budget.bytes else { return }
        let largest = parts.sorted { $0.bytes > $1.bytes }.prefix(2)
            .map { "\($0.name) \(MemoryBudget.format($0.bytes))" }.joined(separator: ", ")
        // A budget that would do: the need rounded up to whole gigabytes, always above the current one.
        let enough = (bytes + (1 << 30) - 1) >> 30
        throw HintedError(
            "this run would need about \(MemoryBudget.format(bytes)) of memory (\(largest)), more than the budget of \(MemoryBudget.format(budget.bytes)) (\(budget.origin)); nothing was run",
            hint: remedy
                + "; or start overfit (or `overfit run`) with --memory-budget SIZE, e.g. --memory-budget \(enough)GB, to raise the budget"
        )
    }

    /// What to change for the largest part: a knob with a value smaller than the one set (never
    /// the current value), or, when the images themselves are the largest part (loaded, or kept
    /// as floats for evaluation), the dataset.
    var remedy: String {
        let largest = parts.filter { $0.name != "the program itself" }.max { $0.bytes < $1.bytes }
        var name = largest?.name
        // Evaluation holds images and one layer's activations per image: whichever is more decides.
        if name == "evaluation buffers", let largest, evaluationImageBytes * 2 < largest.bytes {
            name = "weights, gradients and optimiser state"
        }
        switch name {
        case "one batch's activations and gradients":
            if let smaller = Self.smaller(config.batchSize, steps: [100, 10, 1]) {
                return "use smaller batches, e.g. set batch \(smaller)"
            }
        case "the training images":
            if let smaller = Self.smaller(config.trainSize, steps: [3000, 300, 30]) {
                return "use fewer images or copies, e.g. set train_size \(smaller)"
            }
        case "weights, gradients and optimiser state":
            var plan = config.layerPlan
            plan.widths = plan.widths.map { max(1, $0 / 4) }
            if plan != config.layerPlan { return "use fewer or narrower layers, e.g. set layers \(plan.text)" }
        case "the loaded images", "evaluation buffers":
            return "the dataset's images are too many or too large for the budget: use a dataset of fewer or "
                + "smaller images (datasets/make-idx SOURCE OUTPUT --size 28x28)"
                + (config.dataset == .mnist ? "" : ", or set dataset mnist")
        default: break
        }
        return "use fewer images (train_size), smaller batches (batch) or narrower layers (layers)"
    }

    /// The first of `steps` below `value`; nil when `value` is already at the last.
    static func smaller(_ value: Int, steps: [Int]) -> Int? {
        steps.first { $0 < value }
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
