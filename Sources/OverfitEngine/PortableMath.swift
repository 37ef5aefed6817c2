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
