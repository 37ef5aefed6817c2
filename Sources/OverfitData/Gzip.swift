/// Reads whole gzip files through zlib, never inflating more than the caller allows.
public enum Gzip {
    /// What `decompressFile` inflates at most unless told otherwise: more than any dataset
    /// the tutor reads, far less than a gzip bomb would make of memory.
    public static let defaultMaxBytes = 1 << 30

    /// The uncompressed contents of the gzip file at `path`, at most `maxBytes` of them.
    ///
    /// Throws `DataError` for a missing file, a file that is not gzip, corrupt compressed data,
    /// a stream that ends early, or one that inflates to more than `maxBytes` (found out after
    /// inflating `maxBytes + 1`, never all of it).
    public static func decompressFile(atPath path: String, maxBytes: Int = defaultMaxBytes) throws -> [UInt8] {
        let reader = try GzipReader(path: path)
        var output: [UInt8] = []
        let piece = 1 << 20
        while output.count <= maxBytes {
            let part = try reader.read(upTo: min(piece, maxBytes + 1 - output.count))
            output += part
            if part.isEmpty {
                try reader.close()
                return output
            }
        }
        throw DataError(
            kind: .tooLarge, path: path, expected: "at most \(maxBytes) bytes once uncompressed",
            found: "more than that (inflating stopped there)")
    }
}
