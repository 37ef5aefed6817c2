import Foundation
import Testing

@testable import OverfitData

@Suite("Gzip")
struct GzipTests {
    @Test("decompresses a file written by Python's gzip")
    func decompressesFixture() throws {
        let path = try fixturesDirectory() + "/tiny-mnist/train-labels-idx1-ubyte.gz"
        let bytes = try Gzip.decompressFile(atPath: path)
        #expect(bytes == labelsIDX([7, 2, 1]))
    }

    @Test("round-trips data larger than one read")
    func largeRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var generator = SplitBytes(seed: 7)
        let original = (0..<3_000_000).map { _ in generator.next() }
        let path = try directory.writeGzip("big.gz", original)
        #expect(try Gzip.decompressFile(atPath: path) == original)
    }

    @Test("an empty gzip stream gives no bytes")
    func emptyStream() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.writeGzip("empty.gz", [])
        #expect(try Gzip.decompressFile(atPath: path) == [])
    }

    @Test("a missing file names the path")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("nope.gz")
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .missingFile)
        #expect(error.description.contains(path))
        #expect(error.description.contains("no such file"))
        #expect(error.description.contains("HINT"))
        #expect(error.description.contains("datasets/make-mnist"))
    }

    @Test("a plain file is not taken for gzip")
    func notGzip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("plain.gz", Array("hello".utf8))
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .notGzip)
        #expect(error.description.contains(path))
        #expect(error.expected.contains("0x1F 0x8B"))
        #expect(error.found.contains("0x68 0x65"))  // "he"
    }

    @Test("an empty file is not gzip")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = try directory.write("empty.gz", [])
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .notGzip)
        #expect(error.found == "an empty file")
    }

    @Test("a gzip stream cut short is an error, not short data")
    func truncatedStream() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let full = try directory.writeGzip("full.gz", imagesIDX(count: 3))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: full)))
        let path = try directory.write("cut.gz", Array(bytes[0..<bytes.count / 2]))
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .truncated)
        #expect(error.description.contains(path))
        #expect(error.expected == "a complete gzip stream")
        #expect(error.found.contains("ends early"))
    }

    @Test("a stream missing only its trailer is still truncated")
    func missingTrailer() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let full = try directory.writeGzip("full.gz", imagesIDX(count: 1))
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: full)))
        let path = try directory.write("cut.gz", Array(bytes.dropLast(8)))
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .truncated)
    }

    @Test("a wrong CRC is reported as corrupt")
    func badChecksum() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let full = try directory.writeGzip("full.gz", imagesIDX(count: 1))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: full)))
        bytes[bytes.count - 8] ^= 0xFF  // first byte of the CRC-32 trailer
        let path = try directory.write("bad-crc.gz", bytes)
        let error = try #require(dataError { _ = try Gzip.decompressFile(atPath: path) })
        #expect(error.kind == .corruptGzip)
        #expect(error.description.contains(path))
        #expect(error.found.contains("incorrect data check"))
    }
}

/// Cheap deterministic bytes that do not compress to nothing.
struct SplitBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        // Mostly small values, like image data, so the test also exercises real compression.
        return UInt8(truncatingIfNeeded: (state >> 59))
    }
}
