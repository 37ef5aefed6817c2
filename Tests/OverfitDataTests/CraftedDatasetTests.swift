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
        for read in [
            { _ = try IDXReader.readImages(gzipAt: path) }, { _ = try IDXReader.parseImages(header, file: path) },
        ] {
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
        let written = try GzipBomb.write(
            path, header: idx(magic: 0x803, dims: [60_000, 28, 28], payload: []),
            zeroBytes: 6 << 30)
        #expect(written < 8 << 20, "the bomb file should be a few MB, it is \(written) bytes")
        var error: DataError?
        let growth = PeakMemory.growth {
            error = dataError { _ = try IDXReader.readImages(gzipAt: path, limits: MNIST.limits) }
        }
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
        #expect(
            error.expected == "2352 bytes of image data after the header (3 x 28 x 28)"
                && error.found == "only 2252 bytes")
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
