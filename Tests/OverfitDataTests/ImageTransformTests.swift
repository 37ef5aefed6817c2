import Testing

@testable import OverfitData

/// Hand-checked rotations. Conventions: x = column, y = row (0 at top), centre ((n-1)/2, (n-1)/2),
/// positive degrees counter-clockwise on screen. Output (x, y) reads the source at
///     sx = cx + u cos t - v sin t,   sy = cy + u sin t + v cos t,   u = x - cx, v = y - cy,
/// rounded half away from zero; outside the image reads 0.
@Suite("Image transforms")
struct ImageTransformTests {
    /// 9x9 test pattern: pixel (x, y) holds y*9 + x + 1, so every value names its own position.
    static let pattern: [UInt8] = (0..<81).map { UInt8($0 + 1) }
    static func value(x: Int, y: Int) -> UInt8 { UInt8(y * 9 + x + 1) }

    func lit(x: Int, y: Int, size: Int = 28) -> [UInt8] {
        var image = [UInt8](repeating: 0, count: size * size)
        image[y * size + x] = 255
        return image
    }

    func litPositions(_ image: [UInt8], size: Int = 28) -> [[Int]] {
        image.indices.filter { image[$0] != 0 }.map { [$0 % size, $0 / size] }
    }

    @Test("a single pixel turns a quarter counter-clockwise")
    func quarterTurn() {
        // Source (20, 10): u = 6.5, v = -3.5 about (13.5, 13.5). A counter-clockwise quarter turn
        // on screen sends (u, v) to (v, -u) = (-3.5, -6.5), i.e. pixel (10, 7): right-of-centre
        // moves to above-centre. Check the inverse: output (10, 7) has u = -3.5, v = -6.5, so
        // sx = 13.5 - (-6.5) = 20, sy = 13.5 + (-3.5) = 10.
        let out = ImageTransform.rotated(lit(x: 20, y: 10), rows: 28, cols: 28, degrees: 90)
        #expect(litPositions(out) == [[10, 7]])
        let back = ImageTransform.rotated(lit(x: 20, y: 10), rows: 28, cols: 28, degrees: -90)
        // Clockwise: (u, v) -> (-v, u) = (3.5, 6.5) -> pixel (17, 20).
        #expect(litPositions(back) == [[17, 20]])
    }

    @Test("half a turn mirrors through the centre (13.5, 13.5)")
    func halfTurn() {
        let out = ImageTransform.rotated(lit(x: 0, y: 3), rows: 28, cols: 28, degrees: 180)
        #expect(litPositions(out) == [[27, 24]])
    }

    @Test("four quarter turns give back the image")
    func fullTurnByQuarters() {
        var image = [UInt8](repeating: 0, count: 784)
        for i in image.indices { image[i] = UInt8((i * 37) % 256) }
        var turned = image
        for _ in 0..<4 { turned = ImageTransform.rotated(turned, rows: 28, cols: 28, degrees: 90) }
        #expect(turned == image)
    }

    @Test("rotation by 0 is the identity")
    func identity() {
        #expect(ImageTransform.rotated(Self.pattern, rows: 9, cols: 9, degrees: 0) == Self.pattern)
    }

    /// cos 15 = 0.965926, sin 15 = 0.258819, cos 30 = 0.866025, sin 30 = 0.5; centre (4, 4).
    @Test("+15 degrees, hand-computed")
    func plus15() {
        let out = ImageTransform.rotated(Self.pattern, rows: 9, cols: 9, degrees: 15)
        // (8, 4): u = 4, v = 0 -> sx = 4 + 3.863703 = 7.863703 -> 8, sy = 4 + 1.035276 = 5.035276 -> 5
        #expect(out[4 * 9 + 8] == Self.value(x: 8, y: 5))
        // (3, 0): u = -1, v = -4 -> sx = 4 - 0.965926 + 1.035276 = 4.069350 -> 4,
        //         sy = 4 - 0.258819 - 3.863703 = -0.122522 -> rounds to 0, still inside
        #expect(out[0 * 9 + 3] == Self.value(x: 4, y: 0))
    }

