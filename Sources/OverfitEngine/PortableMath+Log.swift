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
