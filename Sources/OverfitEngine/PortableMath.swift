/// exp, log, tanh, sigmoid, sin and cos in plain IEEE arithmetic (+, −, ×, ÷, √ and bit
/// operations, each rounding once, in an order the code fixes), so they give the same bits on
/// every machine. The C library's versions differ between systems and versions in the last
/// bit, and one differing bit changes a training run from there on.
///
/// The algorithms are fdlibm's (Double) and Cephes' (Float): range reduction, then a polynomial.
/// Their error against the C library, in units in the last place, is measured in
/// `PortableMathTests`. Swift does not fuse `a * b + c` into one rounding (checked: swiftc
/// emits no `contract` flags), so what is written here is what runs.
public enum PortableMath {
    /// Rounds to the nearest integer, ties to even, for |x| < 2^51, by adding and subtracting
    /// 1.5·2^52: plain arithmetic, where `rounded()` may call the C library.
    @inline(__always)
    static func roundedToInteger(_ x: Double) -> Double {
        let shifter = 0x1.8p52
        return (x + shifter) - shifter
    }

    /// The Float version, for |x| < 2^22.
    @inline(__always)
    static func roundedToInteger(_ x: Float) -> Float {
        let shifter: Float = 0x1.8p23
        return (x + shifter) - shifter
    }

    /// 2^k as a Double, for k in -1022...1023.
    @inline(__always)
    static func power(ofTwo k: Int) -> Double {
        Double(bitPattern: UInt64(1023 + k) << 52)
    }

    /// 2^k as a Float, for k in -126...127.
    @inline(__always)
    static func power(ofTwo k: Int) -> Float {
        Float(bitPattern: UInt32(127 + k) << 23)
    }

    /// y·2^k for k in -1100...1100 with one rounding (an exact step first keeps subnormal
    /// results from rounding twice).
    @inline(__always)
    static func scaled(_ y: Double, byPowerOfTwo k: Int) -> Double {
        if k > 1023 { return y * power(ofTwo: 1023) * power(ofTwo: k - 1023) }
        if k < -1022 { return y * power(ofTwo: k + 1000) * power(ofTwo: -1000) }
        return y * power(ofTwo: k)
    }

    /// The Float version, for k in -252...254.
    @inline(__always)
    static func scaled(_ y: Float, byPowerOfTwo k: Int) -> Float {
        if k > 127 { return y * power(ofTwo: 127) * power(ofTwo: k - 127) }
        if k < -126 { return y * power(ofTwo: k + 100) * power(ofTwo: -100) }
        return y * power(ofTwo: k)
    }
}

// MARK: - Exp

extension PortableMath {
    /// e^x (fdlibm's e_exp.c): x = k·ln2 + r with |r| ≤ ln2/2, ln2 split in two so that k·ln2hi
    /// is exact; e^r from a rational approximation; then scaled by 2^k.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.782712893383973096 { return .infinity }
        if x < -745.13321910194110842 { return 0 }
        if abs(x) < 0x1p-28 { return 1 + x }
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33
        let k = roundedToInteger(x * 1.44269504088896338700)
        let high = x - k * ln2High
        let low = k * ln2Low
        let r = high - low
        let t = r * r
        let c =
            r - t
            * (1.66666666666666019037e-01 + t
                * (-2.77777777770155933842e-03
                    + t
                    * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06 + t * 4.13813679705723846039e-08))))
        let y = 1 - ((low - (r * c) / (2 - c)) - high)
        return scaled(y, byPowerOfTwo: Int(k))
    }

    /// e^x in Float (Cephes' expf): x = n·ln2 + r, e^r ≈ 1 + r + r²·P(r) with a degree-5 P.
    /// Used by softmax and sigmoid, so it stays in Float and avoids a division.
    public static func exp(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x > 88.72283935546875 { return .infinity }
        if x < -103.972084 { return 0 }
        let n = roundedToInteger(x * 1.44269504088896341)
        var r = x - n * 0.693359375
        r = r - n * -2.12194440e-4
        let z = r * r
        let p: Float =
            (((((1.9875691500e-4 * r + 1.3981999507e-3) * r + 8.3334519073e-3) * r
                + 4.1665795894e-2) * r + 1.6666665459e-1) * r + 5.0000001201e-1)
        let y = p * z + r + 1
        return scaled(y, byPowerOfTwo: Int(n))
    }
}

// MARK: - Log

extension PortableMath {
    /// The natural logarithm (fdlibm's e_log.c): x = 2^k·(1+f) with √2/2 ≤ 1+f < √2, then
    /// log(1+f) = f − f²/2 + s·(f²/2 + R(s²)) with s = f/(2+f), and k·ln2 added in two parts.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x == .infinity { return x }
        if x == 0 { return -.infinity }
        if x < 0 { return .nan }
        // exponent and significand read the bits: exact, subnormals included.
        var k = Double(x.exponent)
        var m = x.significand
        if m > 1.41421356237309504880 { m *= 0.5; k += 1 }
        let f = m - 1
        let ln2High = 0x1.62e42feep-1, ln2Low = 0x1.a39ef35793c76p-33
        let s = f / (2 + f)
        let z = s * s, w = z * z
        let t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
        let t2 =
            z
            * (6.666666666666735130e-01 + w
                * (2.857142874366239149e-01
                    + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
        let r = t2 + t1
        let halfSquare = 0.5 * f * f
        return k * ln2High - ((halfSquare - (s * (halfSquare + r) + k * ln2Low)) - f)
    }

    /// The natural logarithm of a Float, through the Double one: correctly rounded but for
    /// rare ties. Called once per image by the loss, so its speed does not matter.
    public static func log(_ x: Float) -> Float {
        Float(log(Double(x)))
    }
}

// MARK: - Tanh

extension PortableMath {
    /// tanh in Float (Cephes' tanhf): an odd polynomial below |x| = 0.625, 1 − 2/(e^{2|x|} + 1)
    /// above it.
    public static func tanh(_ x: Float) -> Float {
        let a = abs(x)
        if a < 0.625 {
            let z = x * x
            let p: Float =
                ((((-5.70498872745e-3 * z + 2.06390887954e-2) * z - 5.37397155531e-2) * z
                    + 1.33314422036e-1) * z - 3.33332819422e-1)
            return p * z * x + x
        }
        if x.isNaN { return x }
        let e = exp(a + a)
        let magnitude = 1 - 2 / (e + 1)
        return x < 0 ? -magnitude : magnitude
    }

    /// The logistic function 1/(1 + e^−x).
    @inline(__always)
    public static func sigmoid(_ x: Float) -> Float {
        1 / (1 + exp(-x))
    }
}

// MARK: - Trig

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
