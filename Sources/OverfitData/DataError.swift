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
    /// What was expected, found, and the fix, as sentences the tutor says in the session's
    /// language (their English is `expected`, `found` and `hint`).
    public let expectedPhrase: Phrase
    public let foundPhrase: Phrase
    public let hintPhrase: Phrase

    public var expected: String { expectedPhrase.english }
    public var found: String { foundPhrase.english }
    public var hint: String { hintPhrase.english }

    /// The fix that applies to almost every damaged or missing MNIST file.
    public static let restoreHint =
        "run datasets/make-mnist to rebuild the files, or restore them with `git checkout datasets/`"

    /// `restoreHint` as a sentence of the catalogue.
    public static let restore = Phrase(.hintDataRestore, english: restoreHint)

    public init(kind: Kind, path: String, expected: Phrase, found: Phrase, hint: Phrase = DataError.restore) {
        self.kind = kind
        self.path = path
        expectedPhrase = expected
        foundPhrase = found
        hintPhrase = hint
    }

    /// The same with what was expected and found in English words only (no sentence of the
    /// catalogue yet).
    public init(kind: Kind, path: String, expected: String, found: String, hint: Phrase = DataError.restore) {
        self.init(kind: kind, path: path, expected: .literal(expected), found: .literal(found), hint: hint)
    }

    /// The same with every part in English words only.
    public init(kind: Kind, path: String, expected: String, found: String, hint: String) {
        self.init(kind: kind, path: path, expected: .literal(expected), found: .literal(found), hint: .literal(hint))
    }

    /// The error for a data file `RegularFile` would not open; `expected` says what it should be.
    public init(_ refusal: RegularFile.Refusal, path: String, expected: Phrase, hint: Phrase = DataError.restore) {
        let what: [String: Phrase.Value] = ["what": .phrase(expected)]
        switch refusal {
        case .missing:
            self.init(
                kind: .missingFile, path: path, expected: expected,
                found: Phrase(.dataNoSuchFile, english: "no such file"), hint: hint)
        case .permissionDenied:
            let quoted = Self.quoted(path)
            self.init(
                kind: .unreadableFile, path: path,
                expected: Phrase(.dataYouMayRead, what, english: "\(expected.english) you may read"),
                found: Phrase(.dataPermissionDenied, english: "permission denied"),
                hint: Phrase(
                    .hintDataChmod, ["path": .text(quoted)], english: "let yourself read it: chmod u+r \(quoted)"))
        case .notRegular(let kind):
            self.init(
                kind: .notRegularFile, path: path,
                expected: Phrase(.dataRegularFile, what, english: "\(expected.english) (a regular file)"),
                found: DataError.kindPhrase(kind),
                hint: Phrase(
                    .hintDataRegularFile,
                    english: "name a regular file; a FIFO or a device is not read, as it may never end"))
        case .tooLarge(let size, let limit):
            self.init(
                kind: .tooLarge, path: path,
                expected: Phrase(
                    .dataAtMostBytes, what.merging(["limit": .text("\(limit)")]) { $1 },
                    english: "\(expected.english) of at most \(limit) bytes"),
                found: Phrase(.dataBytesNotRead, ["size": .text("\(size)")], english: "\(size) bytes (not read)"),
                hint: hint)
        case .failed:
            self.init(
                kind: .unreadableFile, path: path, expected: expected, found: DataError.reason(refusal), hint: hint)
        }
    }

    /// The same with what the file should be in English words only.
    public init(_ refusal: RegularFile.Refusal, path: String, expected: String, hint: String? = nil) {
        self.init(
            refusal, path: path, expected: .literal(expected), hint: hint.map(Phrase.literal) ?? DataError.restore)
    }

    /// `an IDX file`, `a gzip file`: what a data file should be, in words.
    public static let idxFile = Phrase(.dataIdxFile, english: "an IDX file")
    public static let gzipFile = Phrase(.dataGzipFile, english: "a gzip file")

    /// `RegularFile.kind`'s words for what a file is (`a directory`) as a sentence of the catalogue.
    public static func kindPhrase(_ kind: String) -> Phrase {
        let messages: [String: DataMessage] = [
            "a directory": .fileKindDirectory, "a FIFO (named pipe)": .fileKindFifo,
            "a character device": .fileKindCharacterDevice, "a block device": .fileKindBlockDevice,
            "a socket": .fileKindSocket, "a symbolic link": .fileKindLink, "not a regular file": .fileKindOther,
        ]
        return messages[kind].map { Phrase($0, english: kind) } ?? .literal(kind)
    }

    /// Why `RegularFile` would not read a file (`Refusal.reason`) as a sentence of the catalogue;
    /// the system's own words for a rarer failure are kept as they are, quoted.
    public static func reason(_ refusal: RegularFile.Refusal) -> Phrase {
        let english = refusal.reason
        switch refusal {
        case .missing: return Phrase(.dataNoSuchFile, english: english)
        case .permissionDenied: return Phrase(.dataPermissionDenied, english: english)
        case .notRegular(let kind):
            return Phrase(.dataNotRegularKind, ["kind": .phrase(kindPhrase(kind))], english: english)
        case .tooLarge(let size, let limit):
            return Phrase(.dataLargerThan, ["size": .text("\(size)"), "limit": .text("\(limit)")], english: english)
        case .failed: return Phrase(.dataSystemSays, ["reason": .text(english)], english: english)
        }
    }

    /// `path` as a shell would take it, for a hint.
    static func quoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,".contains($0) }
            ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    public var description: String {
        """
        \(headline.english)
          expected: \(expected)
          found:    \(found)
          HINT: \(hint)
        """
    }

    /// `cannot use data file PATH: SUMMARY`, the description's first line.
    public var headline: Phrase {
        let directory = kind == .unknownDirectory || kind == .missingDirectory
        let summary = summary
        return Phrase(
            directory ? .errorDataDirectory : .errorDataFile, ["path": .text(path), "summary": .phrase(summary)],
            english: "cannot use data \(directory ? "directory" : "file") \(path): \(summary.english)")
    }

    /// The headline with what was expected and found: the sentence the learner reads.
    public var sentence: Phrase {
        Phrase(
            .errorDataExpectedFound,
            ["headline": .phrase(headline), "expected": .phrase(expectedPhrase), "found": .phrase(foundPhrase)],
            english: "\(headline.english) (expected \(expected); found \(found))")
    }

    private var summary: Phrase {
        switch kind {
        case .missingFile: Phrase(.dataKindMissingFile, english: "file not found")
        case .notGzip: Phrase(.dataKindNotGzip, english: "not a gzip file")
        case .corruptGzip: Phrase(.dataKindCorruptGzip, english: "corrupt gzip data")
        case .truncated: Phrase(.dataKindTruncated, english: "file is truncated")
        case .trailingBytes: Phrase(.dataKindTrailingBytes, english: "unexpected bytes after the data")
        case .badMagic: Phrase(.dataKindBadMagic, english: "wrong magic number")
        case .wrongDimensions: Phrase(.dataKindWrongDimensions, english: "wrong image dimensions")
        case .countMismatch: Phrase(.dataKindCountMismatch, english: "image and label counts differ")
        case .badLabel: Phrase(.dataKindBadLabel, english: "label out of range")
        case .unknownDirectory: Phrase(.dataKindUnknownDirectory, english: "no MNIST data directory found")
        case .missingDirectory: Phrase(.dataKindMissingDirectory, english: "no such directory")
        case .badClassList: Phrase(.dataKindBadClassList, english: "cannot read the class names")
        case .tooLarge: Phrase(.dataKindTooLarge, english: "larger than a dataset may be")
        case .unreadableFile: Phrase(.dataKindUnreadableFile, english: "permission denied")
        case .notRegularFile: Phrase(.dataKindNotRegularFile, english: "not a regular file")
        }
    }
}
