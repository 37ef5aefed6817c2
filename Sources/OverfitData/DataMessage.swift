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
    case dataGzipMagic = "data.gzip-magic"
    case dataEmptyFile = "data.empty-file"
    case dataFirstBytes = "data.first-bytes"
    case dataReadableGzip = "data.readable-gzip"
    case dataZlibCannotOpen = "data.zlib-cannot-open"
    case dataAtMostUncompressed = "data.at-most-uncompressed"
    case dataMoreThanThat = "data.more-than-that"
    case dataCompleteGzip = "data.complete-gzip"
    case dataStreamEndsEarly = "data.stream-ends-early"
    case dataValidGzip = "data.valid-gzip"
    case dataZlibError = "data.zlib-error"
    case dataZlibSays = "data.zlib-says"
    case dataWordImages = "data.word-images"
    case dataWordLabels = "data.word-labels"
    case dataMagicImage = "data.magic-image"
    case dataMagicLabel = "data.magic-label"
    case dataPayloadBytes = "data.payload-bytes"
    case dataMoreAfter = "data.more-after"
    case dataOnlyBytes = "data.only-bytes"
    case dataBytesMoreThanDeclared = "data.bytes-more-than-declared"
    case dataAtLeastOne = "data.at-least-one"
    case dataHeaderZeroItems = "data.header-zero-items"
    case hintDataNoData = "hint.data-no-data"
    case dataAtLeastOneByOne = "data.at-least-one-by-one"
    case dataHeaderZeroDimension = "data.header-zero-dimension"
    case dataAtMostItems = "data.at-most-items"
    case dataAtMostItemsOfSide = "data.at-most-items-of-side"
    case dataHeaderDeclaring = "data.header-declaring"
    case dataAtMostDataBytes = "data.at-most-data-bytes"
    case dataHeaderDeclaringBytes = "data.header-declaring-bytes"
    case dataHeaderDeclaringHuge = "data.header-declaring-huge"
    case dataWordsMnistImages = "data.words-mnist-images"
    case dataWordsFashionImages = "data.words-fashion-images"
    case dataWordsDigitLabels = "data.words-digit-labels"
    case dataWordsClothingLabels = "data.words-clothing-labels"
    case dataImagesOfSize = "data.images-of-size"
    case dataImagesAsTraining = "data.images-as-training"
    case dataImageSizeRange = "data.image-size-range"
    case dataCountImagesOfSize = "data.count-images-of-size"
    case hintDataResize = "hint.data-resize"
    case dataLabelsRange = "data.labels-range"
    case dataLabelsTwoClasses = "data.labels-two-classes"
    case dataEveryLabelIs = "data.every-label-is"
    case dataLabelsPerClass = "data.labels-per-class"
    case dataAtMostShortLines = "data.at-most-short-lines"
    case dataClassListText = "data.class-list-text"
    case dataClassListUtf8 = "data.class-list-utf8"
    case dataNotUtf8 = "data.not-utf8"
    case dataNameEveryLine = "data.name-every-line"
    case dataLineEmpty = "data.line-empty"
    case dataPrintableNames = "data.printable-names"
    case dataControlOnLine = "data.control-on-line"
    case dataNamesAtMost = "data.names-at-most"
    case dataCharactersOnLine = "data.characters-on-line"
    case dataClassCountRange = "data.class-count-range"
    case dataNameCount = "data.name-count"
    case dataNotRegularKind = "data.not-regular-kind"
    case dataLargerThan = "data.larger-than"
    case dataSystemSays = "data.system-says"
    case dataDirectoryContaining = "data.directory-containing"
    case dataNoneInPlaces = "data.none-in-places"
    case hintDataLocate = "hint.data-locate"
    case dataDirectoryGivenContaining = "data.directory-given-containing"
    case dataDirectoryWithout = "data.directory-without"
    case hintDataCheckOrigin = "hint.data-check-origin"
    case dataFashionFiles = "data.fashion-files"
    case hintDataFashion = "hint.data-fashion"
    case fileKindDirectory = "file.kind.directory"
    case fileKindFifo = "file.kind.fifo"
    case fileKindCharacterDevice = "file.kind.character-device"
    case fileKindBlockDevice = "file.kind.block-device"
    case fileKindSocket = "file.kind.socket"
    case fileKindLink = "file.kind.link"
    case fileKindOther = "file.kind.other"

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
        case .dataFirstBytes: return ["bytes"]
        case .dataZlibCannotOpen, .dataSystemSays: return ["reason"]
        case .dataAtMostUncompressed: return ["limit"]
        case .dataStreamEndsEarly, .dataOnlyBytes, .dataAtMostShortLines, .dataNamesAtMost, .dataClassCountRange,
            .dataNameCount:
            return ["count"]
        case .dataZlibError: return ["code", "count"]
        case .dataZlibSays: return ["found", "message"]
        case .dataMagicImage, .dataMagicLabel: return ["hex", "number"]
        case .dataPayloadBytes: return ["count", "kind", "shape"]
        case .dataBytesMoreThanDeclared: return ["count", "extra"]
        case .dataAtLeastOne, .dataNotRegularKind: return ["kind"]
        case .dataHeaderZeroItems, .dataAtLeastOneByOne: return ["items"]
        case .hintDataNoData: return ["fix"]
        case .dataHeaderZeroDimension: return ["dimension", "shape"]
        case .dataAtMostItems: return ["count", "items"]
        case .dataAtMostItemsOfSide: return ["count", "items", "side"]
        case .dataHeaderDeclaring, .dataHeaderDeclaringHuge: return ["shape"]
        case .dataAtMostDataBytes: return ["count", "kind"]
        case .dataHeaderDeclaringBytes: return ["shape", "size"]
        case .dataImagesOfSize, .dataImagesAsTraining: return ["cols", "images", "rows"]
        case .dataImageSizeRange: return ["side"]
        case .dataCountImagesOfSize: return ["cols", "count", "rows"]
        case .dataLabelsRange: return ["labels", "max"]
        case .dataEveryLabelIs: return ["label"]
        case .dataLabelsPerClass: return ["max", "path"]
        case .dataLineEmpty, .dataControlOnLine: return ["line"]
        case .dataCharactersOnLine: return ["count", "line"]
        case .dataLargerThan: return ["limit", "size"]
        case .dataDirectoryContaining, .dataDirectoryWithout: return ["file"]
        case .dataNoneInPlaces: return ["count", "places"]
        case .hintDataLocate: return ["variable"]
        case .dataDirectoryGivenContaining: return ["file", "origin"]
        case .hintDataCheckOrigin: return ["origin"]
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
