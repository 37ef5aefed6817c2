/// Turning stored bytes into the Float rows the network trains on. This runs every step, so it
/// allocates nothing and converts through a lookup table instead of dividing per pixel.
extension Dataset {
    /// `pixelScale[b]` is `Float(b) / 255`: dividing once here keeps every batch bit-identical
    /// to the reference value and costs a table load instead of a division per pixel.
    static let pixelScale: [Float] = (0..<256).map { Float($0) / 255 }

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
        Dataset.pixelScale.withUnsafeBufferPointer { table in
            pixels.withUnsafeBufferPointer { source in
                for offset in 0..<length {
                    destination[offset] = table[Int(source[start + offset])]
                }
            }
        }
    }

    @inline(__always)
    private func fill<Index: BinaryInteger>(
        _ indices: UnsafeBufferPointer<Index>,
        into destination: UnsafeMutablePointer<Float>
    ) {
        let width = pixelsPerImage
        Dataset.pixelScale.withUnsafeBufferPointer { table in
            pixels.withUnsafeBufferPointer { source in
                var output = destination
                for rawIndex in indices {
                    let index = Int(rawIndex)
                    precondition(
                        index >= 0 && index < count,
                        "Dataset.fillBatch: index \(index) outside 0..<\(count)")
                    // Non-nil: a valid index means the pixel buffer is not empty.
                    guard let base = source.baseAddress else { return }
                    let image = base + index * width
                    for pixel in 0..<width { output[pixel] = table[Int(image[pixel])] }
                    output += width
                }
            }
        }
    }
}
