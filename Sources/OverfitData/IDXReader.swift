/// Parses the IDX format MNIST is distributed in.
///
/// Layout: two zero bytes, a type byte (0x08 = unsigned byte), a dimension-count byte, then one
/// big-endian UInt32 per dimension, then the payload. We accept only unsigned-byte files with
/// exactly the dimensions we need, and insist the payload is exactly as long as the header says:
/// a short file means a broken download, a long one means we are not reading what we think.
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

    /// Parses an image file (magic 2051). `file` names the source in error messages.
    public static func parseImages(_ bytes: [UInt8], file: String) throws -> Images {
        let dims = try parseHeader(bytes, file: file, magic: imageMagic, kind: "image")
        return Images(count: dims[0], rows: dims[1], cols: dims[2],
                      pixels: Array(bytes[headerSize(dimensions: 3)...]))
    }

    /// Parses a label file (magic 2049). `file` names the source in error messages.
    public static func parseLabels(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        _ = try parseHeader(bytes, file: file, magic: labelMagic, kind: "label")
        return Array(bytes[headerSize(dimensions: 1)...])
    }

    private static func headerSize(dimensions: Int) -> Int { 4 + 4 * dimensions }

    /// Validates magic and payload length, returning the dimensions.
    private static func parseHeader(_ bytes: [UInt8], file: String, magic: UInt32,
                                    kind: String) throws -> [Int] {
        let expectedMagic = describe(magic: magic)
        guard bytes.count >= 4 else {
            throw DataError(kind: .truncated, path: file,
                            expected: "an IDX \(kind) file starting with magic number \(expectedMagic)",
                            found: "only \(bytes.count) bytes in total")
        }
        let found = readUInt32(bytes, at: 0)
        guard found == magic else {
            throw DataError(kind: .badMagic, path: file,
                            expected: "IDX \(kind) file magic number \(expectedMagic)",
                            found: "magic number \(describe(magic: found))")
        }
        let dimensionCount = Int(magic & 0xFF)
        let payloadStart = headerSize(dimensions: dimensionCount)
        guard bytes.count >= payloadStart else {
            throw DataError(kind: .truncated, path: file,
                            expected: "a \(payloadStart)-byte header with \(dimensionCount) dimension sizes",
                            found: "only \(bytes.count) bytes in total")
        }
        let dims = (0..<dimensionCount).map { Int(readUInt32(bytes, at: 4 + 4 * $0)) }
        // Multiplying up to three UInt32 values cannot overflow Int on 64-bit platforms.
        let payload = dims.reduce(1, *)
        let shape = dims.map(String.init).joined(separator: " x ")
        let actual = bytes.count - payloadStart
        if actual < payload {
            throw DataError(kind: .truncated, path: file,
                            expected: "\(payload) bytes of \(kind) data after the header (\(shape))",
                            found: "only \(actual) bytes")
        }
        if actual > payload {
            throw DataError(kind: .trailingBytes, path: file,
                            expected: "\(payload) bytes of \(kind) data after the header (\(shape))",
                            found: "\(actual) bytes, \(actual - payload) more than the header declares")
        }
        return dims
    }

    @inline(__always)
    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
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
