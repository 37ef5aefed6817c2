import Foundation
import Testing

@testable import OverfitData

/// datasets/make-idx on a tiny folder of PNGs drawn by Pillow, read back by the Swift loader.
/// Needs /usr/bin/python3 with Pillow (Debian's python3-pil, which bin/setup installs).
@Suite("make-idx")
struct MakeIDXTests {
    static let python = "/usr/bin/python3"

    struct Outcome {
        let status: Int32
        let output: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
    }

    /// SOURCE/<class>/<i>.png for classes zebra, ant, moth (sorted: ant, moth, zebra): image i
    /// of class c is 6 wide and 4 high, black, with one pixel (c, i mod 4) of value 200 + i.
    /// `odd` adds a 5×4 image to moth.
    static func drawFolder(_ root: String, odd: Bool = false) throws {
        let script = """
            import os, sys
            from PIL import Image
            root = sys.argv[1]
            for c, name in enumerate(["ant", "moth", "zebra"]):
                os.makedirs(os.path.join(root, name))
                for i in range(5):
                    image = Image.new("L", (6, 4), 0)
                    image.putpixel((c, i % 4), 200 + i)
                    image.save(os.path.join(root, name, f"{i}.png"))
            if sys.argv[2] == "odd":
                Image.new("L", (5, 4), 0).save(os.path.join(root, "moth", "odd.png"))
            """
        let drawn = try run(["-c", script, root, odd ? "odd" : "even"])
        #expect(
            drawn.status == 0,
            "drawing the PNGs needs Pillow for \(python) (apt-get install python3-pil): \(drawn.output)")
    }

    static var makeIDX: String { repositoryDatasetsDirectory() + "/make-idx" }

    @Test func turnsAFolderOfPNGsIntoADatasetTheLoaderReads() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.drawFolder(directory.file("pngs"))
        let made = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("out"), "--seed", "3"])
        #expect(made.status == 0, "\(made.output)")
        #expect(made.output.contains("12 training and 3 test images of 6x4 pixels in 3 classes (ant, moth, zebra)"))
        let loaded = try DatasetSource(directory.file("out")).load(environment: [:])
        #expect(loaded.classNames == ["ant", "moth", "zebra"])
        #expect(loaded.train.count == 12 && loaded.test.count == 3 && loaded.train.rows == 4 && loaded.train.cols == 6)
        // One test image per class (round(0.2 · 5) = 1), and 4 training images per class.
        #expect(loaded.test.labels.sorted() == [0, 1, 2] && loaded.train.labelCounts.prefix(3) == [4, 4, 4])
        // Every image has its class's one bright pixel in column = label, and nothing else.
        for split in [loaded.train, loaded.test] {
            for index in split.indices {
                let image = Array(split.image(at: index)), label = Int(split.labels[index])
                let lit = image.indices.filter { image[$0] != 0 }
                #expect(lit.count == 1 && lit[0] % 6 == label && (200...204).contains(image[lit[0]]))
            }
        }
        // Same seed, same dataset, byte for byte; a second run into a full directory is refused.
        let again = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("again"), "--seed", "3"])
        #expect(again.status == 0)
        let first = try DatasetSource(directory.file("out")).load(environment: [:]),
            second = try DatasetSource(directory.file("again")).load(environment: [:])
        #expect(first.train.pixels == second.train.pixels && first.train.labels == second.train.labels)
        let refused = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("out")])
        #expect(
            refused.status == 2 && refused.output.contains("already holds 5 file(s)")
                && refused.output.contains("hint: "))
    }

    @Test func mismatchedSizesAreRefusedUnlessResized() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try Self.drawFolder(directory.file("pngs"), odd: true)
        let refused = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("out")])
        #expect(refused.status == 2, "\(refused.output)")
        #expect(refused.output.contains("odd.png is 5x4 pixels, but the first image is 6x4"))
        #expect(refused.output.contains("hint: pass --size 6x4"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("out/classes.txt")), "nothing written")
        let resized = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("out"), "--size", "8x8"])
        #expect(resized.status == 0, "\(resized.output)")
        let loaded = try DatasetSource(directory.file("out")).load(environment: [:])
        #expect(loaded.train.rows == 8 && loaded.train.cols == 8 && loaded.train.count + loaded.test.count == 16)
    }

    @Test func aFolderWithoutClassesIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("pngs/only"), withIntermediateDirectories: true)
        let refused = try Self.run([Self.makeIDX, directory.file("pngs"), directory.file("out")])
        #expect(refused.status == 2 && refused.output.contains("has 1 class subfolder(s); at least 2 are needed"))
    }
}
