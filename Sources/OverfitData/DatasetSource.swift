import Foundation

/// Where a run's images come from: MNIST (the default), Fashion-MNIST, or a directory of IDX
/// files (the learner's own, e.g. made by datasets/make-idx).
public enum DatasetSource: Equatable, Hashable, Sendable, CustomStringConvertible {
    case mnist
    case fashion
    case directory(String)

    /// `mnist` and `fashion` (any case) name the built-in datasets; anything else is a path.
    public init(_ text: String) {
        switch text.lowercased() {
        case "mnist": self = .mnist
        case "fashion": self = .fashion
        default: self = .directory(text)
        }
    }

    /// As `init(_:)` reads it back.
    public var description: String {
        switch self {
        case .mnist: return "mnist"
        case .fashion: return "fashion"
        case .directory(let path): return path
        }
    }

    /// Environment variable that names the Fashion-MNIST directory.
    public static let fashionEnvironmentVariable = "OVERFIT_FASHION_DATA"
    /// Where Debian's dataset-fashion-mnist package puts its four gzipped IDX files.
    public static let fashionSystemDirectory = "/usr/share/datasets/fashion-mnist"

    /// Finds the files and loads both splits. MNIST is searched for as `MNIST.locateDirectory`
    /// does (`mnistDirectory` is `--data`); Fashion-MNIST is in `$OVERFIT_FASHION_DATA` or where
    /// Debian installs it; a directory is taken as given.
    public func load(mnistDirectory: String? = nil, environment: [String: String]) throws -> IDXDataset {
        switch self {
        case .mnist:
            let directory = try MNIST.locateDirectory(explicit: mnistDirectory, environment: environment)
            return try IDXDirectory.load(directory, rules: .mnist)
        case .fashion:
            let directory =
                environment[Self.fashionEnvironmentVariable].flatMap { $0.isEmpty ? nil : $0 }
                ?? Self.fashionSystemDirectory
            guard IDXDirectory.qualifies(directory) else {
                throw DataError(
                    kind: .missingFile, path: IDXDirectory.file(IDXDirectory.trainImages, in: directory),
                    expected: Phrase(
                        .dataFashionFiles,
                        english: "Fashion-MNIST's four gzipped IDX files (Debian package dataset-fashion-mnist)"),
                    found: Phrase(.dataNoSuchFile, english: "no such file"), hint: IDXRules.fashion.hintPhrase)
            }
            return try IDXDirectory.load(directory, rules: .fashion)
        case .directory(let path):
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                let file = IDXDirectory.trainImages
                throw DataError(
                    kind: .missingDirectory, path: path,
                    expected: Phrase(
                        .dataDirectoryHolding, ["file": .text(file)],
                        english: "a directory holding \(file)[.gz] and the other three IDX files"),
                    found: FileManager.default.fileExists(atPath: path)
                        ? Phrase(.dataNotADirectory, english: "a file, not a directory")
                        : Phrase(.dataNoSuchDirectory, english: "no such directory"),
                    hint: Phrase(
                        .hintDataMissingDirectory,
                        english:
                            "check the path; datasets/make-idx turns a folder of PNG images per class into such a directory"
                    ))
            }
            return try IDXDirectory.load(path, rules: .directory(path))
        }
    }
}

extension DatasetSource {
    /// How reports and progress lines name the dataset: `MNIST`, `Fashion-MNIST`, or the
    /// directory's path as given (shown through `VisibleText`, since it came from a file).
    public var title: String {
        switch self {
        case .mnist: return "MNIST"
        case .fashion: return "Fashion-MNIST"
        case .directory(let path): return VisibleText.escaped(path)
        }
    }

    /// The image size of the built-in datasets (28×28 grey), known before loading; nil for a
    /// directory, whose files say.
    public var knownImageSize: (rows: Int, cols: Int)? {
        switch self {
        case .mnist, .fashion: return (28, 28)
        case .directory: return nil
        }
    }
}
