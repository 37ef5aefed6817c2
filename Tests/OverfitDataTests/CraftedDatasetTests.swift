import CZlib
import Foundation
import Testing
@testable import OverfitData

/// Data files made to hurt: a header claiming 2^96 pixels, a gzip bomb (an honest-looking MNIST
/// header followed by 6 GB of zeros, in a 6 MB file), zero images, a file cut short. Each must
/// be a clear `DataError` naming the file, found within seconds, having inflated no more than
/// the header honestly promises. (Peak memory is measured on the real binary, in a child
/// process: `CraftedDatasetBinaryTests`.)
@Suite("Crafted datasets")
struct CraftedDatasetTests {
    @Test("a header of 0x803 and three 0xFFFFFFFF dimensions is refused before any allocation")
    func hugeDimensions() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let header = idx(magic: 0x803, dims: [0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], payload: [1, 2, 3])
        let path = try directory.writeGzip("huge.gz", header)
        for read in [{ _ = try IDXReader.readImages(gzipAt: path) }, { _ = try IDXReader.parseImages(header, file: path) }] {
            let error = try #require(dataError(read))
            #expect(error.kind == .tooLarge)
            #expect(error.found == "a header declaring 4294967295 x 4294967295 x 4294967295")
            #expect(error.description.contains(path) && error.description.contains("HINT"))
        }
        // Within the per-dimension limits, the product is checked too: 2^24 images of 4096 x 4096.
        let wide = idx(magic: 0x803, dims: [1 << 24, 4096, 4096], payload: [])
        let error = try #require(dataError { _ = try IDXReader.parseImages(wide, file: "wide.idx") })
        #expect(error.kind == .tooLarge)
        #expect(error.found == "a header declaring 16777216 x 4096 x 4096 (281474976710656 bytes)")
    }

    @Test("a gzip bomb behind an honest MNIST header stops after what the header promised")
    func gzipBomb() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("train-images-idx3-ubyte.gz")
        let promised = 60_000 * 28 * 28
        let written = try GzipBomb.write(path, header: idx(magic: 0x803, dims: [60_000, 28, 28], payload: []),
                                         zeroBytes: 6 << 30)
        #expect(written < 8 << 20, "the bomb file should be a few MB, it is \(written) bytes")
        let started = Date()
        var error: DataError?
        let growth = PeakMemory.growth { error = dataError { _ = try IDXReader.readImages(gzipAt: path, limits: MNIST.limits) } }
        #expect(Date().timeIntervalSince(started) < 10, "inflating 47 MB took \(Date().timeIntervalSince(started)) s")
        // Inflating the bomb whole would take 6 GB; the header's honest part is 47 MB.
        if let growth { #expect(growth < 1 << 30, "peak memory grew by \(growth) bytes") }
        let bomb = try #require(error)
        #expect(bomb.kind == .trailingBytes)
        #expect(bomb.expected == "\(promised) bytes of image data after the header (60000 x 28 x 28)")
        #expect(bomb.found == "more data after them (not inflated further)")
        // The whole-file reader stops at its bound too, after inflating one byte past it.
        let capped = try #require(dataError { _ = try Gzip.decompressFile(atPath: path, maxBytes: 1 << 20) })
        #expect(capped.kind == .tooLarge)
        #expect(capped.expected == "at most 1048576 bytes once uncompressed")
    }

    @Test("a file of zero images, or of 28 x 0 images, says so")
    func zeroImages() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = try directory.writeGzip("empty.gz", idx(magic: 0x803, dims: [0, 28, 28], payload: []))
        let error = try #require(dataError { _ = try IDXReader.readImages(gzipAt: empty) })
        #expect(error.kind == .wrongDimensions)
        #expect(error.expected == "at least one image" && error.found == "a header declaring 0 images")
        let flat = idx(magic: 0x803, dims: [3, 28, 0], payload: [])
        let zeroSide = try #require(dataError { _ = try IDXReader.parseImages(flat, file: "flat.idx") })
        #expect(zeroSide.found == "a header declaring 3 x 28 x 0 (dimension 3 is 0)")
        let noLabels = try #require(dataError { _ = try IDXReader.parseLabels(labelsIDX([]), file: "l.idx") })
        #expect(noLabels.found == "a header declaring 0 labels")
    }

    @Test("a clean gzip holding too little data is a truncated IDX, a cut gzip a truncated stream")
    func truncated() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let short = try directory.writeGzip("short.gz", Array(imagesIDX(count: 3).dropLast(100)))
        let error = try #require(dataError { _ = try IDXReader.readImages(gzipAt: short) })
        #expect(error.kind == .truncated)
        #expect(error.expected == "2352 bytes of image data after the header (3 x 28 x 28)" && error.found == "only 2252 bytes")
        let full = try directory.writeGzip("full.gz", imagesIDX(count: 3))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: full)))
        let cut = try directory.write("cut.gz", Array(bytes.prefix(bytes.count / 2)))
        let stream = try #require(dataError { _ = try IDXReader.readImages(gzipAt: cut) })
        #expect(stream.kind == .truncated && stream.found.contains("ends early"))
        let header = try directory.writeGzip("header.gz", [0, 0, 8, 3, 0, 0])
        let cutHeader = try #require(dataError { _ = try IDXReader.readImages(gzipAt: header) })
        #expect(cutHeader.kind == .truncated && cutHeader.found == "only 6 bytes in total")
    }

    @Test("MNIST's own files are no larger than the limits it sets")
    func mnistFitsItsLimits() throws {
        let directory = repositoryDatasetsDirectory()
        let images = try IDXReader.readImages(gzipAt: directory + "/" + MNIST.testImagesFile, limits: MNIST.limits)
        #expect(images.count == 10_000)
    }
}

/// How much this process's peak resident memory grew while `body` ran: the high-water mark is
/// reset through /proc/self/clear_refs (Linux 4.0+) and read from /proc/self/status. Tests
/// running at the same time count too, so bounds must be generous. Nil where it cannot be read.
enum PeakMemory {
    static func growth(_ body: () throws -> Void) rethrows -> Int? {
        let reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        let before = field("VmRSS")
        try body()
        guard reset, let before, let peak = field("VmHWM") else { return nil }
        return peak - before
    }

    /// A `kB` field of /proc/self/status, in bytes.
    static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}

/// Writes a gzip file of `header` followed by `zeroBytes` zeros without compressing gigabytes:
/// after a full flush, deflate's output for a megabyte of zeros depends on nothing before it,
/// so that piece is compressed once and repeated. The trailer's CRC is combined the same way,
/// so the file is a valid gzip stream a reader would have to inflate whole to reject.
enum GzipBomb {
    static func write(_ path: String, header: [UInt8], zeroBytes: Int) throws -> Int {
        let piece = 1 << 20
        precondition(zeroBytes % piece == 0)
        var stream = z_stream()
        guard deflateInit2_(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
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
                    guard code == Z_OK || code == Z_STREAM_END || code == Z_BUF_ERROR else { throw TestFailure("deflate: \(code)") }
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
