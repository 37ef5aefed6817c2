import OverfitEngine

/// Student's t distribution: its distribution function and quantiles, for the intervals
/// `compare` draws. Our own arithmetic on `PortableMath` (no C library `lgamma`), so the same
/// figures and the same verdicts on every machine. Checked against scipy.stats.t in the tests.
public enum StudentT {
    /// P(T ≤ t) for `degrees` degrees of freedom (any positive real: Welch's are fractional).
    /// P(|T| > |t|) = I_x(ν/2, 1/2) with x = ν/(ν + t²), the regularised incomplete beta.
    public static func cdf(_ t: Double, degrees: Double) -> Double {
        precondition(degrees > 0, "degrees of freedom must be positive")
        guard t.isFinite else { return t > 0 ? 1 : 0 }
        let tail = 0.5 * incompleteBeta(degrees / (degrees + t * t), a: degrees / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The t with P(T ≤ t) = p: bisection on `cdf`, to the last bit it can resolve.
    public static func quantile(_ p: Double, degrees: Double) -> Double {
        precondition(p > 0 && p < 1, "a probability strictly between 0 and 1")
        if p < 0.5 { return -quantile(1 - p, degrees: degrees) }
        var low = 0.0, high = 1.0
        while cdf(high, degrees: degrees) < p { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            guard middle > low && middle < high else { break }
            if cdf(middle, degrees: degrees) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// I_x(a, b) by its continued fraction (Lentz's method), on the side where it converges fast.
    static func incompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = PortableMath.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * PortableMath.log(x) + b * PortableMath.log(1 - x))
        if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a: a, b: b) / a }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...400 {
            let m = Double(m), m2 = 2 * m
            let even = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + even * d
            if abs(d) < tiny { d = tiny }
            c = 1 + even / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + odd * d
            if abs(d) < tiny { d = tiny }
            c = 1 + odd / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-16 { break }
        }
        return h
    }

    /// log Γ(x) for x > 0: Lanczos's approximation (g = 7, nine terms; about 15 digits), with
    /// the reflection-free shift Γ(x) = Γ(x + 1)/x below 0.5.
    static func logGamma(_ x: Double) -> Double {
        if x < 0.5 { return logGamma(x + 1) - PortableMath.log(x) }
        let coefficients: [Double] = [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ]
        let z = x - 1
        var sum = coefficients[0]
        for index in 1..<coefficients.count { sum += coefficients[index] / (z + Double(index)) }
        let t = z + 7.5
        return 0.5 * PortableMath.log(2 * Double.pi) + (z + 0.5) * PortableMath.log(t) - t + PortableMath.log(sum)
    }
}
