/// One convolution stage of a network: a k×k convolution (stride 1, no padding) to `channels`
/// channels, the network's activation, then a 2×2 max-pool (stride 2, odd sizes rounded down).
public struct ConvolutionStage: Equatable, Hashable, Sendable {
    public var channels: Int
    public var kernel: Int

    public static let defaultKernel = 5
    /// The pooling window and stride.
    public static let pool = 2

    public init(channels: Int, kernel: Int = ConvolutionStage.defaultKernel) {
        self.channels = channels
        self.kernel = kernel
    }

    /// The convolution's output shape for `input`, or nil if the kernel does not fit.
    public func convolved(_ input: ImageShape) -> ImageShape? {
        let height = input.height - kernel + 1, width = input.width - kernel + 1
        guard kernel >= 1, channels >= 1, height >= 1, width >= 1 else { return nil }
        return ImageShape(height: height, width: width, channels: channels)
    }

    /// The stage's output (after pooling) for `input`, or nil if the image shrinks below 1×1.
    public func output(from input: ImageShape) -> ImageShape? {
        guard let convolved = convolved(input) else { return nil }
        let height = convolved.height / Self.pool, width = convolved.width / Self.pool
        guard height >= 1, width >= 1 else { return nil }
        return ImageShape(height: height, width: width, channels: channels)
    }

    /// The shape after each stage, in order, from `input`. Throws, naming the stage and the
    /// sizes, when a stage would shrink the image below 1×1.
    public static func shapes(_ stages: [ConvolutionStage], from input: ImageShape) throws(ConvolutionShapeError)
        -> [ImageShape]
    {
        var shapes: [ImageShape] = []
        var shape = input
        for (index, stage) in stages.enumerated() {
            guard let next = stage.output(from: shape) else {
                throw ConvolutionShapeError(position: index + 1, stage: stage, reached: [input] + shapes)
            }
            shapes.append(next)
            shape = next
        }
        return shapes
    }
}

extension ConvolutionStage: CustomStringConvertible {
    /// As the `layers` syntax writes it: `conv16`, or `conv16k3` for another kernel size.
    public var description: String {
        kernel == Self.defaultKernel ? "conv\(channels)" : "conv\(channels)k\(kernel)"
    }
}

/// A convolution stage that does not fit the image that reaches it.
public struct ConvolutionShapeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based position of the stage that does not fit.
    public let position: Int
    public let stage: ConvolutionStage
    /// The input image, then the output of every stage before this one: the last is what
    /// reaches the stage.
    public let reached: [ImageShape]

    public var description: String {
        let path = reached.map { "\($0.height)×\($0.width)" }.joined(separator: " → ")
        let input = reached.last ?? ImageShape(height: 0, width: 0)
        let k = stage.kernel
        let failure: String
        if let convolved = stage.convolved(input) {
            failure =
                "its \(k)×\(k) convolution gives \(convolved.height)×\(convolved.width), too small for 2×2 pooling"
        } else {
            failure = "its \(k)×\(k) kernel does not fit in \(input.height)×\(input.width)"
        }
        return "stage \(position) (\(stage)) would shrink the image below 1×1: the image goes \(path), and \(failure)"
    }
}
