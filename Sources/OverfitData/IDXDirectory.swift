import Foundation

/// Loads a directory of the four IDX files in MNIST's layout (`train-images-idx3-ubyte`,
/// `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte`, `t10k-labels-idx1-ubyte`), each gzipped
/// (`.gz`, preferred when both exist) or plain, plus an optional `classes.txt`.
///
/// Image size and classes come from the files unless the `IDXRules` of a named dataset fix
/// them: then a file that breaks the promise is refused (MNIST's 28×28 digits, as before).
public enum IDXDirectory {
    public static let trainImages = "train-images-idx3-ubyte"
    public static let trainLabels = "train-labels-idx1-ubyte"
    public static let testImages = "t10k-images-idx3-ubyte"
    public static let testLabels = "t10k-labels-idx1-ubyte"
    /// Optional: one class name per line, in label order (what datasets/make-idx writes).
    public static let classListFile = "classes.txt"
    /// A plain IDX file larger than this is refused before it is read (all of MNIST is 47 MB).
    static let plainFileLimit = 1 << 30
    /// Largest image side: a 256×256 image already gives a 100-wide first layer 6.5 million
    /// weights; larger ones would make a network that does not fit a learner's memory.
    public static let maximumSide = 256

    /// Both splits from `directory`, checked against `rules`.
    public static func load(_ directory: String, rules: IDXRules) throws -> IDXDataset {
        do {
            // The headers first: images too large for a run are refused before a byte is inflated.
            for name in [trainImages, testImages] {
                let path = file(name, in: directory)
                let head = try header(path, limits: rules.limits)
                let claimed = IDXReader.Images(count: head.dims[0], rows: head.dims[1], cols: head.dims[2], pixels: [])
                try checkSize(claimed, path: path, rules: rules, like: nil)
            }
            let train = try loadSplit(
                "train", directory: directory, images: trainImages, labels: trainLabels, rules: rules, like: nil)
            let test = try loadSplit(
                "test", directory: directory, images: testImages, labels: testLabels, rules: rules, like: train)
            let names = try classNames(directory: directory, rules: rules, train: train, test: test)
            return IDXDataset(train: train, test: test, classNames: names)
        } catch let error as DataError {
            // The readers know the file, not the dataset: their default fix (MNIST's), alone or
            // inside a longer hint, becomes the dataset's (a folder of the learner's own is not
            // rebuilt with make-mnist).
            let hint = error.hint.replacingOccurrences(of: DataError.restoreHint, with: rules.hint)
            throw DataError(
                kind: error.kind, path: error.path, expected: error.expected, found: error.found, hint: hint)
        }
    }

    /// Whether `directory` holds the training images, gzipped or plain.
    public static func qualifies(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: file(trainImages, in: directory))
    }

    /// `name.gz` if it exists or if the plain file does not either (so a missing file is named
    /// as the usual `.gz`), else the plain `name`.
    static func file(_ name: String, in directory: String) -> String {
        let gzipped = MNIST.join(directory, name + ".gz"), plain = MNIST.join(directory, name)
        let manager = FileManager.default
        return !manager.fileExists(atPath: gzipped) && manager.fileExists(atPath: plain) ? plain : gzipped
    }

    /// One split: images, then labels, each checked as soon as it is read. `like` is the
    /// training split, whose image size the test split must share.
    static func loadSplit(
        _ split: String, directory: String, images imageName: String, labels labelName: String,
        rules: IDXRules, like train: Dataset?
    ) throws -> Dataset {
        let imagePath = file(imageName, in: directory), labelPath = file(labelName, in: directory)
        // Gzipped files are read header first, so a header claiming too much is refused before
        // anything is inflated; plain files are size-checked before they are read.
        let limits = rules.limits
        let images =
            imagePath.hasSuffix(".gz")
            ? try IDXReader.readImages(gzipAt: imagePath, limits: limits)
            : try IDXReader.parseImages(try contents(of: imagePath), file: imagePath, limits: limits)
        try checkSize(images, path: imagePath, rules: rules, like: train)
        let labels =
            labelPath.hasSuffix(".gz")
            ? try IDXReader.readLabels(gzipAt: labelPath, limits: limits)
            : try IDXReader.parseLabels(try contents(of: labelPath), file: labelPath, limits: limits)
        guard labels.count == images.count else {
            throw DataError(
                kind: .countMismatch, path: labelPath,
                expected: "\(images.count) labels, one per image in \(imagePath)",
                found: "\(labels.count) labels", hint: rules.hint)
        }
        if let classes = rules.classNames?.count, let position = labels.firstIndex(where: { Int($0) >= classes }) {
            throw DataError(
                kind: .badLabel, path: labelPath, expected: "\(rules.labelWords) 0 to \(classes - 1)",
                found: "label \(labels[position]) at position \(position)", hint: rules.hint)
        }
        return Dataset(
            source: rules.source, split: split, provenance: "\(Dataset.wholeSplitPrefix)\(images.count)",
            rows: images.rows, cols: images.cols, pixels: images.pixels, labels: labels)
    }

    private static func checkSize(_ images: IDXReader.Images, path: String, rules: IDXRules, like train: Dataset?)
        throws
    {
        let found = "images of \(images.rows)x\(images.cols) pixels"
        if let size = rules.size, images.rows != size.rows || images.cols != size.cols {
            throw DataError(
                kind: .wrongDimensions, path: path, expected: "\(rules.imageWords) of \(size.rows)x\(size.cols) pixels",
                found: found, hint: rules.hint)
        }
        if let train, images.rows != train.rows || images.cols != train.cols {
            throw DataError(
                kind: .wrongDimensions, path: path,
                expected: "\(rules.imageWords) of \(train.rows)x\(train.cols) pixels, as in the training images",
                found: found, hint: rules.hint)
        }
        guard images.count > 0, (1...maximumSide).contains(images.rows), (1...maximumSide).contains(images.cols) else {
            throw DataError(
                kind: .wrongDimensions, path: path,
                expected: "at least one image, of 1x1 to \(maximumSide)x\(maximumSide) pixels",
                found: "\(images.count) images of \(images.rows)x\(images.cols) pixels",
                hint: images.count > 0
                    ? "resize the images, e.g. datasets/make-idx SOURCE OUTPUT --size 28x28" : rules.hint)
        }
    }

    /// The bytes of a plain IDX file: a regular file of at most `plainFileLimit` bytes (its own
    /// size, checked on the opened file, whatever symlink names it).
    static func contents(of path: String) throws -> [UInt8] {
        switch RegularFile.read(path, limit: plainFileLimit) {
        case .success(let bytes): return bytes
        case .failure(let refusal): throw DataError(refusal, path: path, expected: "an IDX file")
        }
    }
}
