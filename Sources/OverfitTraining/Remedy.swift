/// What a knob does against overfitting, for the diagnosis to compute advice from: the kind of
/// remedy, which way to turn it to reduce overfitting, and how far one step goes.
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
    /// The value that turns the knob on from off (dropout 0.2, augment rotate), if it can be.
    public let first: KnobValue?
    /// One step up multiplies a number by this, one step down divides by it (lr and λ by 10,
    /// dropout by 2): a step from the run's own value, never a jump to a fixed one.
    public let factor: Double?

    public init(_ role: Role, against: Direction?, first: KnobValue? = nil, factor: Double? = nil) {
        self.role = role
        self.against = against
        self.first = first
        self.factor = factor
    }

    /// `value` moved one step `up` or down, kept within `domain`; nil where it cannot move
    /// (already at the limit, or not a number).
    public func step(_ value: KnobValue, up: Bool, domain: KnobDomain) -> KnobValue? {
        guard let factor else { return nil }
        switch (value, domain) {
        case (.real(let number), .real(let interval)):
            guard number > 0 else { return nil }
            let moved = Self.significant(up ? number * factor : number / factor)
            let kept = min(max(moved, interval.low), interval.high)
            guard kept != number, interval.contains(kept) else { return nil }
            return .real(kept)
        case (.whole(let number), .whole(let range)):
            let moved = up ? Int((Double(number) * factor).rounded()) : Int((Double(number) / factor).rounded())
            let kept = min(max(moved, range.lowerBound), range.upperBound)
            return kept == number ? nil : .whole(kept)
        default:
            return nil
        }
    }

    /// `value` to three significant digits, so that 0.3 / 10 reads 0.03, not 0.030000000000000002.
    static func significant(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        var scale = 1.0
        while abs(value) * scale < 100 { scale *= 10 }
        while abs(value) * scale >= 1000 { scale /= 10 }
        return (value * scale).rounded() / scale
    }
}
