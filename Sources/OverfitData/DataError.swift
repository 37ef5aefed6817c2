/// Why a data file or data directory could not be used, worded for the person at the terminal.
///
/// Every error names the file (or directory), says what was expected and what was found, and
/// ends with a hint, because the usual fix is "rebuild or restore the files", not a code change.
public struct DataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for code that wants to branch on it (tests, retry logic).
    public enum Kind: Sendable, Equatable {
        case missingFile
        case notGzip
        case corruptGzip
        case truncated
        case trailingBytes
        case badMagic
        case wrongDimensions
        case countMismatch
        case badLabel
        case unknownDirectory
        /// A data directory named by path (not searched for) that does not exist.
        case missingDirectory
        /// A classes.txt that cannot name the classes: unreadable, empty, or with bad names.
        case badClassList
        /// A file larger than any dataset we load (checked before reading it).
        case tooLarge
    }

    public let kind: Kind
    /// The file or directory the problem is about.
    public let path: String
    public let expected: String
    public let found: String
    public let hint: String

    /// The fix that applies to almost every damaged or missing MNIST file.
    public static let restoreHint =
        "run datasets/make-mnist to rebuild the files, or restore them with `git checkout datasets/`"

    public init(
        kind: Kind, path: String, expected: String, found: String,
        hint: String = DataError.restoreHint
    ) {
        self.kind = kind
        self.path = path
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    public var description: String {
        """
        cannot use data \(kind == .unknownDirectory || kind == .missingDirectory ? "directory" : "file") \(path): \(summary)
          expected: \(expected)
          found:    \(found)
          HINT: \(hint)
        """
    }

    private var summary: String {
        switch kind {
        case .missingFile: "file not found"
        case .notGzip: "not a gzip file"
        case .corruptGzip: "corrupt gzip data"
        case .truncated: "file is truncated"
        case .trailingBytes: "unexpected bytes after the data"
        case .badMagic: "wrong magic number"
        case .wrongDimensions: "wrong image dimensions"
        case .countMismatch: "image and label counts differ"
        case .badLabel: "label out of range"
        case .unknownDirectory: "no MNIST data directory found"
        case .missingDirectory: "no such directory"
        case .badClassList: "cannot read the class names"
        case .tooLarge: "larger than a dataset may be"
        }
    }
}
