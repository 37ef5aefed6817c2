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
                kind: .trailingBytes, path: path,
                expected: "\(header.payload) bytes of \(header.kind) data after the header (\(header.shape))",
                found: "more data after them (not inflated further)")
        }
        return (header, payload)
    }

    private static func checkPayload(available: Int, header: IDXHeader, file: String) throws {
        let expected = "\(header.payload) bytes of \(header.kind) data after the header (\(header.shape))"
        if available < header.payload {
            throw DataError(kind: .truncated, path: file, expected: expected, found: "only \(available) bytes")
        }
        if available > header.payload {
            throw DataError(
                kind: .trailingBytes, path: file, expected: expected,
                found: "\(available) bytes, \(available - header.payload) more than the header declares")
        }
    }

    /// "2051 (0x00000803, image file)": decimal as the IDX docs quote it, hex to show the bytes.
    static func describe(magic: UInt32) -> String {
        let hex = String(magic, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
        let meaning: String
        switch magic {
        case imageMagic: meaning = ", image file"
        case labelMagic: meaning = ", label file"
        default: meaning = ""
        }
        return "\(magic) (0x\(padded)\(meaning))"
    }
}
