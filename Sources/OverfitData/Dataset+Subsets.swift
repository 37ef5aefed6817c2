import OverfitEngine

/// Smaller and combined datasets: the raw material for "train on 300 images and watch it overfit".
extension Dataset {
    /// The first `n` images, in file order. `n` must be in `0...count`.
    public func first(_ n: Int) -> Dataset {
        precondition(n >= 0 && n <= count, "Dataset.first: asked for \(n) of \(count) images")
        return derived(
            provenance: describe("first \(n)"),
            pixels: Array(pixels[0..<n * pixelsPerImage]),
            labels: Array(labels[0..<n]))
    }

    /// Images `range`, in file order. The range must lie within `0..<count`.
    public func slice(_ range: Range<Int>) -> Dataset {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= count,
            "Dataset.slice: \(range) outside 0..<\(count)")
        return derived(
            provenance: describe("images \(range.lowerBound)..<\(range.upperBound)"),
            pixels: Array(pixels[range.lowerBound * pixelsPerImage..<range.upperBound * pixelsPerImage]),
            labels: Array(labels[range]))
    }

    /// `n` distinct images chosen at random, in the random order they were drawn.
    ///
    /// Uses its own generator stream ("subset") so the same seed picks the same images no matter
    /// what other randomness the session has used.
    public func randomSubset(_ n: Int, seed: UInt64) -> Dataset {
        precondition(n >= 0 && n <= count, "Dataset.randomSubset: asked for \(n) of \(count) images")
        var generator = RandomGenerator(seed: seed, stream: "subset")
        var order = Array(indices)
        generator.shuffle(&order)
        let chosen = order[0..<n]
        var newPixels = [UInt8]()
        newPixels.reserveCapacity(n * pixelsPerImage)
        for index in chosen { newPixels.append(contentsOf: image(at: index)) }
        return derived(
            provenance: describe("random \(n) (seed \(seed))"),
            pixels: newPixels, labels: chosen.map { labels[$0] })
    }

    /// This dataset's images followed by `other`'s. Both must have the same image size.
    public func concatenated(with other: Dataset) -> Dataset {
        precondition(
            rows == other.rows && cols == other.cols,
            "Dataset.concatenated: \(rows)x\(cols) and \(other.rows)x\(other.cols) images do not mix")
        return Dataset(
            source: source == other.source ? source : "\(source)+\(other.source)",
            split: split == other.split ? split : "\(split)+\(other.split)",
            provenance: "\(provenance) + \(other.provenance) (\(count + other.count))",
            rows: rows, cols: cols,
            pixels: pixels + other.pixels, labels: labels + other.labels)
    }
}
