import OverfitEngine

/// A set of labelled greyscale images, kept as bytes.
///
/// Pixels stay `UInt8` (all of MNIST train is 47 MB this way, 188 MB as Float) and are turned
/// into Floats only a batch at a time by `fillBatch`/`fillRange`. Every derived dataset carries a
/// human-readable `provenance`, so a lesson can say exactly which images a model saw.
public struct Dataset: Sendable {
    /// Where the images come from, e.g. "mnist".
    public let source: String
    /// Which part of the source, e.g. "train" or "test".
    public let split: String
    /// How this set was made from the source, e.g. "first 300 + rotations -15,-30,15,30 (1500)".
    public let provenance: String
    public let rows: Int
    public let cols: Int
    public let count: Int
    /// `count * rows * cols` bytes: row-major images one after another.
    public let pixels: [UInt8]
    public let labels: [UInt8]

    /// Wraps images and labels. The sizes must agree; a mismatch is a programming error.
    public init(
        source: String, split: String, provenance: String, rows: Int, cols: Int,
        pixels: [UInt8], labels: [UInt8]
    ) {
        precondition(rows > 0 && cols > 0, "Dataset: rows and cols must be positive")
        precondition(
            pixels.count == labels.count * rows * cols,
            "Dataset: \(pixels.count) pixels do not make \(labels.count) images of \(rows)x\(cols)")
        self.source = source
        self.split = split
        self.provenance = provenance
        self.rows = rows
        self.cols = cols
        self.count = labels.count
        self.pixels = pixels
        self.labels = labels
    }

    public var pixelsPerImage: Int { rows * cols }

    /// The pixels of image `index`, row-major, for drawing a digit.
    public func image(at index: Int) -> ArraySlice<UInt8> {
        precondition(indices.contains(index), "Dataset.image(at:): index \(index) outside 0..<\(count)")
        return pixels[index * pixelsPerImage..<(index + 1) * pixelsPerImage]
    }

    public var indices: Range<Int> { 0..<count }

    /// How many images carry each label; index = label. At least 10 entries (the digits).
    public var labelCounts: [Int] {
        var counts = [Int](repeating: 0, count: max(10, Int(labels.max() ?? 0) + 1))
        for label in labels { counts[Int(label)] += 1 }
        return counts
    }

    /// A dataset with the same source, split and geometry but new contents.
    func derived(provenance: String, pixels: [UInt8], labels: [UInt8]) -> Dataset {
        Dataset(
            source: source, split: split, provenance: provenance, rows: rows, cols: cols,
            pixels: pixels, labels: labels)
    }

    /// `step` described on top of what this dataset already is. A freshly loaded set (provenance
    /// "all N") needs no prefix, so "first 300" reads as such rather than "first 300 of all 60000".
    func describe(_ step: String) -> String {
        provenance.hasPrefix(Dataset.wholeSplitPrefix) ? step : "\(step) of [\(provenance)]"
    }

    /// The provenance of a whole split as loaded from disk starts with this.
    static let wholeSplitPrefix = "all "
}

// MARK: - Subsets

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

// MARK: - Augmentation

/// Augmented datasets: more (or different) images made from the ones we have.
extension Dataset {
    /// The original images followed by one rotated copy of all of them per angle, in the order
    /// given; labels repeat in the same blocks. 300 images with [-15, -30, 15, 30] give 1500.
    public func withRotations(_ degrees: [Double]) -> Dataset {
        let width = pixelsPerImage
        // Originals first, then room for one rotated block per angle, filled in place.
        var newPixels = pixels + [UInt8](repeating: 0, count: pixels.count * degrees.count)
        newPixels.withUnsafeMutableBufferPointer { output in
            pixels.withUnsafeBufferPointer { source in
                guard let sourceBase = source.baseAddress, let outputBase = output.baseAddress else { return }
                for (block, angle) in degrees.enumerated() {
                    for index in 0..<count {
                        let offset = ((block + 1) * count + index) * width
                        ImageTransform.transform(
                            UnsafeBufferPointer(start: sourceBase + index * width, count: width),
                            rows: rows, cols: cols, degrees: angle, dx: 0, dy: 0,
                            into: UnsafeMutableBufferPointer(start: outputBase + offset, count: width))
                    }
                }
            }
        }
        var newLabels = labels
        for _ in degrees { newLabels += labels }
        let angles = degrees.map(Dataset.format(degrees:)).joined(separator: ",")
        return derived(
            provenance: "\(provenance) + rotations \(angles) (\(newLabels.count))",
            pixels: newPixels, labels: newLabels)
    }

