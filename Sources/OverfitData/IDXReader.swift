/// Parses the IDX format MNIST is distributed in.
///
/// Layout: two zero bytes, a type byte (0x08 = unsigned byte), a dimension-count byte, then one
/// big-endian UInt32 per dimension, then the payload. We accept only unsigned-byte files with
/// exactly the dimensions we need, and insist the payload is exactly as long as the header says:
/// a short file means a broken download, a long one means we are not reading what we think.
///
/// A header is someone else's claim: its dimensions are checked (no overflow, none zero, within
/// `Limits`) before anything they imply is allocated or inflated.
public enum IDXReader {
    /// Magic number of an image file: unsigned bytes, 3 dimensions (count, rows, cols).
    public static let imageMagic: UInt32 = 0x0000_0803
    /// Magic number of a label file: unsigned bytes, 1 dimension (count).
    public static let labelMagic: UInt32 = 0x0000_0801

    /// Images parsed from an IDX file: `count` images of `rows` x `cols`, row-major, one after another.
    public struct Images: Sendable, Equatable {
        public let count: Int
        public let rows: Int
        public let cols: Int
        public let pixels: [UInt8]
    }

    /// Parses an image file (magic 2051) already in memory. `file` names the source in errors.
    public static func parseImages(_ bytes: [UInt8], file: String, limits: IDXLimits = .standard) throws -> Images {
        let header = try IDXHeader.parse(bytes, file: file, magic: imageMagic, limits: limits)
        try checkPayload(available: bytes.count - header.size, header: header, file: file)
        return Images(
            count: header.dims[0], rows: header.dims[1], cols: header.dims[2], pixels: Array(bytes[header.size...]))
    }

    /// Parses a label file (magic 2049) already in memory. `file` names the source in errors.
    public static func parseLabels(_ bytes: [UInt8], file: String, limits: IDXLimits = .standard) throws -> [UInt8] {
        let header = try IDXHeader.parse(bytes, file: file, magic: labelMagic, limits: limits)
        try checkPayload(available: bytes.count - header.size, header: header, file: file)
        return Array(bytes[header.size...])
    }

    /// Reads an image file from a gzip file: the header first, then exactly the payload it
    /// promises, then a check that nothing follows. A header claiming more than `limits` allow
    /// is refused before a byte of payload is inflated.
    public static func readImages(gzipAt path: String, limits: IDXLimits = .standard) throws -> Images {
        let (header, payload) = try read(gzipAt: path, magic: imageMagic, limits: limits)
        return Images(count: header.dims[0], rows: header.dims[1], cols: header.dims[2], pixels: payload)
    }

    /// Reads a label file from a gzip file, as `readImages` does.
    public static func readLabels(gzipAt path: String, limits: IDXLimits = .standard) throws -> [UInt8] {
        try read(gzipAt: path, magic: labelMagic, limits: limits).payload
    }

    private static func read(gzipAt path: String, magic: UInt32, limits: IDXLimits) throws -> (
        header: IDXHeader, payload: [UInt8]
    ) {
        let reader = try GzipReader(path: path)
        let size = IDXHeader.size(dimensions: Int(magic & 0xFF))
        let head = try reader.read(upTo: size)
        let header = try IDXHeader.parse(head, file: path, magic: magic, limits: limits)
        let payload = try reader.read(upTo: header.payload)
        try checkPayload(available: payload.count, header: header, file: path)
        guard try reader.isAtEnd() else {
            throw DataError(
                kind: .trailingBytes, path: path, expected: header.payloadPhrase,
                found: Phrase(.dataMoreAfter, english: "more data after them (not inflated further)"))
        }
        return (header, payload)
    }

    private static func checkPayload(available: Int, header: IDXHeader, file: String) throws {
        let expected = header.payloadPhrase
        if available < header.payload {
            throw DataError(
                kind: .truncated, path: file, expected: expected,
                found: Phrase(.dataOnlyBytes, ["count": .text("\(available)")], english: "only \(available) bytes"))
        }
        if available > header.payload {
            let extra = available - header.payload
            throw DataError(
                kind: .trailingBytes, path: file, expected: expected,
                found: Phrase(
                    .dataBytesMoreThanDeclared, ["count": .text("\(available)"), "extra": .text("\(extra)")],
                    english: "\(available) bytes, \(extra) more than the header declares"))
        }
    }

