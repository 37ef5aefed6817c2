/// Every sentence OverfitData says to a learner (a data file's error: its headline, what was
/// expected and found, its hint), by its key in the tutor's catalogue (`lessons/messages.txt`),
/// with the placeholders it fills. A test holds each to a `TutorMessages.Key` with the same
/// placeholders, as `TrainingMessage`'s are.
public enum DataMessage: String, CaseIterable, Sendable {
    case errorDataFile = "error.data-file"
    case errorDataDirectory = "error.data-directory"
    case errorDataExpectedFound = "error.data-expected-found"
    case dataKindMissingFile = "data.kind.missing-file"
    case dataKindNotGzip = "data.kind.not-gzip"
    case dataKindCorruptGzip = "data.kind.corrupt-gzip"
    case dataKindTruncated = "data.kind.truncated"
    case dataKindTrailingBytes = "data.kind.trailing-bytes"
    case dataKindBadMagic = "data.kind.bad-magic"
    case dataKindWrongDimensions = "data.kind.wrong-dimensions"
    case dataKindCountMismatch = "data.kind.count-mismatch"
    case dataKindBadLabel = "data.kind.bad-label"
    case dataKindUnknownDirectory = "data.kind.unknown-directory"
    case dataKindMissingDirectory = "data.kind.missing-directory"
    case dataKindBadClassList = "data.kind.bad-class-list"
    case dataKindTooLarge = "data.kind.too-large"
    case dataKindUnreadableFile = "data.kind.unreadable-file"
    case dataKindNotRegularFile = "data.kind.not-regular-file"
    case hintDataRestore = "hint.data-restore"
    case hintDataChmod = "hint.data-chmod"
    case hintDataRegularFile = "hint.data-regular-file"
    case hintDataOwnDirectory = "hint.data-own-directory"
    case dataNoSuchFile = "data.no-such-file"
    case dataPermissionDenied = "data.permission-denied"
    case dataYouMayRead = "data.you-may-read"
    case dataRegularFile = "data.regular-file"
    case dataAtMostBytes = "data.at-most-bytes"
    case dataBytesNotRead = "data.bytes-not-read"
    case dataIdxFile = "data.idx-file"
    case dataGzipFile = "data.gzip-file"
    case dataIdxMagic = "data.idx-magic"
    case dataMagicFound = "data.magic-found"
    case dataIdxStart = "data.idx-start"
    case dataOnlyBytesTotal = "data.only-bytes-total"
    case dataHeaderBytes = "data.header-bytes"
    case dataLabelsPerImage = "data.labels-per-image"
    case dataLabelCount = "data.label-count"
    case dataLabelAt = "data.label-at"
    case dataWordImage = "data.word-image"
    case dataWordLabel = "data.word-label"
    case dataDirectoryHolding = "data.directory-holding"
    case dataNotADirectory = "data.not-a-directory"
    case dataNoSuchDirectory = "data.no-such-directory"
    case hintDataMissingDirectory = "hint.data-missing-directory"

    /// The placeholders its sentence fills, sorted.
    public var placeholders: [String] {
        switch self {
        case .errorDataFile, .errorDataDirectory: return ["path", "summary"]
        case .errorDataExpectedFound: return ["expected", "found", "headline"]
        case .hintDataChmod: return ["path"]
        case .dataYouMayRead, .dataRegularFile: return ["what"]
        case .dataAtMostBytes: return ["limit", "what"]
        case .dataBytesNotRead: return ["size"]
        case .dataIdxMagic, .dataIdxStart: return ["kind", "magic"]
        case .dataMagicFound: return ["magic"]
        case .dataOnlyBytesTotal: return ["count"]
        case .dataHeaderBytes: return ["count", "size"]
        case .dataLabelsPerImage: return ["count", "path"]
        case .dataLabelCount: return ["count"]
        case .dataLabelAt: return ["label", "position"]
        case .dataDirectoryHolding: return ["file"]
        default: return []
        }
    }
}

extension Phrase {
    /// A sentence OverfitData says, with its values by placeholder name.
    init(_ message: DataMessage, _ values: [String: Value] = [:], english: String) {
        self.init(id: message.rawValue, values: values, english: english)
    }
}