    /// Every image rotated by its own random angle, uniform in [-maxDegrees, maxDegrees], and
    /// shifted by random whole pixels in [-maxShift, maxShift] each way. Same count and labels.
    ///
    /// Meant to be called once per epoch for "random" augmentation. Draws, per image in order:
    /// the angle, then dx, then dy, so a given generator state always gives the same images.
    public func randomlyTransformed(
        maxDegrees: Double, maxShift: Int,
        generator: inout RandomGenerator
    ) -> Dataset {
        precondition(
            maxDegrees >= 0 && maxShift >= 0,
            "Dataset.randomlyTransformed: limits must not be negative")
        let width = pixelsPerImage
        var newPixels = [UInt8](repeating: 0, count: pixels.count)
        newPixels.withUnsafeMutableBufferPointer { output in
            pixels.withUnsafeBufferPointer { source in
                guard let sourceBase = source.baseAddress, let outputBase = output.baseAddress else { return }
                for index in 0..<count {
                    let angle = maxDegrees * (2 * Double(generator.nextUnitFloat()) - 1)
                    let dx = generator.nextIndex(below: 2 * maxShift + 1) - maxShift
                    let dy = generator.nextIndex(below: 2 * maxShift + 1) - maxShift
                    ImageTransform.transform(
                        UnsafeBufferPointer(start: sourceBase + index * width, count: width),
                        rows: rows, cols: cols, degrees: angle, dx: dx, dy: dy,
                        into: UnsafeMutableBufferPointer(start: outputBase + index * width, count: width))
                }
            }
        }
        let description =
            "\(provenance) + random rotation ±\(Dataset.format(degrees: maxDegrees))°"
            + " and shift ±\(maxShift) px"
        return derived(provenance: description, pixels: newPixels, labels: labels)
    }

    /// "-15" rather than "-15.0"; fractional angles keep their digits.
    static func format(degrees: Double) -> String {
        degrees == degrees.rounded() && abs(degrees) < 1e15 ? String(Int(degrees)) : String(degrees)
    }
}

// MARK: - Batches

/// Turning stored bytes into the Float rows the network trains on. This runs every step, so it
/// allocates nothing and converts through a lookup table instead of dividing per pixel.
extension Dataset {
    /// Writes the images at `indices`, one row of `pixelsPerImage` Floats in [0, 1] each, to
    /// `destination`, which must have room for `indices.count * pixelsPerImage` Floats.
    public func fillBatch(indices: UnsafeBufferPointer<Int32>, into destination: UnsafeMutablePointer<Float>) {
        fill(indices, into: destination)
    }

    /// Same as the `Int32` version, for index arrays kept as `Int` (pass `order[start..<end]`).
    public func fillBatch(indices: ArraySlice<Int>, into destination: UnsafeMutablePointer<Float>) {
        indices.withUnsafeBufferPointer { fill($0, into: destination) }
    }

    /// Same as the `Int32` version, for a whole `[Int]` of indices.
    public func fillBatch(indices: [Int], into destination: UnsafeMutablePointer<Float>) {
        indices.withUnsafeBufferPointer { fill($0, into: destination) }
    }

    /// Writes the contiguous images `range` (for evaluation in chunks) to `destination`, which
    /// must have room for `range.count * pixelsPerImage` Floats.
    public func fillRange(_ range: Range<Int>, into destination: UnsafeMutablePointer<Float>) {
        precondition(
            range.lowerBound >= 0 && range.upperBound <= count,
            "Dataset.fillRange: \(range) outside 0..<\(count)")
        let start = range.lowerBound * pixelsPerImage
        let length = range.count * pixelsPerImage
        pixels.withUnsafeBufferPointer { source in
            // Non-nil when the range holds an image.
            guard length > 0, let base = source.baseAddress else { return }
            Kernels.scalePixels(base + start, count: length, into: destination)
        }
    }

    @inline(__always)
    private func fill<Index: BinaryInteger>(
        _ indices: UnsafeBufferPointer<Index>,
        into destination: UnsafeMutablePointer<Float>
    ) {
        let width = pixelsPerImage
        pixels.withUnsafeBufferPointer { source in
            var output = destination
            for rawIndex in indices {
                let index = Int(rawIndex)
                precondition(
                    index >= 0 && index < count,
                    "Dataset.fillBatch: index \(index) outside 0..<\(count)")
                // Non-nil: a valid index means the pixel buffer is not empty.
                guard let base = source.baseAddress else { return }
                Kernels.scalePixels(base + index * width, count: width, into: output)
                output += width
            }
        }
    }
}