    /// "2051 (0x00000803, image file)": decimal as the IDX docs quote it, hex to show the bytes.
    static func describe(magic: UInt32) -> String {
        let padded = hex(magic)
        let meaning: String
        switch magic {
        case imageMagic: meaning = ", image file"
        case labelMagic: meaning = ", label file"
        default: meaning = ""
        }
        return "\(magic) (0x\(padded)\(meaning))"
    }

    /// `magic` in eight hex digits: `00000803`.
    static func hex(_ magic: UInt32) -> String {
        let digits = String(magic, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 8 - digits.count)) + digits
    }

    /// `describe(magic:)` as a value of a sentence: the file's kind in the session's language.
    static func describePhrase(magic: UInt32) -> Phrase.Value {
        let english = describe(magic: magic)
        let values: [String: Phrase.Value] = ["number": .text("\(magic)"), "hex": .text(hex(magic))]
        switch magic {
        case imageMagic: return .phrase(Phrase(.dataMagicImage, values, english: english))
        case labelMagic: return .phrase(Phrase(.dataMagicLabel, values, english: english))
        default: return .text(english)
        }
    }
}

// MARK: - IDXHeader

/// An IDX file's header, checked: the magic number, and dimensions that are neither zero nor
/// beyond `IDXLimits`, with the payload size they imply computed without overflow.
struct IDXHeader {
    let dims: [Int]
    /// Bytes of data the header promises after it.
    let payload: Int
    /// "image" or "label", for messages.
    let kind: String

    var size: Int { Self.size(dimensions: dims.count) }
    var shape: String { dims.map(String.init).joined(separator: " x ") }

    /// `image` or `label` as a word of a sentence.
    static func word(_ kind: String) -> Phrase.Value {
        .phrase(kind == "label" ? Phrase(.dataWordLabel, english: "label") : Phrase(.dataWordImage, english: "image"))
    }

    /// `images` or `labels` as a word of a sentence.
    static func items(_ kind: String) -> Phrase.Value {
        .phrase(
            kind == "label" ? Phrase(.dataWordLabels, english: "labels") : Phrase(.dataWordImages, english: "images"))
    }

    /// What the payload should be: `2352 bytes of image data after the header (3 x 28 x 28)`.
    var payloadPhrase: Phrase {
        Phrase(
            .dataPayloadBytes, ["count": .text("\(payload)"), "kind": Self.word(kind), "shape": .text(shape)],
            english: "\(payload) bytes of \(kind) data after the header (\(shape))")
    }

    static func size(dimensions: Int) -> Int { 4 + 4 * dimensions }

    static func parse(_ bytes: [UInt8], file: String, magic: UInt32, limits: IDXLimits) throws -> IDXHeader {
        let kind = magic == IDXReader.labelMagic ? "label" : "image"
        let expectedMagic = IDXReader.describe(magic: magic)
        let magicValue = IDXReader.describePhrase(magic: magic)
        let kindWord = word(kind)
        let onlyBytes = Phrase(
            .dataOnlyBytesTotal, ["count": .text("\(bytes.count)")], english: "only \(bytes.count) bytes in total")
        guard bytes.count >= 4 else {
            throw DataError(
                kind: .truncated, path: file,
                expected: Phrase(
                    .dataIdxStart, ["kind": kindWord, "magic": magicValue],
                    english: "an IDX \(kind) file starting with magic number \(expectedMagic)"),
                found: onlyBytes)
        }
        let found = readUInt32(bytes, at: 0)
        guard found == magic else {
            let shown = IDXReader.describe(magic: found)
            throw DataError(
                kind: .badMagic, path: file,
                expected: Phrase(
                    .dataIdxMagic, ["kind": kindWord, "magic": magicValue],
                    english: "IDX \(kind) file magic number \(expectedMagic)"),
                found: Phrase(
                    .dataMagicFound, ["magic": IDXReader.describePhrase(magic: found)], english: "magic number \(shown)"
                ))
        }
        let dimensionCount = Int(magic & 0xFF)
        guard bytes.count >= size(dimensions: dimensionCount) else {
            let headerSize = size(dimensions: dimensionCount)
            throw DataError(
                kind: .truncated, path: file,
                expected: Phrase(
                    .dataHeaderBytes, ["size": .text("\(headerSize)"), "count": .text("\(dimensionCount)")],
                    english: "a \(headerSize)-byte header with \(dimensionCount) dimension sizes"),
                found: onlyBytes)
        }
        let dims = (0..<dimensionCount).map { Int(readUInt32(bytes, at: 4 + 4 * $0)) }
        let payload = try checked(dims, kind: kind, file: file, limits: limits)
        return IDXHeader(dims: dims, payload: payload, kind: kind)
    }

