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
