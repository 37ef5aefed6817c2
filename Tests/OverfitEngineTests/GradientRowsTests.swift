import OverfitEngine
import Testing

/// A sparse first layer zeroes only the gradient rows its last batch wrote, and plain SGD updates
/// only the rows the batch lit (`Parameter.nonzeroGradientRows`): the same bits as zeroing and
/// updating every row.
@Suite struct GradientRowsTests {
    static let inputs = 150, outputs = 7, rows = 4

    /// Batch `index`: pixels lit in a pattern that moves from batch to batch, so each batch leaves
    /// dark some rows the one before lit (they must be zeroed) and lights some it left dark.
    static func batch(_ index: Int) -> Matrix {
        var values = [Float](repeating: 0, count: rows * inputs)
        for r in 0..<rows {
            for p in 0..<inputs where (p * (r + 2) + index * 11) % 9 < 2 {
                values[r * inputs + p] = Float((p + r + index) % 13 + 1) / 13
            }
        }
        return Matrix(rows: rows, cols: inputs, values: values)
    }

    static func layer() -> Linear {
        var generator = RandomGenerator(seed: 7)
        let layer = Linear(
            inputs: inputs, outputs: outputs, initialisation: .torch, initGenerator: &generator,
            maskGenerator: RandomGenerator(seed: 8))
        layer.sparseInput = true
        layer.computesInputGradient = false
        return layer
    }

    static func bits(_ matrix: Matrix) -> [UInt32] { (0..<matrix.count).map { matrix.data[$0].bitPattern } }

    @Test func sparseLayerZeroesAndUpdatesOnlyTheRowsItsBatchesLit() {
        let tracked = Self.layer(), whole = Self.layer()
        let trackedSGD = SGD(parameters: tracked.parameters, learningRate: 0.3)
        let wholeSGD = SGD(parameters: whole.parameters, learningRate: 0.3)
        for step in 0..<8 {
            let x = Self.batch(step)
            var dyValues = [Float](repeating: 0, count: Self.rows * Self.outputs)
            for i in dyValues.indices { dyValues[i] = Float((i * 5 + step) % 11) / 11 - 0.45 }
            let dy = Matrix(rows: Self.rows, cols: Self.outputs, values: dyValues)
            for layer in [tracked, whole] { _ = layer.forward(x, mode: .training) }
            // `whole` forgets which rows it wrote: every row is zeroed, then every row updated.
            whole.weight.nonzeroGradientRows = nil
            _ = tracked.backward(dy)
            _ = whole.backward(dy)
            whole.weight.nonzeroGradientRows = nil
            #expect(tracked.weight.nonzeroGradientRows != nil, "step \(step): the layer says which rows it wrote")
            #expect(Self.bits(tracked.weight.gradient) == Self.bits(whole.weight.gradient), "step \(step): gradient")
            // A penalty adds to every row: then every row is updated.
            if step == 5 {
                Penalty(l2: 0.01).addGradient(tracked.parameters)
                Penalty(l2: 0.01).addGradient(whole.parameters)
                #expect(tracked.weight.nonzeroGradientRows == nil)
            }
            trackedSGD.step()
            wholeSGD.step()
            #expect(Self.bits(tracked.weight.value) == Self.bits(whole.weight.value), "step \(step): weights")
            #expect(Self.bits(tracked.bias.value) == Self.bits(whole.bias.value), "step \(step): bias")
        }
    }
}
