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

    static func size(dimensions: Int) -> Int { 4 + 4 * dimensions }

    static func parse(_ bytes: [UInt8], file: String, magic: UInt32, limits: IDXLimits) throws -> IDXHeader {
        let kind = magic == IDXReader.labelMagic ? "label" : "image"
        let expectedMagic = IDXReader.describe(magic: magic)
        guard bytes.count >= 4 else {
            throw DataError(
                kind: .truncated, path: file,
                expected: "an IDX \(kind) file starting with magic number \(expectedMagic)",
                found: "only \(bytes.count) bytes in total")
        }
        let found = readUInt32(bytes, at: 0)
        guard found == magic else {
            throw DataError(
                kind: .badMagic, path: file, expected: "IDX \(kind) file magic number \(expectedMagic)",
                found: "magic number \(IDXReader.describe(magic: found))")
        }
        let dimensionCount = Int(magic & 0xFF)
        guard bytes.count >= size(dimensions: dimensionCount) else {
            throw DataError(
                kind: .truncated, path: file,
                expected: "a \(size(dimensions: dimensionCount))-byte header with \(dimensionCount) dimension sizes",
                found: "only \(bytes.count) bytes in total")
        }
        let dims = (0..<dimensionCount).map { Int(readUInt32(bytes, at: 4 + 4 * $0)) }
        let payload = try checked(dims, kind: kind, file: file, limits: limits)
        return IDXHeader(dims: dims, payload: payload, kind: kind)
    }

    /// The payload size `dims` imply, or an error if any is zero or the sizes pass `limits`.
    private static func checked(_ dims: [Int], kind: String, file: String, limits: IDXLimits) throws -> Int {
        let shape = dims.map(String.init).joined(separator: " x ")
        let items = kind == "label" ? "labels" : "images"
        guard let count = dims.first, count > 0 else {
            throw DataError(
                kind: .wrongDimensions, path: file, expected: "at least one \(kind)",
                found: "a header declaring 0 \(items)", hint: "the file holds no data; " + DataError.restoreHint)
        }
        if let zero = dims.dropFirst().firstIndex(of: 0) {
            throw DataError(
                kind: .wrongDimensions, path: file, expected: "\(kind)s of at least 1 x 1",
                found: "a header declaring \(shape) (dimension \(zero + 1) is 0)")
        }
        let sides = dims.dropFirst()
        guard count <= limits.maxCount, sides.allSatisfy({ $0 <= limits.maxSide }) else {
            throw DataError(
                kind: .tooLarge, path: file,
                expected: "at most \(limits.maxCount) \(items)"
                    + (sides.isEmpty ? "" : " of at most \(limits.maxSide) x \(limits.maxSide)"),
                found: "a header declaring \(shape)")
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
                kind: .tooLarge, path: file, expected: "at most \(limits.maxPayloadBytes) bytes of \(kind) data",
                found: "a header declaring \(shape) (\(payload == .max ? "more than 2^63" : String(payload)) bytes)")
        }
        return payload
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }
}
