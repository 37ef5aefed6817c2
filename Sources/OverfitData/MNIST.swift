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
    /// has as many labels as images, and that labels are digits.
    public static func load(directory: String) throws -> (train: Dataset, test: Dataset) {
        let train = try loadSplit("train", directory: directory,
                                  images: trainImagesFile, labels: trainLabelsFile)
        let test = try loadSplit("test", directory: directory,
                                 images: testImagesFile, labels: testLabelsFile)
        return (train, test)
    }

    static func loadSplit(_ split: String, directory: String,
                          images imageName: String, labels labelName: String) throws -> Dataset {
        let imagePath = join(directory, imageName)
        let labelPath = join(directory, labelName)
        let images = try IDXReader.readImages(gzipAt: imagePath, limits: limits)
        guard images.rows == rows && images.cols == cols else {
            throw DataError(kind: .wrongDimensions, path: imagePath,
                            expected: "MNIST images of \(rows)x\(cols) pixels",
                            found: "images of \(images.rows)x\(images.cols) pixels")
        }
        let labels = try IDXReader.readLabels(gzipAt: labelPath, limits: limits)
        guard labels.count == images.count else {
            throw DataError(kind: .countMismatch, path: labelPath,
                            expected: "\(images.count) labels, one per image in \(imagePath)",
                            found: "\(labels.count) labels")
        }
        if let position = labels.firstIndex(where: { Int($0) >= classCount }) {
            throw DataError(kind: .badLabel, path: labelPath,
                            expected: "digit labels 0 to \(classCount - 1)",
                            found: "label \(labels[position]) at position \(position)")
        }
        return Dataset(source: "mnist", split: split,
                       provenance: "\(Dataset.wholeSplitPrefix)\(images.count)",
                       rows: rows, cols: cols, pixels: images.pixels, labels: labels)
    }

    /// `directory/name` without doubling a trailing slash.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
