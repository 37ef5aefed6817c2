import Testing

@testable import OverfitData

@Suite("IDX reader")
struct IDXReaderTests {
    @Test("parses a valid 3-image file")
    func validImages() throws {
        let images = try IDXReader.parseImages(imagesIDX(count: 3), file: "three.idx")
        #expect(images.count == 3 && images.rows == 28 && images.cols == 28)
        #expect(images.pixels.count == 3 * 784)
        #expect(images.pixels[2 * 784 + 5 * 28 + 7] == fixturePixel(image: 2, row: 5, col: 7))
    }

    @Test("parses a valid label file")
    func validLabels() throws {
        #expect(try IDXReader.parseLabels(labelsIDX([3, 1, 4]), file: "l.idx") == [3, 1, 4])
    }

    @Test("a label file read as images has the wrong magic")
    func badMagic() throws {
        let error = try #require(dataError { _ = try IDXReader.parseImages(labelsIDX([1]), file: "swapped.idx") })
        #expect(error.kind == .badMagic)
        #expect(error.path == "swapped.idx")
        #expect(error.expected.contains("2051 (0x00000803, image file)"))
        #expect(error.found.contains("2049 (0x00000801, label file)"))
    }

    @Test("garbage magic is shown in hex")
    func garbageMagic() throws {
        let bytes: [UInt8] = [0xDE, 0xAD, 0xBE, 0xEF, 0, 0, 0, 0]
        let error = try #require(dataError { _ = try IDXReader.parseLabels(bytes, file: "junk") })
        #expect(error.kind == .badMagic)
        #expect(error.found.contains("0xDEADBEEF"))
        #expect(error.description.contains("junk"))
    }

    @Test("a payload shorter than the header promises is truncated")
    func truncatedPayload() throws {
        let bytes = Array(imagesIDX(count: 3).dropLast(100))
        let error = try #require(dataError { _ = try IDXReader.parseImages(bytes, file: "short.idx") })
        #expect(error.kind == .truncated)
        #expect(error.description.contains("short.idx"))
        #expect(error.expected.contains("2352 bytes"))  // 3 * 28 * 28
        #expect(error.expected.contains("3 x 28 x 28"))
        #expect(error.found.contains("2252"))
    }

    @Test("a header cut off inside the dimensions is truncated")
    func truncatedHeader() throws {
        let bytes = Array(imagesIDX(count: 1).prefix(10))
        let error = try #require(dataError { _ = try IDXReader.parseImages(bytes, file: "h.idx") })
        #expect(error.kind == .truncated)
        #expect(error.expected.contains("16-byte header"))
        #expect(error.found.contains("10 bytes"))
    }

    @Test("fewer than four bytes is truncated, not a bad magic")
    func tinyFile() throws {
        let error = try #require(dataError { _ = try IDXReader.parseLabels([0, 0], file: "t.idx") })
        #expect(error.kind == .truncated)
    }

    @Test("bytes after the payload are rejected")
    func trailingBytes() throws {
        let bytes = labelsIDX([1, 2]) + [9, 9, 9]
        let error = try #require(dataError { _ = try IDXReader.parseLabels(bytes, file: "long.idx") })
        #expect(error.kind == .trailingBytes)
        #expect(error.description.contains("long.idx"))
        #expect(error.found.contains("3 more"))
    }
}
