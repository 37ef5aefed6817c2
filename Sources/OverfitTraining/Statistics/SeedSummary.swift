/// One figure over the seeds of a run (`repeats`): every seed's value, their mean and spread.
public struct SeedSummary: Equatable, Sendable {
    /// Each seed's value, in seed order.
    public let values: [Double]

    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "a summary needs at least one value")
        self.values = values
    }

    public var count: Int { values.count }

    /// Summed in seed order: the same bits wherever it is computed.
    public var mean: Double { values.reduce(0, +) / Double(values.count) }

    /// The sample variance (n − 1 in the denominator); 0 for one value.
    public var variance: Double {
        guard values.count > 1 else { return 0 }
        let mean = self.mean
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }

    /// The sample standard deviation: the seed-to-seed spread.
    public var standardDeviation: Double { variance.squareRoot() }

    public var minimum: Double { values.min() ?? 0 }
    public var maximum: Double { values.max() ?? 0 }
}
