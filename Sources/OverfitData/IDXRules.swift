/// What a named dataset promises beyond the IDX format, checked on load: the image size and the
/// classes. A directory of the learner's own promises nothing: both come from its files.
public struct IDXRules: Sendable {
    /// `Dataset.source` of the loaded sets: "mnist", "fashion", or the directory given.
    public var source: String
    /// How error messages name the images, e.g. "MNIST images".
    public var imageWords: String
    /// How error messages name the labels, e.g. "digit labels".
    public var labelWords: String
    /// Required rows and columns, or nil to take them from the files.
    public var size: (rows: Int, cols: Int)?
    /// The classes, label order; nil to read classes.txt, or to number them from the labels.
    public var classNames: [String]?
    /// The usual fix for a damaged file of this dataset.
    public var hint: String
    /// How much a file's header may promise: checked before anything is allocated or inflated.
    public var limits: IDXLimits

    public init(
        source: String, imageWords: String, labelWords: String, size: (rows: Int, cols: Int)?,
        classNames: [String]?, hint: String, limits: IDXLimits = .standard
    ) {
        self.source = source
        self.imageWords = imageWords
        self.labelWords = labelWords
        self.size = size
        self.classNames = classNames
        self.hint = hint
        self.limits = limits
    }

    /// MNIST as today: 28×28 digits 0-9, restored from git or rebuilt with datasets/make-mnist.
    public static let mnist = IDXRules(
        source: "mnist", imageWords: "MNIST images", labelWords: "digit labels",
        size: (MNIST.rows, MNIST.cols), classNames: (0..<MNIST.classCount).map(String.init),
        hint: DataError.restoreHint, limits: MNIST.limits)

    /// Zalando's Fashion-MNIST: 28×28, ten kinds of clothing, from Debian's dataset-fashion-mnist.
    public static let fashion = IDXRules(
        source: "fashion", imageWords: "Fashion-MNIST images", labelWords: "clothing labels", size: (28, 28),
        classNames: [
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
        ],
        hint: "reinstall Debian's package: apt-get install --reinstall dataset-fashion-mnist (bin/setup installs it)",
        limits: MNIST.limits)

    /// A directory of the learner's own: size and classes from its files.
    public static func directory(_ path: String) -> IDXRules {
        IDXRules(
            source: path, imageWords: "images", labelWords: "labels", size: nil, classNames: nil,
            hint: "rebuild the directory with datasets/make-idx, or check that its four IDX files belong together")
    }
}
