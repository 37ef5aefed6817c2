import OverfitEngine

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
