import Foundation
import Testing

@testable import OverfitData

@Suite("MNIST loading")
struct MNISTLoadTests {
    @Test("loads the tiny fixture set")
    func loadsFixture() throws {
        let (train, test) = try MNIST.load(directory: fixturesDirectory() + "/tiny-mnist")
        #expect(train.count == 3 && test.count == 2)
        #expect(train.labels == [7, 2, 1] && test.labels == [0, 4])
        #expect(train.source == "mnist" && train.split == "train" && test.split == "test")
        #expect(train.provenance == "all 3")
        #expect(train.rows == 28 && train.cols == 28)
        #expect(
            train.image(at: 1)[train.image(at: 1).startIndex + 3 * 28 + 4]
                == fixturePixel(image: 1, row: 3, col: 4))
        #expect(test.pixels[784 + 27 * 28 + 27] == fixturePixel(image: 1, row: 27, col: 27))
    }

    /// A directory with a valid train split and the given test files. The caller removes it.
    private func directory(testImages: [UInt8], testLabels: [UInt8]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.writeGzip(MNIST.trainImagesFile, imagesIDX(count: 2))
        try directory.writeGzip(MNIST.trainLabelsFile, labelsIDX([1, 2]))
        try directory.writeGzip(MNIST.testImagesFile, testImages)
        try directory.writeGzip(MNIST.testLabelsFile, testLabels)
        return directory
    }

    @Test("images that are not 28x28 are refused")
    func wrongDimensions() throws {
        let directory = try directory(
            testImages: imagesIDX(count: 2, rows: 8, cols: 8),
            testLabels: labelsIDX([1, 2]))
        defer { directory.remove() }
        let error = try #require(dataError { _ = try MNIST.load(directory: directory.path) })
        #expect(error.kind == .wrongDimensions)
        #expect(error.path == directory.file(MNIST.testImagesFile))
        #expect(error.expected.contains("28x28"))
        #expect(error.found.contains("8x8"))
    }

    @Test("a label count that differs from the image count is refused")
    func countMismatch() throws {
        let directory = try directory(testImages: imagesIDX(count: 2), testLabels: labelsIDX([1, 2, 3]))
        defer { directory.remove() }
        let error = try #require(dataError { _ = try MNIST.load(directory: directory.path) })
        #expect(error.kind == .countMismatch)
        #expect(error.description.contains(MNIST.testLabelsFile))
        #expect(error.expected.contains("2 labels"))
        #expect(error.found == "3 labels")
    }

    @Test("a label that is not a digit is refused")
    func badLabel() throws {
        let directory = try directory(testImages: imagesIDX(count: 2), testLabels: labelsIDX([1, 12]))
        defer { directory.remove() }
        let error = try #require(dataError { _ = try MNIST.load(directory: directory.path) })
        #expect(error.kind == .badLabel)
        #expect(error.found == "label 12 at position 1")
    }

    @Test("a missing file in the directory is named")
    func missingFile() throws {
        let directory = try directory(testImages: imagesIDX(count: 2), testLabels: labelsIDX([1, 2]))
        defer { directory.remove() }
        try FileManager.default.removeItem(atPath: directory.file(MNIST.testLabelsFile))
        let error = try #require(dataError { _ = try MNIST.load(directory: directory.path) })
        #expect(error.kind == .missingFile)
        #expect(error.path == directory.file(MNIST.testLabelsFile))
        #expect(error.hint.contains("git checkout datasets/"))
    }
}

@Suite("Locating the data directory")
struct LocateDirectoryTests {
    /// root/a/b with root/datasets holding the marker file. The caller removes root.
    private func tree() throws -> (TemporaryDirectory, deep: String, datasets: String) {
        let root = try TemporaryDirectory()
        let deep = root.file("a/b")
        let datasets = root.file("datasets")
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: datasets, withIntermediateDirectories: true)
        try root.write("datasets/" + MNIST.trainImagesFile, [0x1F, 0x8B])
        return (root, deep, datasets)
    }

    @Test("an explicit directory wins, and must qualify")
    func explicitDirectory() throws {
        let (root, _, datasets) = try tree()
        defer { root.remove() }
        let found = try MNIST.locateDirectory(
            explicit: datasets, environment: [:],
            currentDirectory: "/", executablePath: nil, sourceFile: "/x/y/z.swift")
        #expect(found == datasets)
        let error = try #require(
            dataError {
                _ = try MNIST.locateDirectory(
                    explicit: root.path, environment: ["OVERFIT_DATA": datasets],
                    currentDirectory: "/", executablePath: nil, sourceFile: "/x/y/z.swift")
            })
        #expect(error.kind == .unknownDirectory)
        #expect(error.description.contains("--data"))
        #expect(error.found.contains("has no train-images-idx3-ubyte.gz"))
    }

    @Test("OVERFIT_DATA comes next")
    func environmentVariable() throws {
        let (root, _, datasets) = try tree()
        defer { root.remove() }
        let found = try MNIST.locateDirectory(
            explicit: nil, environment: ["OVERFIT_DATA": datasets],
            currentDirectory: "/", executablePath: nil, sourceFile: "/x/y/z.swift")
        #expect(found == datasets)
    }

    @Test("walks up from the current directory")
    func walksUpFromCurrentDirectory() throws {
        let (root, deep, datasets) = try tree()
        defer { root.remove() }
        let found = try MNIST.locateDirectory(
            explicit: nil, environment: [:],
            currentDirectory: deep, executablePath: nil, sourceFile: "/x/y/z.swift")
        #expect((found as NSString).standardizingPath == (datasets as NSString).standardizingPath)
    }

    @Test("walks up from the executable")
    func walksUpFromExecutable() throws {
        let (root, deep, datasets) = try tree()
        defer { root.remove() }
        let found = try MNIST.locateDirectory(
            explicit: nil, environment: [:], currentDirectory: "/",
            executablePath: deep + "/overfit", sourceFile: "/x/y/z.swift")
        #expect((found as NSString).standardizingPath == (datasets as NSString).standardizingPath)
    }

    @Test("falls back to the source tree")
    func sourceTreeFallback() throws {
        let (root, _, datasets) = try tree()
        defer { root.remove() }
        let found = try MNIST.locateDirectory(
            explicit: nil, environment: [:], currentDirectory: "/",
            executablePath: nil,
            sourceFile: root.file("Sources/OverfitData/MNIST+Locate.swift"))
        #expect(found == datasets)
    }

    @Test("the error lists every place tried")
    func listsTriedPlaces() throws {
        let root = try TemporaryDirectory()
        defer { root.remove() }
        let error = try #require(
            dataError {
                _ = try MNIST.locateDirectory(
                    explicit: nil, environment: [:], currentDirectory: root.path,
                    executablePath: nil, sourceFile: "/nowhere/Sources/OverfitData/M.swift")
            })
        #expect(error.kind == .unknownDirectory)
        #expect(error.found.contains(root.path + "/datasets"))
        #expect(error.found.contains("/datasets"))
        #expect(error.found.contains("/nowhere/datasets"))
        #expect(error.hint.contains("--data"))
        #expect(error.hint.contains("OVERFIT_DATA"))
    }

    @Test("the public entry point finds the repository's datasets folder")
    func publicEntryPoint() throws {
        let found = try MNIST.locateDirectory(explicit: nil, environment: [:])
        #expect(MNIST.qualifies(found))
    }
}