    @Test("-15 degrees, hand-computed")
    func minus15() {
        let out = ImageTransform.rotated(Self.pattern, rows: 9, cols: 9, degrees: -15)
        // (8, 4): sx = 7.863703 -> 8, sy = 4 - 1.035276 = 2.964724 -> 3
        #expect(out[4 * 9 + 8] == Self.value(x: 8, y: 3))
        // (6, 1): u = 2, v = -3, sin = -0.258819 -> sx = 4 + 1.931852 - 0.776457 = 5.155395 -> 5,
        //         sy = 4 - 0.517638 - 2.897778 = 0.584584 -> 1
        #expect(out[1 * 9 + 6] == Self.value(x: 5, y: 1))
    }

    @Test("+30 degrees, hand-computed, with zero fill at a corner")
    func plus30() {
        let out = ImageTransform.rotated(Self.pattern, rows: 9, cols: 9, degrees: 30)
        // (8, 4): sx = 4 + 3.464102 = 7.464102 -> 7, sy = 4 + 2 = 6 (sin 30 is 0.49999999999999994
        //         in Double, so sy = 5.999...; it rounds to 6 all the same)
        #expect(out[4 * 9 + 8] == Self.value(x: 7, y: 6))
        // (2, 7): u = -2, v = 3 -> sx = 4 - 1.732051 - 1.5 = 0.767949 -> 1,
        //         sy = 4 - 1 + 2.598076 = 5.598076 -> 6
        #expect(out[7 * 9 + 2] == Self.value(x: 1, y: 6))
        // (0, 0): u = v = -4 -> sx = 4 - 3.464102 + 2 = 2.535898, sy = 4 - 2 - 3.464102 = -1.464102
        //         -> row -1 is outside, so the corner is filled with 0
        #expect(out[0] == 0)
    }

    @Test("-30 degrees, hand-computed")
    func minus30() {
        let out = ImageTransform.rotated(Self.pattern, rows: 9, cols: 9, degrees: -30)
        // (8, 4): sx = 7.464102 -> 7, sy = 4 - 2 = 2
        #expect(out[4 * 9 + 8] == Self.value(x: 7, y: 2))
        // (2, 7): sin = -0.5 -> sx = 4 - 1.732051 + 1.5 = 3.767949 -> 4,
        //         sy = 4 + 1 + 2.598076 = 7.598076 -> 8
        #expect(out[7 * 9 + 2] == Self.value(x: 4, y: 8))
    }

    @Test("corners of a full image go dark when rotated by 45 degrees")
    func cornersZeroFilled() {
        let white = [UInt8](repeating: 200, count: 784)
        let out = ImageTransform.rotated(white, rows: 28, cols: 28, degrees: 45)
        for corner in [0, 27, 27 * 28, 783] { #expect(out[corner] == 0) }
        #expect(out[14 * 28 + 14] == 200)
    }

    @Test("shifts move right/down for positive dx/dy and fill with zeros")
    func shifts() {
        let out = ImageTransform.shifted(Self.pattern, rows: 9, cols: 9, dx: 2, dy: -1)
        // Output (x, y) reads source (x - 2, y + 1).
        #expect(out[0 * 9 + 5] == Self.value(x: 3, y: 1))
        #expect(out[0 * 9 + 1] == 0)  // source column -1
        #expect(out[8 * 9 + 4] == 0)  // source row 9
        #expect(ImageTransform.shifted(Self.pattern, rows: 9, cols: 9, dx: 0, dy: 0) == Self.pattern)
    }

    @Test("rotation and shift combine in one resampling")
    func combined() {
        let one = lit(x: 20, y: 10).withUnsafeBufferPointer {
            ImageTransform.transformed($0, rows: 28, cols: 28, degrees: 90, dx: 1, dy: 2)
        }
        #expect(litPositions(one) == [[11, 9]])  // the quarter turn's (10, 7), then +1, +2
    }
}
