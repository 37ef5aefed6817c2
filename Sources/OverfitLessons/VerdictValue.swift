import Foundation
import OverfitTraining

/// A figure for one of `compare`'s verdict sentences (`lessons/diagnosis.txt`, sections
/// `compare-*`), typed so that the way it is written is decided here, once: a section's
/// placeholders each declare their kind, and a value of another kind is a programmer's mistake.
public enum VerdictValue: Sendable, Equatable {
    /// A run's name as `compare` shows it: `run 2`, or a lesson's `base`.
    case label(String)
    /// A difference of accuracies (a fraction), in signed points: `+1.23`, `-0.45`.
    case signedPoints(Double)
    /// A spread or half-width (a fraction), in unsigned points: `1.14`.
    case points(Double)
    /// A number of seeds or repeats.
    case count(Int)
    /// Welch–Satterthwaite degrees of freedom, to one decimal: `6.9`.
    case degrees(Double)
    /// Words: what a spread was measured on, or a phrase made from another section.
    case words(String)

    /// The kinds of value, as a section declares its placeholders.
    public enum Kind: String, Sendable {
        case label, signedPoints = "signed points", points, count, degrees, words
    }

    public var kind: Kind {
        switch self {
        case .label: return .label
        case .signedPoints: return .signedPoints
        case .points: return .points
        case .count: return .count
        case .degrees: return .degrees
        case .words: return .words
        }
    }

    /// The value as the sentence shows it.
    public var text: String {
        switch self {
        case .label(let text), .words(let text): return text
        case .signedPoints(let fraction): return FigureFormat.points(fraction)
        case .points(let fraction): return FigureFormat.points(fraction, signed: false)
        case .count(let number): return String(number)
        case .degrees(let degrees): return String(format: "%.1f", degrees)
        }
    }
}
