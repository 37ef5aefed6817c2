import CZlib
import Foundation

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

    /// Opens `path`, checking it exists and starts with the gzip magic bytes (zlib would
    /// otherwise pass a plain file through as if it were the data).
    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DataError(kind: .missingFile, path: path, expected: "a gzip file", found: "no such file")
        }
        let header = try Self.leadingBytes(ofFileAt: path, count: 2)
        guard header == [0x1F, 0x8B] else {
            let shown =
                header.isEmpty
                ? "an empty file"
                : "first bytes " + header.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            throw DataError(kind: .notGzip, path: path, expected: "gzip magic bytes 0x1F 0x8B", found: shown)
        }
        guard let opened = gzopen(path, "rb") else {
            throw DataError(
                kind: .missingFile, path: path, expected: "a readable gzip file",
                found: "zlib could not open it (\(String(cString: strerror(errno))))")
        }
        file = opened
        _ = gzbuffer(opened, UInt32(1 << 20))
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
        if code == Z_BUF_ERROR {
            throw DataError(
                kind: .truncated, path: path, expected: "a complete gzip stream",
                found: "the stream ends early, after \(position) uncompressed bytes")
        }
        if code != Z_OK {
            throw DataError(
                kind: .corruptGzip, path: path, expected: "valid gzip data",
                found: "zlib error \(code) after \(position) bytes")
        }
    }

    private func checkStream() throws {
        guard let file else { return }
        var code: Int32 = Z_OK
        let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
        let zlibSays = message.isEmpty ? "" : " (zlib: \(message))"
        if code == Z_BUF_ERROR {
            throw DataError(
                kind: .truncated, path: path, expected: "a complete gzip stream",
                found: "the stream ends early, after \(position) uncompressed bytes\(zlibSays)")
        }
        if code != Z_OK {
            throw DataError(
                kind: .corruptGzip, path: path, expected: "valid gzip data",
                found: "zlib error \(code) after \(position) bytes\(zlibSays)")
        }
    }

    /// Up to `count` bytes from the start of the file, without decompressing anything.
    private static func leadingBytes(ofFileAt path: String, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DataError(
                kind: .missingFile, path: path, expected: "a readable file",
                found: "it cannot be opened for reading")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: count) else { return [] }
        return [UInt8](data)
    }
}
