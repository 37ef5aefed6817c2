/// What a batch-norm module owns: its learnable scale and shift and its running estimates.
/// Normally one per hidden layer; the lab slides applied one module after all four hidden layers, and
/// `BatchNorm(sharing:)` re-creates that by giving several positions the same state.
public final class BatchNormState {
    public let scale: Parameter
    public let shift: Parameter
    public let momentum: Float
    public let epsilon: Float
    public internal(set) var runningMean: [Float]
    public internal(set) var runningVariance: [Float]

    init(width: Int, momentum: Float, epsilon: Float) {
        self.momentum = momentum
        self.epsilon = epsilon
        scale = Parameter(role: .scale, value: Matrix(rows: 1, cols: width, value: 1))
        shift = Parameter(role: .shift, value: Matrix(rows: 1, cols: width, value: 0))
        runningMean = Array(repeating: 0, count: width)
        runningVariance = Array(repeating: 1, count: width)
    }

    func copy() -> BatchNormState {
        let copy = BatchNormState(width: runningMean.count, momentum: momentum, epsilon: epsilon)
        copy.scale.value.copy(from: scale.value)
        copy.shift.value.copy(from: shift.value)
        copy.runningMean = runningMean
        copy.runningVariance = runningVariance
        return copy
    }

    func copyStatistics(from other: BatchNormState) {
        runningMean = other.runningMean
        runningVariance = other.runningVariance
    }
}
