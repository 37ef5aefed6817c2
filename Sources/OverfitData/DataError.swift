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
        /// A file that exists but may not be read (its permissions).
        case unreadableFile
        /// A FIFO, a device, a directory or a socket where a data file should be.
        case notRegularFile
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

    /// The error for a data file `RegularFile` would not open; `expected` says what it should be.
    public init(_ refusal: RegularFile.Refusal, path: String, expected: String, hint: String = DataError.restoreHint) {
        switch refusal {
        case .missing:
            self.init(kind: .missingFile, path: path, expected: expected, found: "no such file", hint: hint)
        case .permissionDenied:
            self.init(
                kind: .unreadableFile, path: path, expected: "\(expected) you may read",
                found: "permission denied", hint: "let yourself read it: chmod u+r \(Self.quoted(path))")
        case .notRegular(let kind):
            self.init(
                kind: .notRegularFile, path: path, expected: "\(expected) (a regular file)", found: kind,
                hint: "name a regular file; a FIFO or a device is not read, as it may never end")
        case .tooLarge(let size, let limit):
            self.init(
                kind: .tooLarge, path: path, expected: "\(expected) of at most \(limit) bytes",
                found: "\(size) bytes (not read)", hint: hint)
        case .failed:
            self.init(kind: .unreadableFile, path: path, expected: expected, found: refusal.reason, hint: hint)
        }
    }

    /// `path` as a shell would take it, for a hint.
    static func quoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,".contains($0) }
            ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
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
        case .unreadableFile: "permission denied"
        case .notRegularFile: "not a regular file"
        }
    }
}
