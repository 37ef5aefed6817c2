/// Loads the MNIST database from the four standard gzipped IDX files.
public enum MNIST {
    public static let trainImagesFile = "train-images-idx3-ubyte.gz"
    public static let trainLabelsFile = "train-labels-idx1-ubyte.gz"
    public static let testImagesFile = "t10k-images-idx3-ubyte.gz"
    public static let testLabelsFile = "t10k-labels-idx1-ubyte.gz"
    public static let rows = 28
    public static let cols = 28
    /// Digits 0 to 9.
    public static let classCount = 10
    /// No MNIST file holds more than the 60,000 training images: a header claiming more is
    /// refused before anything is inflated.
    static let limits = IDXLimits(maxCount: 60_000, maxPayloadBytes: 60_000 * 28 * 28)

    /// Reads both splits from `directory` (60000 train and 10000 test images in the real files).
    ///
    /// Checks every file's gzip stream and IDX header, that images are 28x28, that each split
    /// has as many labels as images, and that labels are digits (`IDXRules.mnist`).
    public static func load(directory: String) throws -> (train: Dataset, test: Dataset) {
        let loaded = try IDXDirectory.load(directory, rules: .mnist)
        return (loaded.train, loaded.test)
    }

    /// `directory/name` without doubling a trailing slash.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
