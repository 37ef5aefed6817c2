import OverfitEngine

/// Training labels replaced by random ones (Zhang et al. 2017, "Understanding deep learning
/// requires rethinking generalization"): a network that memorises these shows that training
/// accuracy alone proves nothing.
///
/// Exactly round(fraction · count) distinct positions are chosen, each given a label drawn
/// uniformly from all classes (so about 1 in `classes` keeps its true label by chance, as in the
/// paper). All draws come from the generator stream "label-noise" of the seed: the same seed
/// gives the same labels whatever else the run draws, and nothing else shifts.
public enum LabelNoise {
    public struct Replacement: Equatable, Sendable {
        public let index: Int
        public let label: UInt8
    }

    /// How many of `count` labels a `fraction` replaces.
    public static func replacedCount(of count: Int, fraction: Double) -> Int {
        min(count, max(0, Int((fraction * Double(count)).rounded())))
    }

    /// The replacements for `count` labels: positions first (a partial Fisher–Yates shuffle),
    /// then one label per position, in that order.
    public static func replacements(count: Int, fraction: Double, classes: Int, seed: UInt64) -> [Replacement] {
        precondition(fraction >= 0 && fraction <= 1, "label noise must be in [0, 1]")
        precondition((1...256).contains(classes), "labels are bytes: 1 to 256 classes")
        let replaced = replacedCount(of: count, fraction: fraction)
        var generator = RandomGenerator(seed: seed, stream: "label-noise")
        var order = Array(0..<count)
        for i in 0..<replaced {
            order.swapAt(i, i + generator.nextIndex(below: count - i))
        }
        return order[0..<replaced].map { Replacement(index: $0, label: UInt8(generator.nextIndex(below: classes))) }
    }
}

extension Dataset {
    /// The same images with `fraction` of the labels replaced by uniformly random ones of
    /// `classes` classes (see `LabelNoise`). Meant for training sets only: a test set's labels
    /// are the truth a run is measured against.
    public func withLabelNoise(fraction: Double, classes: Int, seed: UInt64) -> Dataset {
        let replacements = LabelNoise.replacements(count: count, fraction: fraction, classes: classes, seed: seed)
        guard !replacements.isEmpty else { return self }
        var noisy = labels
        for replacement in replacements { noisy[replacement.index] = replacement.label }
        let percent =
            (fraction * 100).rounded() == fraction * 100 ? String(Int(fraction * 100)) : String(fraction * 100)
        return derived(
            provenance: "\(provenance) + label noise \(percent)% (\(replacements.count) labels redrawn)",
            pixels: pixels, labels: noisy)
    }
}
