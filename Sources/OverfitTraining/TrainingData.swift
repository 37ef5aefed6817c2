import OverfitData
import OverfitEngine

/// The images a run draws from: a dataset's training and test splits and its classes. The
/// network's input follows the images' size and its output layer the number of classes.
public struct TrainingData: Sendable {
    public let train: Dataset
    public let test: Dataset
    /// One name per class, label order.
    public let classNames: [String]

    /// `classNames` nil: classes "0", "1", … up to the largest label of either split (at least 2).
    public init(train: Dataset, test: Dataset, classNames: [String]? = nil) {
        precondition(train.rows == test.rows && train.cols == test.cols, "train and test images differ in size")
        let largest = Int(max(train.labels.max() ?? 0, test.labels.max() ?? 0))
        let names = classNames ?? (0...max(1, largest)).map(String.init)
        precondition(largest < names.count, "label \(largest) but \(names.count) class names")
        self.train = train
        self.test = test
        self.classNames = names
    }

    public init(_ loaded: IDXDataset) {
        self.init(train: loaded.train, test: loaded.test, classNames: loaded.classNames)
    }

    public var classes: Int { classNames.count }

    /// One input image: the dataset's rows × cols, one grey channel.
    public var image: ImageShape { ImageShape(height: train.rows, width: train.cols, channels: 1) }

    /// MNIST from `--data DIR`, `$OVERFIT_DATA`, or the package's datasets/ (see
    /// `MNIST.locateDirectory`), with the loader's file-naming errors.
    public static func mnist(directory flag: String?, environment: [String: String]) throws -> TrainingData {
        try load(.mnist, mnistDirectory: flag, environment: environment)
    }

    /// `mnist`, `fashion` or a directory of IDX files (see `DatasetSource`); `mnistDirectory` is
    /// `--data`, which only MNIST's search uses.
    public static func load(
        _ source: DatasetSource, mnistDirectory: String? = nil,
        environment: [String: String]
    ) throws -> TrainingData {
        TrainingData(try source.load(mnistDirectory: mnistDirectory, environment: environment))
    }
}
