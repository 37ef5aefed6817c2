import CZlib
import Foundation

/// Reads whole gzip files through zlib.
public enum Gzip {
    /// Room to start with when the gzip trailer gives no usable size.
    private static let minimumCapacity = 1 << 16

    /// The uncompressed contents of the gzip file at `path`.
    ///
    /// Throws `DataError` for a missing file, a file that is not gzip (zlib would otherwise pass
    /// it through unchanged), corrupt compressed data, or a stream that ends early.
    public static func decompressFile(atPath path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
              !isDirectory.boolValue else {
            throw DataError(kind: .missingFile, path: path,
                            expected: "a gzip file", found: "no such file")
        }
        let header = try leadingBytes(ofFileAt: path, count: 2)
        guard header == [0x1F, 0x8B] else {
            let shown = header.isEmpty ? "an empty file"
                : "first bytes " + header.map { "0x" + String($0, radix: 16, uppercase: true) }
                    .joined(separator: " ")
            throw DataError(kind: .notGzip, path: path,
                            expected: "gzip magic bytes 0x1F 0x8B", found: shown)
        }

        guard let file = gzopen(path, "rb") else {
            throw DataError(kind: .missingFile, path: path, expected: "a readable gzip file",
                            found: "zlib could not open it (\(String(cString: strerror(errno))))")
        }
        _ = gzbuffer(file, UInt32(1 << 20))

        // One spare byte past the promised size lets the final read see end-of-file without
        // forcing a (47 MB) regrowth of a buffer that is exactly full.
        var output = [UInt8](repeating: 0, count: max(minimumCapacity, sizeHint(ofFileAt: path) + 1))
        var filled = 0
        while true {
            if filled == output.count {
                // The trailer's size is only modulo 2^32 and can lie, so growing must still work.
                output.append(contentsOf: repeatElement(0, count: output.count))
            }
            let request = min(output.count - filled, Int(Int32.max))
            let got = output.withUnsafeMutableBytes { buffer in
                gzread(file, buffer.baseAddress.map { $0 + filled }, UInt32(request))
            }
            if got <= 0 { break }  // end of data, or an error that gzerror below reports
            filled += Int(got)
        }

        // A truncated stream is not reported through gzread's return value: gzread just returns
        // fewer bytes and records Z_BUF_ERROR ("unexpected end of file"), so we must ask.
        var code: Int32 = Z_OK
        let message = gzerror(file, &code).map { String(cString: $0) } ?? ""
        let closeCode = gzclose_r(file)
        let zlibSays = message.isEmpty ? "" : " (zlib: \(message))"
        if code == Z_BUF_ERROR || closeCode == Z_BUF_ERROR {
            throw DataError(kind: .truncated, path: path, expected: "a complete gzip stream",
                            found: "the stream ends early, after \(filled) uncompressed bytes\(zlibSays)")
        }
        if code != Z_OK || closeCode != Z_OK {
            throw DataError(kind: .corruptGzip, path: path, expected: "valid gzip data",
                            found: "zlib error \(code != Z_OK ? code : closeCode) after \(filled) bytes\(zlibSays)")
        }
        output.removeLast(output.count - filled)
        return output
    }

    /// Up to `count` bytes from the start of the file, without decompressing anything.
    private static func leadingBytes(ofFileAt path: String, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DataError(kind: .missingFile, path: path, expected: "a readable file",
                            found: "it cannot be opened for reading")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: count) else { return [] }
        return [UInt8](data)
    }

    /// The uncompressed size from the gzip trailer (ISIZE), so the output is allocated once.
    private static func sizeHint(ofFileAt path: String) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end >= 18 else { return 0 }
        guard (try? handle.seek(toOffset: end - 4)) != nil,
              let data = try? handle.read(upToCount: 4), data.count == 4 else { return 0 }
        let bytes = [UInt8](data)
        let size = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        // A damaged trailer must not make us allocate gigabytes up front.
        return min(size, 1 << 28)
    }
}
