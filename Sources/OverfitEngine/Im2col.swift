/// Unfolding images into convolution patches and folding patch gradients back, for NHWC images
/// (see `ImageShape`). A patch row holds, for ky = 0..<k, the k·C contiguous floats of input
/// row oy+ky starting at column ox: so each kernel row is one copy.
enum Im2col {
    /// Writes the patches of `images` images starting at `input` (rows of `shape.count` floats)
    /// into `patches`: one row of k·k·C floats per output position, images one after another.
    /// Copies eight floats at a time (`FloatCopy.spans`): `input` and `patches` need
    /// `Matrix.slack` readable and writable floats past their ends.
    static func unfold(
        _ input: UnsafePointer<Float>, images: Int, shape: ImageShape, kernel k: Int,
        into patches: UnsafeMutablePointer<Float>
    ) {
        let c = shape.channels, rowFloats = shape.width * c, span = k * c
        let outHeight = shape.height - k + 1, outWidth = shape.width - k + 1
        let patchWidth = k * span
        var destination = patches
        for image in 0..<images {
            let source = input + image * shape.count
            for oy in 0..<outHeight {
                for ox in 0..<outWidth {
                    let corner = source + oy * rowFloats + ox * c
                    for ky in 0..<k {
                        FloatCopy.spans(from: corner + ky * rowFloats, to: destination + ky * span, count: span)
                    }
                    destination += patchWidth
                }
            }
        }
    }

    /// dLoss/dInput from dLoss/dPatches: every patch entry is added back to the pixel it was
    /// copied from. `inputGradient` is overwritten. The additions run image by image, position by
    /// position, in one fixed order, so the sums do not depend on anything but the values.
    static func fold(
        _ patchGradient: UnsafePointer<Float>, images: Int, shape: ImageShape, kernel k: Int,
        into inputGradient: UnsafeMutablePointer<Float>
    ) {
        let c = shape.channels, rowFloats = shape.width * c, span = k * c
        let outHeight = shape.height - k + 1, outWidth = shape.width - k + 1
        let patchWidth = k * span
        inputGradient.update(repeating: 0, count: images * shape.count)
        var source = patchGradient
        for image in 0..<images {
            let destination = inputGradient + image * shape.count
            for oy in 0..<outHeight {
                for ox in 0..<outWidth {
                    let corner = destination + oy * rowFloats + ox * c
                    for ky in 0..<k {
                        let row = corner + ky * rowFloats, patch = source + ky * span
                        for t in 0..<span { row[t] += patch[t] }
                    }
                    source += patchWidth
                }
            }
        }
    }
}
