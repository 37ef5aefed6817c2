import CZlib
import Foundation

@testable import OverfitData

/// A fresh directory under the system temp dir. Call `remove()` in a `defer`: tying removal
/// to deinit would let the optimizer delete it right after the value's last visible use.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "overfit-data-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` as they are.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Writes `bytes` gzip-compressed, through zlib's own writer.
    @discardableResult
    func writeGzip(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        guard let handle = gzopen(target, "wb") else { throw TestFailure("gzopen failed for \(target)") }
        let written = bytes.withUnsafeBytes { gzwrite(handle, $0.baseAddress, UInt32($0.count)) }
        guard gzclose(handle) == Z_OK, Int(written) == bytes.count else {
            throw TestFailure("gzwrite failed for \(target)")
        }
        return target
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The fixture directory copied into the test bundle.
func fixturesDirectory() throws -> String {
    guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        throw TestFailure("Fixtures folder missing from the test bundle")
    }
    return url.path
}

/// The repository's datasets/ folder, found from this file's location.
func repositoryDatasetsDirectory(file: String = #filePath) -> String {
    var url = URL(fileURLWithPath: file)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/OverfitDataTests/X.swift -> root
    return url.appendingPathComponent("datasets").path
}

/// The pixel formula used by Fixtures/make-fixtures.
func fixturePixel(image: Int, row: Int, col: Int) -> UInt8 {
    UInt8((image * 50 + row * 9 + col * 3) % 256)
}

/// Big-endian IDX header followed by the payload.
func idx(magic: UInt32, dims: [Int], payload: [UInt8]) -> [UInt8] {
    func be(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
    return be(magic) + dims.flatMap { be(UInt32($0)) } + payload
}

/// A valid images IDX of `count` images of rows x cols using the fixture formula.
func imagesIDX(count: Int, rows: Int = 28, cols: Int = 28) -> [UInt8] {
    var payload: [UInt8] = []
    for i in 0..<count {
        for r in 0..<rows { for c in 0..<cols { payload.append(fixturePixel(image: i, row: r, col: c)) } }
    }
    return idx(magic: 0x803, dims: [count, rows, cols], payload: payload)
}

func labelsIDX(_ labels: [UInt8]) -> [UInt8] {
    idx(magic: 0x801, dims: [labels.count], payload: labels)
}

/// Runs `body`, expecting a `DataError`, and returns it (nil if none or another error was thrown).
func dataError(_ body: () throws -> Void) -> DataError? {
    do {
        try body()
        return nil
    } catch let error as DataError {
        return error
    } catch {
        return nil
    }
}

/// A small dataset whose image i is filled with value i + 1 and labelled i % 10.
func numberedDataset(count: Int, rows: Int = 4, cols: Int = 4) -> Dataset {
    var pixels: [UInt8] = []
    for i in 0..<count { pixels += [UInt8](repeating: UInt8(i + 1), count: rows * cols) }
    return Dataset(
        source: "test", split: "train", provenance: "all \(count)", rows: rows, cols: cols,
        pixels: pixels, labels: (0..<count).map { UInt8($0 % 10) })
}