    /// The payload size `dims` imply, or an error if any is zero or the sizes pass `limits`.
    private static func checked(_ dims: [Int], kind: String, file: String, limits: IDXLimits) throws -> Int {
        let shape = dims.map(String.init).joined(separator: " x ")
        let items = kind == "label" ? "labels" : "images"
        let itemsWord = Self.items(kind)
        guard let count = dims.first, count > 0 else {
            throw DataError(
                kind: .wrongDimensions, path: file,
                expected: Phrase(.dataAtLeastOne, ["kind": word(kind)], english: "at least one \(kind)"),
                found: Phrase(.dataHeaderZeroItems, ["items": itemsWord], english: "a header declaring 0 \(items)"),
                hint: Phrase(
                    .hintDataNoData, ["fix": .phrase(DataError.restore)],
                    english: "the file holds no data; " + DataError.restoreHint))
        }
        if let zero = dims.dropFirst().firstIndex(of: 0) {
            throw DataError(
                kind: .wrongDimensions, path: file,
                expected: Phrase(.dataAtLeastOneByOne, ["items": itemsWord], english: "\(kind)s of at least 1 x 1"),
                found: Phrase(
                    .dataHeaderZeroDimension, ["shape": .text(shape), "dimension": .text("\(zero + 1)")],
                    english: "a header declaring \(shape) (dimension \(zero + 1) is 0)"))
        }
        let sides = dims.dropFirst()
        guard count <= limits.maxCount, sides.allSatisfy({ $0 <= limits.maxSide }) else {
            let most: [String: Phrase.Value] = ["count": .text("\(limits.maxCount)"), "items": itemsWord]
            throw DataError(
                kind: .tooLarge, path: file,
                expected: sides.isEmpty
                    ? Phrase(.dataAtMostItems, most, english: "at most \(limits.maxCount) \(items)")
                    : Phrase(
                        .dataAtMostItemsOfSide, most.merging(["side": .text("\(limits.maxSide)")]) { $1 },
                        english: "at most \(limits.maxCount) \(items) of at most \(limits.maxSide) x \(limits.maxSide)"),
                found: Phrase(.dataHeaderDeclaring, ["shape": .text(shape)], english: "a header declaring \(shape)"))
        }
        // Within the limits above, count × side × side stays far below Int.max on 64-bit
        // platforms; the multiplication is checked all the same.
        var payload = 1
        for dim in dims {
            let (product, overflow) = payload.multipliedReportingOverflow(by: dim)
            guard !overflow else { payload = .max; break }
            payload = product
        }
        guard payload <= limits.maxPayloadBytes else {
            throw DataError(
                kind: .tooLarge, path: file,
                expected: Phrase(
                    .dataAtMostDataBytes, ["count": .text("\(limits.maxPayloadBytes)"), "kind": word(kind)],
                    english: "at most \(limits.maxPayloadBytes) bytes of \(kind) data"),
                found: payload == .max
                    ? Phrase(
                        .dataHeaderDeclaringHuge, ["shape": .text(shape)],
                        english: "a header declaring \(shape) (more than 2^63 bytes)")
                    : Phrase(
                        .dataHeaderDeclaringBytes, ["shape": .text(shape), "size": .text("\(payload)")],
                        english: "a header declaring \(shape) (\(payload) bytes)"))
        }
        return payload
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }
}

// MARK: - IDXLimits

/// How large an IDX file's header may say its data is. Checked before anything is allocated,
/// so a header of `0x803, 0xFFFFFFFF × 3` (or a gzip bomb behind an honest-looking header)
/// is a clear error, not an overflow or gigabytes of memory.
public struct IDXLimits: Sendable, Equatable {
    /// The most items (images, labels) a file may hold.
    public var maxCount: Int
    /// The most rows, and the most columns, of one image.
    public var maxSide: Int
    /// The most payload bytes in all.
    public var maxPayloadBytes: Int

    public init(maxCount: Int = 1 << 24, maxSide: Int = 1 << 12, maxPayloadBytes: Int = 1 << 30) {
        self.maxCount = maxCount
        self.maxSide = maxSide
        self.maxPayloadBytes = maxPayloadBytes
    }

    /// Larger than any dataset the tutor reads, small enough to allocate.
    public static let standard = IDXLimits()
}
