/// Weight penalties added to the data loss, over weight matrices only (not biases, not batch-norm
/// parameters), as the sources do: L2 ½·λ·ΣW² (gradient λ·W) and L1 λ·Σ|W| (gradient λ·sign W).
public struct Penalty: Equatable, Sendable {
    public var l2: Float
    public var l1: Float

    public init(l2: Float = 0, l1: Float = 0) {
        self.l2 = l2
        self.l1 = l1
    }

    public var isActive: Bool { l2 > 0 || l1 > 0 }

    /// The penalty's value for the current weights.
    public func value(_ parameters: [Parameter]) -> Double {
        guard isActive else { return 0 }
        var squares: Double = 0, absolutes: Double = 0
        for parameter in parameters where parameter.role == .weight {
            let w = parameter.value.data
            for i in 0..<parameter.value.count {
                squares += Double(w[i] * w[i])
                absolutes += Double(abs(w[i]))
            }
        }
        return 0.5 * Double(l2) * squares + Double(l1) * absolutes
    }

    /// Adds the penalty's gradient to each weight's gradient.
    public func addGradient(_ parameters: [Parameter]) {
        guard isActive else { return }
        for parameter in parameters where parameter.role == .weight {
            parameter.nonzeroGradientRows = nil
            let w = parameter.value.data, g = parameter.gradient.data
            let l2 = self.l2, l1 = self.l1
            for i in 0..<parameter.value.count {
                let sign: Float = w[i] > 0 ? 1 : (w[i] < 0 ? -1 : 0)
                g[i] += l2 * w[i] + l1 * sign
            }
        }
    }
}
