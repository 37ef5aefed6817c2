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
