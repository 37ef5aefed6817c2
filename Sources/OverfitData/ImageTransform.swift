import OverfitEngine

/// Rotations and shifts of single greyscale images, for data augmentation.
///
/// Conventions (fixed, because lessons quote exact pixels):
/// - x is the column (0 at the left), y the row (0 at the top).
/// - Rotation is about the image centre ((cols-1)/2, (rows-1)/2). Positive degrees turn the
///   picture counter-clockwise as it is viewed on screen, like torchvision's `rotate`.
/// - Shifts move the picture by whole pixels: positive dx to the right, positive dy down.
/// - Each output pixel takes the source pixel at the inverse transform, rounded to the nearest
///   pixel with `Double.rounded()` (ties away from zero). Sources outside the image give 0.
/// - Trigonometry is in Double with our own sin and cos (`PortableMath`), so results are the
///   same on every machine.
public enum ImageTransform {
    /// The image rotated by `degrees` (counter-clockwise as viewed) about its centre.
    public static func rotated(
        _ image: UnsafeBufferPointer<UInt8>, rows: Int, cols: Int,
        degrees: Double
    ) -> [UInt8] {
        transformed(image, rows: rows, cols: cols, degrees: degrees, dx: 0, dy: 0)
    }

    /// Array convenience for `rotated(_:rows:cols:degrees:)`.
    public static func rotated(
        _ image: some Collection<UInt8>, rows: Int, cols: Int,
        degrees: Double
    ) -> [UInt8] {
        let copy = Array(image)
        return copy.withUnsafeBufferPointer { rotated($0, rows: rows, cols: cols, degrees: degrees) }
    }

    /// The image moved `dx` pixels right and `dy` pixels down; uncovered pixels are 0.
    public static func shifted(
        _ image: UnsafeBufferPointer<UInt8>, rows: Int, cols: Int,
        dx: Int, dy: Int
    ) -> [UInt8] {
        transformed(image, rows: rows, cols: cols, degrees: 0, dx: dx, dy: dy)
    }

    /// Array convenience for `shifted(_:rows:cols:dx:dy:)`.
    public static func shifted(
        _ image: some Collection<UInt8>, rows: Int, cols: Int,
        dx: Int, dy: Int
    ) -> [UInt8] {
        let copy = Array(image)
        return copy.withUnsafeBufferPointer { shifted($0, rows: rows, cols: cols, dx: dx, dy: dy) }
    }

    /// Rotation about the centre followed by a shift, as a single resampling.
    public static func transformed(
        _ image: UnsafeBufferPointer<UInt8>, rows: Int, cols: Int,
        degrees: Double, dx: Int, dy: Int
    ) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: rows * cols) { output, initialized in
            // UInt8 is trivial, so writing every byte through the buffer initializes it.
            transform(image, rows: rows, cols: cols, degrees: degrees, dx: dx, dy: dy, into: output)
            initialized = rows * cols
        }
    }

    /// Writes the rotated-then-shifted image into `output` (exactly `rows * cols` bytes).
    ///
    /// Doing both in one pass means a stroke rotated past the frame can still be shifted back
    /// into view, instead of being clipped between two separate steps.
    static func transform(
        _ image: UnsafeBufferPointer<UInt8>, rows: Int, cols: Int,
        degrees: Double, dx: Int, dy: Int,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) {
        precondition(
            image.count == rows * cols && output.count == rows * cols,
            "ImageTransform: image of \(image.count) bytes is not \(rows)x\(cols)")
        let radians = degrees * Double.pi / 180
        // Exact values at 0 keep the identity and pure shifts free of rounding noise.
        let cosine = degrees == 0 ? 1 : PortableMath.cos(radians)
        let sine = degrees == 0 ? 0 : PortableMath.sin(radians)
        let centreX = Double(cols - 1) / 2
        let centreY = Double(rows - 1) / 2
        for y in 0..<rows {
            // Undo the shift, then undo the rotation. With y pointing down, a counter-clockwise
            // turn by t on screen maps offset (u, v) to (u cos t + v sin t, -u sin t + v cos t);
            // its inverse, applied here, is (u cos t - v sin t, u sin t + v cos t).
            let v = Double(y - dy) - centreY
            for x in 0..<cols {
                let u = Double(x - dx) - centreX
                let sourceX = Int((centreX + u * cosine - v * sine).rounded())
                let sourceY = Int((centreY + u * sine + v * cosine).rounded())
                let inside = sourceX >= 0 && sourceX < cols && sourceY >= 0 && sourceY < rows
                output[y * cols + x] = inside ? image[sourceY * cols + sourceX] : 0
            }
        }
    }
}
