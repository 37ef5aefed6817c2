/// The geometry of one image as a layer sees it: `height` rows of `width` pixels, each with
/// `channels` values. Stored NHWC: a row of the batch matrix is the image's pixels in reading
/// order, each pixel's channels side by side.
///
/// Why NHWC rather than NCHW: a convolution's product (positions × channels) *is* its output
/// row, with no transpose; a greyscale image (one channel) is the dataset's pixel row as is; and
/// im2col copies k·C contiguous floats per kernel row. Dense layers after the last pooling see
/// the flattened row; the order of its entries differs from PyTorch's NCHW flatten only by a
/// fixed permutation, which a freshly initialised dense layer cannot tell apart.
public struct ImageShape: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var height: Int
    public var width: Int
    public var channels: Int

    public init(height: Int, width: Int, channels: Int = 1) {
        self.height = height
        self.width = width
        self.channels = channels
    }

    /// Floats per image.
    public var count: Int { height * width * channels }

    /// "28×28×1".
    public var description: String { "\(height)×\(width)×\(channels)" }
}
