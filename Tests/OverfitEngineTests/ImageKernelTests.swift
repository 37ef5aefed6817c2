import CKernels
import Testing

@testable import OverfitEngine

/// The convolutional network's data movement in C (`overfit_unfold`, `overfit_max_pool`) on every
/// path this CPU runs, against the rules written out here: odd sizes, channel counts that are and
/// are not multiples of a vector, ties and NaNs.
@Suite struct ImageKernelTests {
    static let paths = KernelPath.supported

    static let shapes = [
        ImageShape(height: 5, width: 7, channels: 1), ImageShape(height: 6, width: 4, channels: 3),
        ImageShape(height: 4, width: 5, channels: 8), ImageShape(height: 7, width: 6, channels: 16),
        ImageShape(height: 3, width: 3, channels: 20), ImageShape(height: 12, width: 12, channels: 32),
    ]

    /// Few distinct values, so windows tie often, and a NaN now and then.
    static func values(_ count: Int, seed: UInt64) -> [Float] {
        var generator = RandomGenerator(seed: seed)
        return (0..<count).map { i in i % 29 == 7 ? .nan : Float(generator.nextIndex(below: 5)) - 2 }
    }

    /// Pooling by the rule: corners (0,0), (0,1), (1,0), (1,1); a later one wins when larger, or
    /// when it is a NaN and the current maximum is not. Returns the values and winners' offsets.
    static func pooled(_ x: [Float], images: Int, shape: ImageShape) -> ([Float], [Int32]) {
        let c = shape.channels, rowFloats = shape.width * c
        var y: [Float] = [], winners: [Int32] = []
        for image in 0..<images {
            for oy in 0..<shape.height / 2 {
                for ox in 0..<shape.width / 2 {
                    for channel in 0..<c {
                        let first = 2 * oy * rowFloats + 2 * ox * c + channel
                        var winner = first
                        for corner in [first + c, first + rowFloats, first + rowFloats + c] {
                            let v = x[image * shape.count + corner], best = x[image * shape.count + winner]
                            if v > best || (v.isNaN && !best.isNaN) { winner = corner }
                        }
                        y.append(x[image * shape.count + winner])
                        winners.append(Int32(winner))
                    }
                }
            }
        }
        return (y, winners)
    }

    @Test(arguments: shapes)
    func poolingFollowsTheRuleOnEveryPath(shape: ImageShape) {
        let images = 3
        let x = Self.values(images * shape.count + Matrix.slack, seed: UInt64(shape.count))
        let (want, wantWinners) = Self.pooled(x, images: images, shape: shape)
        for path in Self.paths {
            var y = [Float](repeating: -7, count: want.count)
            var winners = [Int32](repeating: -1, count: want.count)
            overfit_max_pool(path.code, x, images, shape.height, shape.width, shape.channels, &y, &winners)
            #expect(y.map(\.bitPattern) == want.map(\.bitPattern), "\(path.rawValue), \(shape)")
            #expect(winners == wantWinners, "\(path.rawValue), \(shape)")
            // Without winners: the same values.
            var alone = [Float](repeating: -7, count: want.count)
            overfit_max_pool(path.code, x, images, shape.height, shape.width, shape.channels, &alone, nil)
            #expect(alone.map(\.bitPattern) == want.map(\.bitPattern), "\(path.rawValue), \(shape), no winners")
        }
    }

    @Test(arguments: shapes)
    func unfoldingCopiesEachPatchRowFromItsInputRows(shape: ImageShape) {
        let images = 2
        let x = (0..<images * shape.count + Matrix.slack).map { Float($0) + 0.5 }
        for kernel in [1, 2, 3] where kernel <= min(shape.height, shape.width) {
            let outHeight = shape.height - kernel + 1, outWidth = shape.width - kernel + 1
            let c = shape.channels, span = kernel * c, patchWidth = kernel * span
            var want: [Float] = []
            for image in 0..<images {
                for oy in 0..<outHeight {
                    for ox in 0..<outWidth {
                        for ky in 0..<kernel {
                            let start = image * shape.count + (oy + ky) * shape.width * c + ox * c
                            want += x[start..<start + span]
                        }
                    }
                }
            }
            #expect(want.count == images * outHeight * outWidth * patchWidth)
            for path in Self.paths {
                var patches = [Float](repeating: -1, count: want.count + Matrix.slack)
                overfit_unfold(path.code, x, images, shape.height, shape.width, c, kernel, &patches)
                #expect(Array(patches[0..<want.count]) == want, "\(path.rawValue), \(shape), kernel \(kernel)")
            }
        }
    }
}
