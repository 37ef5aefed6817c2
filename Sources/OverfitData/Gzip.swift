import CZlib
import Foundation

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
            kind: .tooLarge, path: path,
            expected: Phrase(
                .dataAtMostUncompressed, ["limit": .text("\(maxBytes)")],
                english: "at most \(maxBytes) bytes once uncompressed"),
            found: Phrase(.dataMoreThanThat, english: "more than that (inflating stopped there)"))
    }
}

// MARK: - GzipReader

/// A gzip file read as a stream, a piece at a time: the caller decides how much to inflate, so
/// a file can be checked (an IDX header, say) before anything it claims is allocated, and a
/// "gzip bomb" (a small file inflating to gigabytes) costs no more than what was asked for.
///
/// Every error is a `DataError` naming the file: missing, not gzip, corrupt, or cut short.
public final class GzipReader {
    public let path: String
    /// Uncompressed bytes handed out so far.
    public private(set) var position = 0
    private var file: gzFile?

    /// Opens `path`, checking it is a regular file (a FIFO or a device would hang or never end)
    /// that starts with the gzip magic bytes (zlib would otherwise pass a plain file through as
    /// if it were the data).
    public init(path: String) throws {
        self.path = path
        let descriptor = try Self.openRegular(path)
        var header = [UInt8](repeating: 0, count: 2)
        let got = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 2, 0) }
        header.removeLast(2 - max(0, got))
        guard header == [0x1F, 0x8B] else {
            closeDescriptor(descriptor)
            let bytes = header.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            let shown =
                header.isEmpty
                ? Phrase(.dataEmptyFile, english: "an empty file")
                : Phrase(.dataFirstBytes, ["bytes": .text(bytes)], english: "first bytes " + bytes)
            throw DataError(
                kind: .notGzip, path: path, expected: Phrase(.dataGzipMagic, english: "gzip magic bytes 0x1F 0x8B"),
                found: shown)
        }
        // gzdopen owns the descriptor from here (gzclose_r closes it).
        guard let opened = gzdopen(descriptor, "rb") else {
            closeDescriptor(descriptor)
            let reason = String(cString: strerror(errno))
            throw DataError(
                kind: .unreadableFile, path: path, expected: Phrase(.dataReadableGzip, english: "a readable gzip file"),
                found: Phrase(
                    .dataZlibCannotOpen, ["reason": .text(reason)], english: "zlib could not open it (\(reason))"))
        }
        file = opened
        _ = gzbuffer(opened, UInt32(1 << 20))
    }

    /// A descriptor on `path` if it is a readable regular file; a `DataError` that says why not.
    static func openRegular(_ path: String) throws -> Int32 {
        switch RegularFile.open(path) {
        case .success(let opened): return opened.descriptor
        case .failure(let refusal): throw DataError(refusal, path: path, expected: DataError.gzipFile)
        }
    }

    deinit { if let file { gzclose_r(file) } }

    /// Fills `buffer` as far as the data goes; returns how many bytes it holds (fewer than its
    /// size only at the end of the data). A stream cut short or corrupt throws.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let file, let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let request = min(buffer.count - filled, 1 << 30)
            let got = gzread(file, base + filled, UInt32(request))
            if got <= 0 { break }
            filled += Int(got)
        }
        position += filled
        // A truncated stream is not reported through gzread's return value: gzread returns
        // fewer bytes and records Z_BUF_ERROR ("unexpected end of file"), so we must ask.
        if filled < buffer.count { try checkStream() }
        return filled
    }

    /// Up to `count` bytes (fewer only at the end of the data).
    public func read(upTo count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = try bytes.withUnsafeMutableBytes { try read(into: $0) }
        bytes.removeLast(count - got)
        return bytes
    }

    /// Whether the data is over, inflating at most one more byte to find out; the stream's
    /// checksum is verified on the way. Closes the file when it is.
    public func isAtEnd() throws -> Bool {
        var byte: UInt8 = 0
        let got = try withUnsafeMutableBytes(of: &byte) { try read(into: $0) }
        guard got == 0 else { return false }
        try close()
        return true
    }

    /// Closes the file; a stream that did not end cleanly throws.
    public func close() throws {
        guard let file else { return }
        self.file = nil
        let code = gzclose_r(file)
        if let error = streamError(code, zlibSays: nil) { throw error }
    }

    /// The error for zlib's `code` after `position` bytes (nil for none), with zlib's own words
    /// when it gave some.
    private func streamError(_ code: Int32, zlibSays message: String?) -> DataError? {
        func withZlib(_ found: Phrase) -> Phrase {
            guard let message, !message.isEmpty else { return found }
            return Phrase(
                .dataZlibSays, ["found": .phrase(found), "message": .text(message)],
                english: "\(found.english) (zlib: \(message))")
        }
        if code == Z_BUF_ERROR {
            return DataError(
                kind: .truncated, path: path, expected: Phrase(.dataCompleteGzip, english: "a complete gzip stream"),
                found: withZlib(
                    Phrase(
                        .dataStreamEndsEarly, ["count": .text("\(position)")],
                        english: "the stream ends early, after \(position) uncompressed bytes")))
        }
        if code != Z_OK {
            return DataError(
                kind: .corruptGzip, path: path, expected: Phrase(.dataValidGzip, english: "valid gzip data"),
                found: withZlib(
                    Phrase(
                        .dataZlibError, ["code": .text("\(code)"), "count": .text("\(position)")],
                        english: "zlib error \(code) after \(position) bytes")))
        }
        return nil
    }

    private func checkStream() throws {
        guard let file else { return }
        var code: Int32 = Z_OK
        let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
        if let error = streamError(code, zlibSays: message) { throw error }
    }
}
