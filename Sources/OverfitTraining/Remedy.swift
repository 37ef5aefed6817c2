/// What a knob does against overfitting, for the diagnosis to compute advice from: the kind of
/// remedy, and which way to turn it to reduce overfitting.
public struct Remedy: Equatable, Sendable {
    public enum Role: String, CaseIterable, Sendable {
        /// More (or more varied) training images: train_size, augment.
        case data
        /// How much the network can memorise: layers.
        case capacity
        /// A brake on the weights or units: weight_decay, l1, dropout, dropconnect, batchnorm.
        case regulariser
        /// How long the network trains: epochs, early stopping.
        case budget
        /// How the steps are taken (lr, batch, optimizer): it decides whether training works at
        /// all, with no one direction against overfitting.
        case optimisation
    }

    /// The way to turn the knob that reduces overfitting.
    public enum Direction: String, Sendable {
        case raise, lower
        /// From its default (off, none, 0) to a setting that acts.
        case turnOn = "turn on"
    }

    public let role: Role
    /// Nil where no one direction reduces overfitting.
    public let against: Direction?

    public init(_ role: Role, against: Direction?) {
        self.role = role
        self.against = against
    }
}
