import OverfitEngine
import Testing

/// The evaluation path (`infer`) computes what the layers' evaluation-mode forward computes, bit
/// for bit, including the first layer's sparse product split across threads and chunks.
@Suite struct InferenceTests {
    @Test(arguments: [false, true])
    func inferMatchesEvaluationForward(batchNorm: Bool) {
        let architecture = Architecture(
            inputs: 12, hidden: [7, 5], classes: 3, activation: .relu,
            initialisation: .torch, dropout: 0.3, dropConnect: 0.2, batchNorm: batchNorm)
        let network = Network(architecture, seed: 4)
        let x = GradientCheck.randomMatrix(rows: 1500, cols: 12, seed: 5)
        // Zeros, as in images, so the sparse path has something to skip.
        for i in stride(from: 0, to: x.count, by: 3) { x.data[i] = 0 }
        // A training step first, so batch norm has running statistics other than (0, 1).
        _ = network.forward(x, mode: .training)
        let expected = network.forward(x, mode: .evaluation).copy()
        for threads in [1, 2] {
            let inferred = Engine.withSettings(KernelSettings(path: Engine.settings.path, threads: threads)) {
                network.infer(x.copy())
            }
            #expect(inferred.rows == 1500 && inferred.cols == 3)
            #expect(inferred.values.map(\.bitPattern) == expected.values.map(\.bitPattern), "\(threads) threads")
        }
    }

    /// Evaluation's chunks: at most `chunkRows` rows, and enough of them that every thread gets
    /// some: the CNN workload's 295 rows at a time go to two threads as two chunks, not 256 + 39.
    @Test func chunksShareTheRowsBetweenTheThreads() {
        #expect(Network.chunkRows(rows: 295, threads: 2) == 148)
        #expect(Network.chunkRows(rows: 10_000, threads: 2) == 250)
        #expect(Network.chunkRows(rows: 300, threads: 1) == 150)
        for rows in [1, 2, 7, 64, 230, 256, 295, 257, 600, 1_500, 2_000, 10_000] {
            for threads in 1...4 {
                let chunk = Network.chunkRows(rows: rows, threads: threads)
                let chunks = (rows + chunk - 1) / chunk
                #expect(chunk >= 1 && chunk <= Network.chunkRows, "\(rows) rows, \(threads) threads")
                #expect(chunks >= min(rows, threads), "\(rows) rows, \(threads) threads: \(chunks) chunks")
            }
        }
    }

    /// Skipping a zero pixel adds nothing a multiplied one would (the chains start at the bias,
    /// and no weight is infinite), so the sparse first layer gives the dense product's bits.
    @Test func sparseFirstLayerMatchesDenseProduct() {
        var generator = RandomGenerator(seed: 1)
        let sparse = Linear(
            inputs: 50, outputs: 13, initialisation: .torch, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 2))
        let dense = sparse.clone() as! Linear
        sparse.sparseInput = true
        let x = GradientCheck.randomMatrix(rows: 9, cols: 50, seed: 3)
        for i in 0..<x.count where i % 5 != 0 { x.data[i] = 0 }
        let a = sparse.forward(x, mode: .training).values, b = dense.forward(x, mode: .training).values
        #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
        let dy = GradientCheck.randomMatrix(rows: 9, cols: 13, seed: 4)
        _ = sparse.backward(dy)
        _ = dense.backward(dy)
        #expect(sparse.weight.gradient.values.map(\.bitPattern) == dense.weight.gradient.values.map(\.bitPattern))
        #expect(sparse.bias.gradient.values.map(\.bitPattern) == dense.bias.gradient.values.map(\.bitPattern))
    }
}
