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
            let hint = error.hintPhrase.replacing(DataError.restore, with: rules.hintPhrase)
            throw DataError(
                kind: error.kind, path: error.path, expected: error.expectedPhrase, found: error.foundPhrase, hint: hint
            )
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
                expected: Phrase(
                    .dataLabelsPerImage, ["count": .text("\(images.count)"), "path": .text(imagePath)],
                    english: "\(images.count) labels, one per image in \(imagePath)"),
                found: Phrase(.dataLabelCount, ["count": .text("\(labels.count)")], english: "\(labels.count) labels"),
                hint: rules.hintPhrase)
        }
        if let classes = rules.classNames?.count, let position = labels.firstIndex(where: { Int($0) >= classes }) {
            throw DataError(
                kind: .badLabel, path: labelPath,
                expected: Phrase(
                    .dataLabelsRange, ["labels": .phrase(rules.labelPhrase), "max": .text("\(classes - 1)")],
                    english: "\(rules.labelWords) 0 to \(classes - 1)"),
                found: Phrase(
                    .dataLabelAt, ["label": .text("\(labels[position])"), "position": .text("\(position)")],
                    english: "label \(labels[position]) at position \(position)"),
                hint: rules.hintPhrase)
        }
        return Dataset(
            source: rules.source, split: split, provenance: "\(Dataset.wholeSplitPrefix)\(images.count)",
            rows: images.rows, cols: images.cols, pixels: images.pixels, labels: labels)
    }

    private static func checkSize(_ images: IDXReader.Images, path: String, rules: IDXRules, like train: Dataset?)
        throws
    {
        func sized(_ words: Phrase, _ rows: Int, _ cols: Int, asTraining: Bool = false) -> Phrase {
            let values: [String: Phrase.Value] = [
                "images": .phrase(words), "rows": .text("\(rows)"), "cols": .text("\(cols)"),
            ]
            let english = "\(words.english) of \(rows)x\(cols) pixels"
            return asTraining
                ? Phrase(.dataImagesAsTraining, values, english: english + ", as in the training images")
                : Phrase(.dataImagesOfSize, values, english: english)
        }
        let found = sized(IDXRules.images, images.rows, images.cols)
        if let size = rules.size, images.rows != size.rows || images.cols != size.cols {
            throw DataError(
                kind: .wrongDimensions, path: path, expected: sized(rules.imagePhrase, size.rows, size.cols),
                found: found, hint: rules.hintPhrase)
        }
        if let train, images.rows != train.rows || images.cols != train.cols {
            throw DataError(
                kind: .wrongDimensions, path: path,
                expected: sized(rules.imagePhrase, train.rows, train.cols, asTraining: true),
                found: found, hint: rules.hintPhrase)
        }
        guard images.count > 0, (1...maximumSide).contains(images.rows), (1...maximumSide).contains(images.cols) else {
            throw DataError(
                kind: .wrongDimensions, path: path,
                expected: Phrase(
                    .dataImageSizeRange, ["side": .text("\(maximumSide)")],
                    english: "at least one image, of 1x1 to \(maximumSide)x\(maximumSide) pixels"),
                found: Phrase(
                    .dataCountImagesOfSize,
                    [
                        "count": .text("\(images.count)"), "rows": .text("\(images.rows)"),
                        "cols": .text("\(images.cols)"),
                    ],
                    english: "\(images.count) images of \(images.rows)x\(images.cols) pixels"),
                hint: images.count > 0
                    ? Phrase(
                        .hintDataResize, english: "resize the images, e.g. datasets/make-idx SOURCE OUTPUT --size 28x28"
                    )
                    : rules.hintPhrase)
        }
    }

    /// The bytes of a plain IDX file: a regular file of at most `plainFileLimit` bytes (its own
    /// size, checked on the opened file, whatever symlink names it).
    static func contents(of path: String) throws -> [UInt8] {
        switch RegularFile.read(path, limit: plainFileLimit) {
        case .success(let bytes): return bytes
        case .failure(let refusal): throw DataError(refusal, path: path, expected: DataError.idxFile)
        }
    }
}

// MARK: - DataShape

/// What a directory's four IDX files hold, from their headers alone: enough to estimate a run's
/// memory before a byte of image data is read or inflated (a 6.5 MB folder of 256×256 pictures
/// is gigabytes once loaded).
public struct DataShape: Sendable, Equatable {
    public var trainCount: Int
    public var testCount: Int
    public var rows: Int
    public var cols: Int

    public init(trainCount: Int, testCount: Int, rows: Int, cols: Int) {
        self.trainCount = trainCount
        self.testCount = testCount
        self.rows = rows
        self.cols = cols
    }
}

