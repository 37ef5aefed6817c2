/// Which test images each epoch is measured on.
///
/// A convolutional network costs about ten times an MLP per image, so measuring all 10,000 test
/// images after each of 100 epochs is most of a CNN run's time. Sampling measures a fixed subset
/// (the first N test images, the same every epoch, so the curve is comparable from epoch to
/// epoch) and measures all of them once more on the network the run hands back.
public enum TestEvaluation: Equatable, Hashable, Sendable {
    /// All test images after every epoch: the default, and what every MLP run does.
    case all
    /// The first `first` test images after each epoch; all of them for the final network of a
    /// finished run (the last epoch, or the epoch early stopping restored). A cancelled run keeps
    /// its sampled figures: its weights have moved past its last finished epoch.
    case sampled(first: Int)

    /// How many of `testImages` an epoch measures.
    public func imagesPerEpoch(of testImages: Int) -> Int {
        switch self {
        case .all: return testImages
        case .sampled(let first): return min(max(1, first), testImages)
        }
    }
}
