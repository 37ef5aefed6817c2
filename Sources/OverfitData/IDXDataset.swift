/// The two splits of a dataset and its classes, as a directory of IDX files holds them.
public struct IDXDataset: Sendable {
    public let train: Dataset
    public let test: Dataset
    /// One name per class, in label order: label i is `classNames[i]`.
    public let classNames: [String]

    public init(train: Dataset, test: Dataset, classNames: [String]) {
        self.train = train
        self.test = test
        self.classNames = classNames
    }
}
