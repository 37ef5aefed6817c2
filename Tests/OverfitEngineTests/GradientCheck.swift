import OverfitEngine

/// Central finite differences against analytic gradients, with an asserted tolerance.
enum GradientCheck {
    /// Largest relative error between the analytic gradient `analytic[i]` and
    /// (f(x+h) − f(x−h)) / 2h for every element of `values`.
    static func worstRelativeError(
        values: UnsafeMutablePointer<Float>, count: Int, analytic: [Float],
        step: Float = 1e-2, loss: () -> Double
    ) -> Double {
        var worst = 0.0
        for i in 0..<count {
            let saved = values[i]
            values[i] = saved + step
            let plus = loss()
            values[i] = saved - step
            let minus = loss()
            values[i] = saved
            let numeric = (plus - minus) / (2 * Double(step))
            let error = abs(numeric - Double(analytic[i])) / max(1e-2, abs(numeric) + abs(Double(analytic[i])))
            worst = max(worst, error)
        }
        return worst
    }

    static func randomMatrix(rows: Int, cols: Int, seed: UInt64, scale: Float = 1) -> Matrix {
        var generator = RandomGenerator(seed: seed)
        let m = Matrix(rows: rows, cols: cols)
        for i in 0..<m.count { m.data[i] = generator.nextNormal() * scale }
        return m
    }

    /// Σ out ⊙ weights, in Double: a scalar loss whose gradient with respect to `out` is `weights`.
    static func weightedSum(_ out: Matrix, _ weights: Matrix) -> Double {
        var total = 0.0
        for i in 0..<out.count { total += Double(out.data[i]) * Double(weights.data[i]) }
        return total
    }
}
