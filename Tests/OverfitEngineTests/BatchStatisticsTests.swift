import OverfitEngine
import Testing

/// `evaluatesWithBatchStatistics` re-creates testing in training mode: the evaluated rows are
/// normalised with their own mean and variance, and the running estimates are left alone.
@Suite struct BatchStatisticsTests {
    @Test func evaluationWithBatchStatisticsNormalisesTheRowsThemselves() {
        let layer = BatchNorm(width: 2)
        layer.evaluatesWithBatchStatistics = true
        // Column 0: 1, 3, 5 (mean 3, biased variance 8/3); column 1: 10, 10, 40 (mean 20, variance 200).
        let x = Matrix(rows: 3, cols: 2, values: [1, 10, 3, 10, 5, 40])
        let y = layer.forward(x, mode: .evaluation).values
        let sd0 = (Float(8) / 3 + 1e-5).squareRoot(), sd1 = (Float(200) + 1e-5).squareRoot()
        let expected: [Float] = [-2 / sd0, -10 / sd1, 0, -10 / sd1, 2 / sd0, 20 / sd1]
        #expect(zip(y, expected).allSatisfy { abs($0 - $1) < 1e-5 })
        #expect(layer.runningMean == [0, 0] && layer.runningVariance == [1, 1], "evaluation updates nothing")
        let inferred = layer.infer(x.copy(), rows: 0..<3).values
        #expect(zip(inferred, expected).allSatisfy { abs($0 - $1) < 1e-5 })
    }

    @Test func aNetworkEvaluatedThisWayIgnoresTheScaleOfItsInput() {
        var architecture = Architecture(inputs: 6, hidden: [5], classes: 3, batchNorm: true)
        architecture.batchNormEvaluatesWithBatchStatistics = true
        let network = Network(architecture, seed: 3)
        let x = GradientCheck.randomMatrix(rows: 40, cols: 6, seed: 4)
        let scaled = x.copy()
        for i in 0..<scaled.count { scaled.data[i] *= 255 }
        let a = network.infer(x).copy().values, b = network.infer(scaled).values
        // Batch norm divides the factor away; only the bias of the first layer still differs.
        #expect(zip(a, b).allSatisfy { abs($0 - $1) < 0.05 })
    }
}
