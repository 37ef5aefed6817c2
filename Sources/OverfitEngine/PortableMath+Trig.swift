extension PortableMath {
    /// sin x (fdlibm): x = n·π/2 + (y + tail) with |y| ≤ π/4, then the sine or cosine kernel by
    /// n mod 4. Accurate for |x| < 2^20·π/2 (rotation angles, Box–Muller's [0, 2π)); beyond
    /// that the reduction loses digits but still gives the same bits everywhere.
    public static func sin(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if abs(x) <= 0.785398163397448279 { return sineKernel(x, tail: 0) }
        let (quadrant, y, tail) = reducedByHalfPi(x)
        switch quadrant & 3 {
        case 0: return sineKernel(y, tail: tail)
        case 1: return cosineKernel(y, tail: tail)
        case 2: return -sineKernel(y, tail: tail)
        default: return -cosineKernel(y, tail: tail)
        }
    }

    /// cos x, as `sin`.
    public static func cos(_ x: Double) -> Double {
        if !x.isFinite { return .nan }
        if abs(x) <= 0.785398163397448279 { return cosineKernel(x, tail: 0) }
        let (quadrant, y, tail) = reducedByHalfPi(x)
        switch quadrant & 3 {
        case 0: return cosineKernel(y, tail: tail)
        case 1: return -sineKernel(y, tail: tail)
        case 2: return -cosineKernel(y, tail: tail)
        default: return sineKernel(y, tail: tail)
        }
    }

    /// x − n·π/2 as y + tail (fdlibm's __ieee754_rem_pio2, medium case): π/2 in three 33-bit
    /// parts, each further part used only when the previous subtraction cancelled many bits.
    static func reducedByHalfPi(_ x: Double) -> (quadrant: Int, y: Double, tail: Double) {
        let n = roundedToInteger(x * 6.36619772367581382433e-01)
        let part1 = 0x1.921fb544p0, part1Tail = 0x1.0b4611a626331p-34
        let part2 = 0x1.0b4611a6p-34, part2Tail = 0x1.3198a2e037073p-69
        let part3 = 0x1.3198a2ep-69, part3Tail = 0x1.b839a252049c1p-104
        var r = x - n * part1
        var w = n * part1Tail
        var y = r - w
        if lostBits(x, y) > 16 {
            // Cancellation: take the second part of π/2 too.
            let t = r
            w = n * part2
            r = t - w
            w = n * part2Tail - ((t - r) - w)
            y = r - w
            if lostBits(x, y) > 49 {
                let t2 = r
                w = n * part3
                r = t2 - w
                w = n * part3Tail - ((t2 - r) - w)
                y = r - w
            }
        }
        let tail = (r - y) - w
        return (Int(n), y, tail)
    }

    /// How many leading bits the reduction cancelled (x's exponent less y's); all of them for y = 0.
    private static func lostBits(_ x: Double, _ y: Double) -> Int {
        y == 0 ? Int(Double.significandBitCount + 1) * 2 : Int(x.exponent) - Int(y.exponent)
    }

    /// sin(y + tail) for |y| ≤ π/4 (fdlibm's __kernel_sin).
    static func sineKernel(_ y: Double, tail: Double) -> Double {
        if abs(y) < 0x1p-27 { return y }
        let z = y * y, v = z * y
        let r =
            8.33333333332248946124e-03 + z
            * (-1.98412698298579493134e-04 + z
                * (2.75573137070700676789e-06
                    + z * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)))
        let s1 = -1.66666666666666324348e-01
        if tail == 0 { return y + v * (s1 + z * r) }
        return y - ((z * (0.5 * tail - v * r) - tail) - v * s1)
    }

    /// cos(y + tail) for |y| ≤ π/4 (fdlibm's __kernel_cos, with its exact 1 − z/2 split).
    static func cosineKernel(_ y: Double, tail: Double) -> Double {
        let z = y * y
        let r =
            z
            * (4.16666666666666019037e-02 + z
                * (-1.38888888888741095749e-03 + z
                    * (2.48015872894767294178e-05
                        + z
                        * (-2.75573143513906633035e-07 + z
                            * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11)))))
        let halfZ = 0.5 * z
        let w = 1 - halfZ
        return w + (((1 - w) - halfZ) + (z * r - y * tail))
    }
}
