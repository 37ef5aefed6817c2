import Foundation
import Testing

@testable import OverfitData

/// Any directory of the four IDX files: size and classes from the files, gzipped or plain, with
/// the same clear errors as MNIST's; named datasets keep their own checks.
@Suite("IDX directories")
struct IDXDirectoryTests {
    /// Train: 3 images of 5×7, labels [0, 2, 1]; test: 2 images, labels [2, 0]; plain or gzipped.
    private func directory(
        gzipped: Bool, testRows: Int = 5, testLabels: [UInt8] = [2, 0],
        classList: String? = nil
    ) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        func write(_ name: String, _ bytes: [UInt8]) throws {
            if gzipped { try directory.writeGzip(name + ".gz", bytes) } else { try directory.write(name, bytes) }
        }
        try write(IDXDirectory.trainImages, imagesIDX(count: 3, rows: 5, cols: 7))
        try write(IDXDirectory.trainLabels, labelsIDX([0, 2, 1]))
        try write(IDXDirectory.testImages, imagesIDX(count: 2, rows: testRows, cols: 7))
        try write(IDXDirectory.testLabels, labelsIDX(testLabels))
        if let classList { try directory.write(IDXDirectory.classListFile, Array(classList.utf8)) }
        return directory
    }

    @Test(arguments: [false, true])
    func sizeAndClassesComeFromTheFiles(gzipped: Bool) throws {
        let directory = try directory(gzipped: gzipped)
        defer { directory.remove() }
        let loaded = try DatasetSource.directory(directory.path).load(environment: [:])
        #expect(loaded.train.rows == 5 && loaded.train.cols == 7 && loaded.test.rows == 5)
        #expect(loaded.train.labels == [0, 2, 1] && loaded.test.labels == [2, 0])
        #expect(loaded.classNames == ["0", "1", "2"])
        #expect(loaded.train.source == directory.path && loaded.test.split == "test")
        #expect(loaded.test.image(at: 1).last == fixturePixel(image: 1, row: 4, col: 6))
    }

    @Test func classesTxtNamesTheClasses() throws {
        let directory = try directory(gzipped: false, classList: "cat\ndog\r\n  eel  \nfox\n")
        defer { directory.remove() }
        #expect(
            try IDXDirectory.load(directory.path, rules: .directory(directory.path)).classNames == [
                "cat", "dog", "eel", "fox",
            ])
    }

    /// Each bad class list is refused with the file, what was wrong and where.
    @Test(arguments: [
        ("cat\n\ndog\n", "line 2 is empty"), ("cat\n", "1"), ("cat\ndo\u{1B}[2Jg\n", "a control character on line 2"),
        ("cat\n" + String(repeating: "x", count: 41) + "\n", "41 characters on line 2"),
    ])
    func badClassListsAreRefused(list: String, found: String) throws {
        let directory = try directory(gzipped: false, classList: list)
        defer { directory.remove() }
        let error = try #require(
            dataError { _ = try IDXDirectory.load(directory.path, rules: .directory(directory.path)) })
        #expect(error.kind == .badClassList && error.found == found)
        #expect(error.path == directory.file(IDXDirectory.classListFile))
        #expect(error.hint.contains("make-idx"))
    }

    @Test func aLabelBeyondTheClassListIsRefused() throws {
        let directory = try directory(gzipped: false, testLabels: [2, 3], classList: "a\nb\nc\n")
        defer { directory.remove() }
        let error = try #require(
            dataError { _ = try IDXDirectory.load(directory.path, rules: .directory(directory.path)) })
        #expect(error.kind == .badLabel && error.found == "label 3 at position 1")
        #expect(error.path == directory.file(IDXDirectory.testLabels))
        #expect(error.expected.contains("3 classes") || error.expected.contains("labels 0 to 2"))
    }

    @Test func testImagesOfAnotherSizeAreRefused() throws {
        let directory = try directory(gzipped: true, testRows: 6)
        defer { directory.remove() }
        let error = try #require(
            dataError { _ = try IDXDirectory.load(directory.path, rules: .directory(directory.path)) })
        #expect(error.kind == .wrongDimensions && error.found == "images of 6x7 pixels")
        #expect(error.expected == "images of 5x7 pixels, as in the training images")
    }

    @Test func imagesLargerThanTheLimitAreRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            IDXDirectory.trainImages, idx(magic: 0x803, dims: [1, 1, 257], payload: [UInt8](repeating: 0, count: 257)))
        let error = try #require(
            dataError { _ = try IDXDirectory.load(directory.path, rules: .directory(directory.path)) })
        #expect(error.kind == .wrongDimensions && error.found == "1 images of 1x257 pixels")
        #expect(error.expected == "at least one image, of 1x1 to 256x256 pixels" && error.hint.contains("--size 28x28"))
    }

    /// MNIST's rules still refuse what is not 28×28 digits, and a Fashion-MNIST file names its fix.
    @Test func namedDatasetsKeepTheirChecks() throws {
        let directory = try directory(gzipped: true)
        defer { directory.remove() }
        let mnist = try #require(dataError { _ = try MNIST.load(directory: directory.path) })
        #expect(mnist.kind == .wrongDimensions && mnist.expected == "MNIST images of 28x28 pixels")
        #expect(mnist.hint == DataError.restoreHint)
        let fashion = try #require(
            dataError {
                _ = try DatasetSource.fashion.load(environment: [
                    DatasetSource.fashionEnvironmentVariable: directory.path
                ])
            })
        #expect(fashion.expected == "Fashion-MNIST images of 28x28 pixels")
        #expect(fashion.hint.contains("dataset-fashion-mnist"))
    }

    @Test func missingDirectoriesAndFilesAreNamed() throws {
        let missing = try #require(dataError { _ = try DatasetSource("/nowhere/at/all").load(environment: [:]) })
        #expect(
            missing.kind == .missingDirectory
                && missing.description.contains("cannot use data directory /nowhere/at/all"))
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let empty = try #require(dataError { _ = try DatasetSource(directory.path).load(environment: [:]) })
        #expect(empty.kind == .missingFile && empty.path == directory.file(IDXDirectory.trainImages + ".gz"))
        let fashion = try #require(
            dataError {
                _ = try DatasetSource.fashion.load(environment: [
                    DatasetSource.fashionEnvironmentVariable: directory.path
                ])
            })
        #expect(fashion.kind == .missingFile && fashion.hint.contains("apt-get install"))
    }

    @Test func sourcesReadBackAsWritten() {
        #expect(DatasetSource("MNIST") == .mnist && DatasetSource("fashion") == .fashion)
        #expect(DatasetSource("./fashion") == .directory("./fashion"))
        #expect(
            [DatasetSource.mnist, .fashion, .directory("/x/y")].map(\.description) == ["mnist", "fashion", "/x/y"])
    }
}