extension IDXDirectory {
    /// The two image files' headers, checked against `rules.limits` (only the first 16 bytes of
    /// each are inflated). Throws the error loading would give for a header that is refused.
    public static func shape(_ directory: String, rules: IDXRules) throws -> DataShape {
        let train = try header(file(trainImages, in: directory), limits: rules.limits)
        let test = try header(file(testImages, in: directory), limits: rules.limits)
        return DataShape(trainCount: train.dims[0], testCount: test.dims[0], rows: train.dims[1], cols: train.dims[2])
    }

    static func header(_ path: String, limits: IDXLimits) throws -> IDXHeader {
        let size = IDXHeader.size(dimensions: Int(IDXReader.imageMagic & 0xFF))
        let head: [UInt8]
        if path.hasSuffix(".gz") {
            // The reader is dropped after the header: nothing more is inflated.
            head = try GzipReader(path: path).read(upTo: size)
        } else {
            switch RegularFile.open(path) {
            case .failure(let refusal): throw DataError(refusal, path: path, expected: DataError.idxFile)
            case .success(let opened):
                defer { closeDescriptor(opened.descriptor) }
                var bytes = [UInt8](repeating: 0, count: size)
                let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                    guard let base = buffer.baseAddress else { return 0 }
                    return readDescriptor(opened.descriptor, base, size)
                }
                head = Array(bytes.prefix(max(0, got)))
            }
        }
        return try IDXHeader.parse(head, file: path, magic: IDXReader.imageMagic, limits: limits)
    }
}

extension DatasetSource {
    /// The shape of a directory's data from its headers; nil for MNIST and Fashion-MNIST, whose
    /// sizes are known (60,000 and 10,000 images of 28×28), and for a directory whose headers
    /// cannot be read (loading it will say why).
    public func shape() -> DataShape? {
        guard case .directory(let path) = self else { return nil }
        return try? IDXDirectory.shape(path, rules: .directory(path))
    }
}

// MARK: - Classes

/// Naming the classes of a loaded directory.
extension IDXDirectory {
    /// Most classes a directory may have: labels are bytes.
    static let maximumClasses = 256
    /// Longest class name kept; longer ones are refused rather than cut mid-word.
    static let maximumNameLength = 40

    /// The rules' names; else classes.txt's, which every label must fit; else "0", "1", … up to
    /// the largest label. At least two classes either way.
    static func classNames(directory: String, rules: IDXRules, train: Dataset, test: Dataset) throws -> [String] {
        if let names = rules.classNames { return names }
        let listPath = MNIST.join(directory, classListFile)
        let largest = Int(max(train.labels.max() ?? 0, test.labels.max() ?? 0))
        guard FileManager.default.fileExists(atPath: listPath) else {
            guard largest >= 1 else {
                throw DataError(
                    kind: .badLabel, path: file(trainLabels, in: directory),
                    expected: Phrase(.dataLabelsTwoClasses, english: "labels of at least 2 classes"),
                    found: Phrase(
                        .dataEveryLabelIs, ["label": .text("\(largest)")], english: "every label is \(largest)"),
                    hint: rules.hintPhrase)
            }
            return (0...largest).map(String.init)
        }
        let names = try readClassList(listPath, hint: rules.hintPhrase)
        for (split, name) in [(train, trainLabels), (test, testLabels)] {
            if let position = split.labels.firstIndex(where: { Int($0) >= names.count }) {
                let label = split.labels[position]
                throw DataError(
                    kind: .badLabel, path: file(name, in: directory),
                    expected: Phrase(
                        .dataLabelsPerClass, ["max": .text("\(names.count - 1)"), "path": .text(listPath)],
                        english: "labels 0 to \(names.count - 1), one per class in \(listPath)"),
                    found: Phrase(
                        .dataLabelAt, ["label": .text("\(label)"), "position": .text("\(position)")],
                        english: "label \(label) at position \(position)"),
                    hint: rules.hintPhrase)
            }
        }
        return names
    }

