import CZlib
import Foundation

/// Writes a gzip file of `header` followed by `zeroBytes` zeros without compressing gigabytes:
/// after a full flush, deflate's output for a megabyte of zeros depends on nothing before it,
/// so that piece is compressed once and repeated. The trailer's CRC is combined the same way,
/// so the file is a valid gzip stream a reader would have to inflate whole to reject.
enum GzipBomb {
    static func write(_ path: String, header: [UInt8], zeroBytes: Int) throws -> Int {
        let piece = 1 << 20
        precondition(zeroBytes % piece == 0)
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else {
            throw TestFailure("deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        let zeros = [UInt8](repeating: 0, count: piece)
        let opening = try deflate(&stream, header, flush: Z_FULL_FLUSH)
        let first = try deflate(&stream, zeros, flush: Z_FULL_FLUSH)
        let repeated = try deflate(&stream, zeros, flush: Z_FULL_FLUSH)
        guard first == repeated else { throw TestFailure("deflate's output for zeros depends on what came before") }
        let closing = try deflate(&stream, [], flush: Z_FINISH)

        var crc = crc32(0, header, UInt32(header.count))
        let zerosCRC = zeros.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32(piece)) }
        let size = header.count + zeroBytes
        guard let file = fopen(path, "wb") else { throw TestFailure("cannot write \(path)") }
        defer { fclose(file) }
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + opening
        for _ in 0..<(zeroBytes / piece) {
            out += repeated
            crc = crc32_combine(crc, zerosCRC, off_t(piece))
            if out.count > 1 << 20 { fwrite(out, 1, out.count, file); out.removeAll(keepingCapacity: true) }
        }
        out += closing + littleEndian(UInt32(truncatingIfNeeded: crc)) + littleEndian(UInt32(truncatingIfNeeded: size))
        fwrite(out, 1, out.count, file)
        return Int(ftell(file))
    }

    private static func deflate(_ stream: inout z_stream, _ input: [UInt8], flush: Int32) throws -> [UInt8] {
        var input = input
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            repeat {
                let produced = try buffer.withUnsafeMutableBufferPointer { target -> Int in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let code = CZlib.deflate(&stream, flush)
                    guard code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR else {
                        throw TestFailure("deflate: \(code)")
                    }
                    return target.count - Int(stream.avail_out)
                }
                output += buffer.prefix(produced)
            } while stream.avail_out == 0 || stream.avail_in > 0
        }
        return output
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
