import Foundation
import Testing

@testable import OverfitData

/// Loaded once: decompressing 55 MB per test would dominate the suite's run time.
private let realMNIST: Result<(train: Dataset, test: Dataset), any Error> = Result {
    try MNIST.load(directory: repositoryDatasetsDirectory())
}

private let haveRealData = FileManager.default.fileExists(
    atPath: repositoryDatasetsDirectory() + "/" + MNIST.trainImagesFile)

@Suite("Real MNIST in datasets/", .enabled(if: haveRealData, "datasets/ has no MNIST files"))
struct RealMNISTTests {
    @Test("loads 60000 train and 10000 test images of 28x28")
    func counts() throws {
        let (train, test) = try realMNIST.get()
        #expect(train.count == 60000 && test.count == 10000)
        #expect(train.rows == 28 && train.cols == 28)
        #expect(train.labelCounts.reduce(0, +) == 60000)
        #expect(train.labelCounts[1] == 6742)  // the most common digit in the training set
        #expect(test.labels.prefix(3) == [7, 2, 1])
    }

    @Test("the first 300 are the standard ones")
    func first300() throws {
        let train = try realMNIST.get().train
        let head = train.first(300)
        #expect(head.count == 300)
        #expect(head.labels[0] == 5)
        #expect(head.labels[299] == 6)
        #expect(head.provenance == "first 300")
    }

    @Test("fillBatch gives values in [0, 1] at the right pixels")
    func fillBatch() throws {
        let train = try realMNIST.get().train
        var batch = [Float](repeating: -1, count: 2 * 784)
        batch.withUnsafeMutableBufferPointer { train.fillBatch(indices: [0, 59999], into: $0.baseAddress!) }
        #expect(batch.allSatisfy { $0 >= 0 && $0 <= 1 })
        // Image 0 (a 5): row 5, col 16 is 126 in the original file.
        #expect(batch[5 * 28 + 16] == Float(126) / 255)
        #expect(batch[5 * 28 + 12] == Float(3) / 255)
        #expect(batch[0] == 0)
        let last = train.image(at: 59999)
        for pixel in [300, 400, 500] {
            #expect(batch[784 + pixel] == Float(last[last.startIndex + pixel]) / 255)
        }
    }

    @Test("300 images with four rotations make 1500, labels repeated")
    func rotations() throws {
        let head = try realMNIST.get().train.first(300)
        let augmented = head.withRotations([-15, -30, 15, 30])
        #expect(augmented.count == 1500)
        #expect(augmented.provenance == "first 300 + rotations -15,-30,15,30 (1500)")
        for block in 0..<5 {
            #expect(Array(augmented.labels[block * 300..<(block + 1) * 300]) == head.labels)
        }
        #expect(augmented.labels[1499] == 6)
    }

    // How fast it inflates is `overfit bench`'s to say, not a test's: a busy machine is not a bug.
    @Test("decompressing the training images gives the whole file")
    func decompressionIsWhole() throws {
        let bytes = try Gzip.decompressFile(atPath: repositoryDatasetsDirectory() + "/" + MNIST.trainImagesFile)
        #expect(bytes.count == 47_040_016)
    }
}
