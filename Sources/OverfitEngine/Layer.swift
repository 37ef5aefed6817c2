/// Whether a forward pass trains (dropout masks, batch statistics) or evaluates.
public enum Mode: Sendable {
    case training
    case evaluation
}

/// One learnable tensor and the gradient the last backward pass left for it.
public final class Parameter: @unchecked Sendable {
    /// What the tensor is: weight decay and L1 act on `weight` only, as in the sources.
    public enum Role: Sendable { case weight, bias, scale, shift }

    public let role: Role
    public let value: Matrix
    public let gradient: Matrix
    /// Which rows of `gradient` may be nonzero, one bit per row (bit r % 64 of word r / 64), when
    /// the layer that wrote it knows: a sparse first layer's weight, whose rows are the pixels and
    /// whose gradient is +0 in every row no image of the batch lit. nil: any row. Every row outside
    /// the set holds +0, so the gradient is whole either way; plain SGD updates only the set's rows
    /// (w − lr·(+0) is w, bit for bit), and the layer zeroes only them before the next batch.
    public var nonzeroGradientRows: [UInt64]?

    public init(role: Role, value: Matrix) {
        self.role = role
        self.value = value
        gradient = Matrix(rows: value.rows, cols: value.cols)
    }
}

/// A step of the network: `forward(x, mode)` and `backward(dout)` side by side.
///
/// Shapes: a batch is N rows; `forward` maps N×inputs to N×outputs and returns a matrix the layer
/// owns, valid until its next forward. `backward` takes dLoss/dOutput (N×outputs), stores the
/// parameter gradients, and returns dLoss/dInput (N×inputs), also owned by the layer.
public protocol Layer: AnyObject {
    var inputs: Int { get }
    var outputs: Int { get }
    var parameters: [Parameter] { get }
    func forward(_ input: Matrix, mode: Mode) -> Matrix
    func backward(_ gradient: Matrix) -> Matrix
    /// A copy with the same parameters and state, sharing nothing with this layer.
    func clone() -> Layer
    /// Sizes the buffers `infer` writes for a batch of `rows` images (called before the threads
    /// of `Network.infer` start, so they only ever write rows, never reshape).
    func prepareInference(rows: Int)
    /// The evaluation-mode forward pass over the rows `rows` of `input`: what
    /// `forward(input, mode: .evaluation)` computes for them. Several threads call it at once on
    /// disjoint row ranges. A layer may overwrite those rows of `input` and return it.
    func infer(_ input: Matrix, rows: Range<Int>) -> Matrix
}
