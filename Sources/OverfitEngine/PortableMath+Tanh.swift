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
