import Foundation

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

// MARK: - Locate

/// Finding the data directory, so `overfit` works from the repo, from an installed binary, and
/// from tests without anyone passing a path.
extension MNIST {
    /// Environment variable that names the data directory.
    public static let environmentVariable = "OVERFIT_DATA"

    /// The directory holding the MNIST files.
    ///
    /// Tried in order: `explicit` (from `--data`), `$OVERFIT_DATA`, a `datasets/` folder in the
    /// current directory or any parent, the same from the executable's directory, and finally
    /// the `datasets/` folder of the source tree this module was built from. A directory counts
    /// if it contains `train-images-idx3-ubyte.gz`. An explicit or environment path that does
    /// not qualify is an error rather than silently skipped: the user asked for that one.
    public static func locateDirectory(explicit: String?, environment: [String: String]) throws -> String {
        try locateDirectory(
            explicit: explicit, environment: environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: executablePath(),
            sourceFile: #filePath)
    }

    /// The search itself, with every input injectable for tests.
    static func locateDirectory(
        explicit: String?, environment: [String: String],
        currentDirectory: String, executablePath: String?,
        sourceFile: String
    ) throws -> String {
        if let explicit {
            guard qualifies(explicit) else {
                throw notFound(explicit, tried: [explicit], origin: "--data")
            }
            return explicit
        }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            guard qualifies(fromEnvironment) else {
                throw notFound(fromEnvironment, tried: [fromEnvironment], origin: environmentVariable)
            }
            return fromEnvironment
        }

        var tried: [String] = []
        var starts = [currentDirectory]
        if let executablePath {
            starts.append((executablePath as NSString).deletingLastPathComponent)
        }
        for start in starts {
            for ancestor in ancestors(of: start) {
                let candidate = MNIST.join(ancestor, "datasets")
                if tried.contains(candidate) { continue }
                tried.append(candidate)
                if qualifies(candidate) { return candidate }
            }
        }
        // Sources/OverfitData/<file>.swift -> package root -> datasets
        var root = sourceFile as NSString
        for _ in 0..<3 { root = root.deletingLastPathComponent as NSString }
        let fromSource = MNIST.join(root as String, "datasets")
        if !tried.contains(fromSource) {
            tried.append(fromSource)
            if qualifies(fromSource) { return fromSource }
        }
        let places = "\n" + tried.map { "            \($0)" }.joined(separator: "\n")
        throw DataError(
            kind: .unknownDirectory, path: "datasets/",
            expected: Phrase(
                .dataDirectoryContaining, ["file": .text(trainImagesFile)],
                english: "a directory containing \(trainImagesFile)"),
            found: Phrase(
                .dataNoneInPlaces, ["count": .text("\(tried.count)"), "places": .text(places)],
                english: "none in the \(tried.count) places tried:\(places)"),
            hint: Phrase(
                .hintDataLocate, ["variable": .text(environmentVariable)],
                english: "pass --data DIR or set \(environmentVariable)=DIR; to create the files run "
                    + "datasets/make-mnist, or restore them with `git checkout datasets/`"))
    }

    static func qualifies(_ directory: String) -> Bool {
        FileManager.default.fileExists(atPath: MNIST.join(directory, trainImagesFile))
    }

    private static func notFound(_ directory: String, tried: [String], origin: String) -> DataError {
        let file: [String: Phrase.Value] = ["file": .text(trainImagesFile)]
        return DataError(
            kind: .unknownDirectory, path: directory,
            expected: Phrase(
                .dataDirectoryGivenContaining, file.merging(["origin": .text(origin)]) { $1 },
                english: "a directory (given by \(origin)) containing \(trainImagesFile)"),
            found: FileManager.default.fileExists(atPath: directory)
                ? Phrase(.dataDirectoryWithout, file, english: "the directory exists but has no \(trainImagesFile)")
                : Phrase(.dataNoSuchDirectory, english: "no such directory"),
            hint: Phrase(
                .hintDataCheckOrigin, ["origin": .text(origin)],
                english: "check the path given by \(origin); to create the files run "
                    + "datasets/make-mnist, or restore them with `git checkout datasets/`"))
    }

    /// `path` made absolute and standardized, then it and each parent up to "/".
    static func ancestors(of path: String) -> [String] {
        var current = (path as NSString).standardizingPath
        var result: [String] = []
        while !current.isEmpty {
            result.append(current)
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        return result
    }

    /// Where the running binary lives: /proc/self/exe on Linux, else argv[0] made absolute.
    static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        let absolute =
            first.hasPrefix("/")
            ? first : MNIST.join(FileManager.default.currentDirectoryPath, first)
        return (absolute as NSString).resolvingSymlinksInPath
    }
}
