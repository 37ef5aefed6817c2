import CKernels

/// Updates parameters from their gradients. State (velocities, moments) is kept per parameter,
/// in the order the parameters were given at creation.
public protocol Optimizer: AnyObject {
    func step()
}

/// Plain SGD, or with momentum as PyTorch defines it: v ← μ·v + g; w ← w − lr·v.
public final class SGD: Optimizer {
    public let learningRate: Float
    public let momentum: Float
    private let parameters: [Parameter]
    private var velocities: [Matrix]

    public init(parameters: [Parameter], learningRate: Float, momentum: Float = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        velocities = momentum > 0 ? parameters.map { Matrix(rows: $0.value.rows, cols: $0.value.cols) } : []
    }

    public func step() {
        for (index, parameter) in parameters.enumerated() {
            let w = parameter.value.data, g = parameter.gradient.data, count = parameter.value.count
            // Vectorised at the kernel path's width, the same bits on every path (CKernels).
            if momentum > 0 {
                overfit_momentum_update(
                    Engine.settings.path.code, w, velocities[index].data, g, learningRate, momentum, count)
            } else if let rows = parameter.nonzeroGradientRows {
                // The other rows' gradient is +0, and w − lr·(+0) is w: they are left as they are.
                let columns = parameter.value.cols
                rows.withUnsafeBufferPointer { bits in
                    overfit_sgd_update_rows(
                        Engine.settings.path.code, w, g, learningRate, columns, bits.baseAddress, parameter.value.rows)
                }
            } else {
                overfit_sgd_update(Engine.settings.path.code, w, g, learningRate, count)
            }
        }
    }
}

/// Adam (Kingma & Ba) with PyTorch's defaults β1 0.9, β2 0.999, ε 1e-8 and bias correction.
public final class Adam: Optimizer {
    public let learningRate: Float
    public let beta1: Float = 0.9
    public let beta2: Float = 0.999
    public let epsilon: Float = 1e-8
    private let parameters: [Parameter]
    private var firstMoments: [Matrix]
    private var secondMoments: [Matrix]
    /// β1^t and β2^t after t steps, kept as running products (in Double) rather than calling
    /// pow, whose last bit differs between C libraries.
    private var beta1Power = 1.0
    private var beta2Power = 1.0

    public init(parameters: [Parameter], learningRate: Float) {
        self.parameters = parameters
        self.learningRate = learningRate
        firstMoments = parameters.map { Matrix(rows: $0.value.rows, cols: $0.value.cols) }
        secondMoments = parameters.map { Matrix(rows: $0.value.rows, cols: $0.value.cols) }
    }

    public func step() {
        beta1Power *= Double(beta1)
        beta2Power *= Double(beta2)
        let correction1 = 1 - Float(beta1Power)
        let correction2 = 1 - Float(beta2Power)
        let stepSize = learningRate / correction1
        let b1 = beta1, b2 = beta2, eps = epsilon
        for (index, parameter) in parameters.enumerated() {
            let w = parameter.value.data, g = parameter.gradient.data, count = parameter.value.count
            let m = firstMoments[index].data, v = secondMoments[index].data
            for i in 0..<count {
                m[i] = b1 * m[i] + (1 - b1) * g[i]
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                w[i] -= stepSize * m[i] / ((v[i] / correction2).squareRoot() + eps)
            }
        }
    }
}
