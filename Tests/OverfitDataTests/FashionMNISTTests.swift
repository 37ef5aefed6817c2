import Foundation
import Testing

@testable import OverfitData

/// Fashion-MNIST as Debian installs it (bin/setup): the files match the checksums that
/// datasets/README.md publishes, and load as 60,000 + 10,000 28×28 images in ten named classes.
@Suite("Fashion-MNIST")
struct FashionMNISTTests {
    static let names = [
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte",
    ]

    /// The README's table rows: | `name` | `sha256` | bytes |, in the Fashion-MNIST section.
    static func publishedChecksums() throws -> [String: String] {
        let readme = try String(contentsOfFile: repositoryDatasetsDirectory() + "/README.md", encoding: .utf8)
        guard let section = readme.range(of: "## Fashion-MNIST") else {
            throw TestFailure("README has no Fashion-MNIST section")
        }
        var sums: [String: String] = [:]
        for line in readme[section.upperBound...].split(separator: "\n") {
            let cells = line.split(separator: "|").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
            if cells.count >= 2, names.contains(cells[0]), sums[cells[0]] == nil { sums[cells[0]] = cells[1] }
        }
        return sums
    }

    /// sha256sum of the inflated file (coreutils; Foundation on Linux has no SHA-256).
    static func sha256(ofInflated path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\" | sha256sum", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    @Test func filesMatchThePublishedChecksums() throws {
        let published = try Self.publishedChecksums()
        #expect(published.count == 4, "four checksums in datasets/README.md")
        for name in Self.names {
            let path = DatasetSource.fashionSystemDirectory + "/" + name + ".gz"
            #expect(
                FileManager.default.fileExists(atPath: path),
                "\(path) missing: run bin/setup (apt-get install dataset-fashion-mnist)")
            #expect(try Self.sha256(ofInflated: path) == published[name], "\(name)")
        }
    }

    @Test func loadsAsTenClassesOfClothing() throws {
        let loaded = try DatasetSource.fashion.load(environment: [:])
        #expect(loaded.train.count == 60_000 && loaded.test.count == 10_000)
        #expect(loaded.train.rows == 28 && loaded.train.cols == 28 && loaded.train.source == "fashion")
        #expect(loaded.classNames.count == 10 && loaded.classNames[9] == "Ankle boot")
        #expect(loaded.test.labelCounts == [Int](repeating: 1_000, count: 10))
    }
}