    /// One name per line, printable, at most `maximumNameLength` characters; 2 to 256 names.
    static func readClassList(_ path: String, hint: Phrase) throws -> [String] {
        func refuse(_ expected: Phrase, _ found: Phrase) -> DataError {
            DataError(kind: .badClassList, path: path, expected: expected, found: found, hint: hint)
        }
        func onLine(_ number: Int) -> [String: Phrase.Value] { ["line": .text("\(number)")] }
        let oneNamePerLine = Phrase(.dataClassListUtf8, english: "UTF-8 text, one class name per line")
        let limit = maximumClasses * (maximumNameLength * 4 + 2)
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.tooLarge(let size, _)):
            throw refuse(
                Phrase(
                    .dataAtMostShortLines, ["count": .text("\(maximumClasses)")],
                    english: "at most \(maximumClasses) short lines"),
                Phrase(.dataBytesNotRead, ["size": .text("\(size)")], english: "\(size) bytes (not read)"))
        case .failure(let refusal):
            throw refuse(
                Phrase(.dataClassListText, english: "a readable text file, one class name per line"),
                DataError.reason(refusal))
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw refuse(oneNamePerLine, Phrase(.dataNotUtf8, english: "a file that cannot be read as UTF-8"))
        }
        // \n, \r\n (one Character in Swift) and \r all end a line.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let name = line.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if name.isEmpty {
                throw refuse(
                    Phrase(.dataNameEveryLine, english: "a class name on every line"),
                    Phrase(.dataLineEmpty, onLine(number), english: "line \(number) is empty"))
            }
            if name.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
            }) {
                throw refuse(
                    Phrase(.dataPrintableNames, english: "printable class names"),
                    Phrase(.dataControlOnLine, onLine(number), english: "a control character on line \(number)"))
            }
            if name.count > maximumNameLength {
                throw refuse(
                    Phrase(
                        .dataNamesAtMost, ["count": .text("\(maximumNameLength)")],
                        english: "names of at most \(maximumNameLength) characters"),
                    Phrase(
                        .dataCharactersOnLine, onLine(number).merging(["count": .text("\(name.count)")]) { $1 },
                        english: "\(name.count) characters on line \(number)"))
            }
        }
        guard (2...maximumClasses).contains(lines.count) else {
            throw refuse(
                Phrase(
                    .dataClassCountRange, ["count": .text("\(maximumClasses)")],
                    english: "2 to \(maximumClasses) class names, one per line"),
                Phrase(.dataNameCount, ["count": .text("\(lines.count)")], english: "\(lines.count)"))
        }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

// MARK: - IDXRules

/// What a named dataset promises beyond the IDX format, checked on load: the image size and the
/// classes. A directory of the learner's own promises nothing: both come from its files.
public struct IDXRules: Sendable {
    /// `Dataset.source` of the loaded sets: "mnist", "fashion", or the directory given.
    public var source: String
    /// How error messages name the images, e.g. "MNIST images".
    public var imagePhrase: Phrase
    public var imageWords: String { imagePhrase.english }
    /// How error messages name the labels, e.g. "digit labels".
    public var labelPhrase: Phrase
    public var labelWords: String { labelPhrase.english }
    /// Required rows and columns, or nil to take them from the files.
    public var size: (rows: Int, cols: Int)?
    /// The classes, label order; nil to read classes.txt, or to number them from the labels.
    public var classNames: [String]?
    /// The usual fix for a damaged file of this dataset.
    public var hintPhrase: Phrase
    public var hint: String { hintPhrase.english }
    /// How much a file's header may promise: checked before anything is allocated or inflated.
    public var limits: IDXLimits

    public init(
        source: String, imageWords: Phrase, labelWords: Phrase, size: (rows: Int, cols: Int)?,
        classNames: [String]?, hint: Phrase, limits: IDXLimits = .standard
    ) {
        self.source = source
        imagePhrase = imageWords
        labelPhrase = labelWords
        self.size = size
        self.classNames = classNames
        hintPhrase = hint
        self.limits = limits
    }

    /// MNIST as today: 28×28 digits 0-9, restored from git or rebuilt with datasets/make-mnist.
    public static let mnist = IDXRules(
        source: "mnist", imageWords: Phrase(.dataWordsMnistImages, english: "MNIST images"),
        labelWords: Phrase(.dataWordsDigitLabels, english: "digit labels"),
        size: (MNIST.rows, MNIST.cols), classNames: (0..<MNIST.classCount).map(String.init),
        hint: DataError.restore, limits: MNIST.limits)

    /// Zalando's Fashion-MNIST: 28×28, ten kinds of clothing, from Debian's dataset-fashion-mnist.
    public static let fashion = IDXRules(
        source: "fashion", imageWords: Phrase(.dataWordsFashionImages, english: "Fashion-MNIST images"),
        labelWords: Phrase(.dataWordsClothingLabels, english: "clothing labels"), size: (28, 28),
        classNames: [
            "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
        ],
        hint: Phrase(
            .hintDataFashion,
            english:
                "reinstall Debian's package: apt-get install --reinstall dataset-fashion-mnist (bin/setup installs it)"),
        limits: MNIST.limits)

    /// `images`, as a sentence names them.
    static let images = Phrase(.dataWordImages, english: "images")

    /// A directory of the learner's own: size and classes from its files.
    public static func directory(_ path: String) -> IDXRules {
        IDXRules(
            source: path, imageWords: images, labelWords: Phrase(.dataWordLabels, english: "labels"), size: nil,
            classNames: nil,
            hint: Phrase(
                .hintDataOwnDirectory,
                english:
                    "rebuild the directory with datasets/make-idx, or check that its four IDX files belong together"))
    }
}

// MARK: - IDXDataset

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
