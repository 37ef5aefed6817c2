import OverfitData

/// How the training images are multiplied or varied before training (the lab slides' data
/// augmentation, beside their remedy 1).
public enum Augmentation: Equatable, Sendable {
    /// Train on the images as they are.
    case none
    /// Add a rotated copy of every image at each of `-a` and `+a` for every angle `a`, once, before
    /// training: the lab slides' ±15°, ±30° turn 300 images into 1,500.
    case rotate(angles: [Double])
    /// Every epoch, each image is rotated by a random angle in [-maxDegrees, maxDegrees] and shifted
    /// by up to `maxShift` pixels: fresh variations instead of fixed copies.
    case random(maxDegrees: Double, maxShift: Int)

    public static let defaultRotation = Augmentation.rotate(angles: [15, 30])
    public static let defaultRandom = Augmentation.random(maxDegrees: 15, maxShift: 2)

    /// The words `set augment` starts with, for completion.
    public static let modes = ["none", "rotate", "random"]
    /// What `set augment` takes, in words.
    public static var allowed: String { allowedPhrase.english }
    /// What `set augment` takes, as a phrase the tutor translates.
    static let allowedPhrase = Phrase(
        .allowedAugment, english: "none, rotate, rotate:A,B,…, random or random:DEGREES,SHIFT")
    /// Rotation angles in degrees: ±180° would be the same copy twice.
    static let angles = Interval(0, 180, includesLow: false, includesHigh: false)
    static let angleCount = 1...8
    static let randomDegrees = Interval(0, 180)
    static let randomShift = 0...10

    /// The signed angles of the copies, in the lab slides' order: -15, -30, +15, +30.
    public var rotationAngles: [Double] {
        guard case .rotate(let angles) = self else { return [] }
        return angles.map { -$0 } + angles
    }

    /// Written the way `set augment` accepts it.
    public var text: String {
        switch self {
        case .none: return "none"
        case .rotate(let angles): return "rotate:" + angles.map(KnobParsing.format).joined(separator: ",")
        case .random(let degrees, let shift): return "random:\(KnobParsing.format(degrees)),\(shift)"
        }
    }

    static func parse(_ text: String) throws(HintedError) -> Augmentation {
        let hint = Phrase(
            .hintAugment,
            english:
                "e.g. set augment rotate (±15°, ±30° copies), set augment rotate:10,20, set augment random:15,2, set augment none"
        )
        let parts = text.trimmingCharacters(in: String.whitespace).lowercased().split(separator: ":", maxSplits: 1).map(
            String.init)
        let arguments =
            parts.count > 1
            ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: String.whitespace)
            } : []
        switch parts.first ?? "" {
        case "none" where parts.count == 1:
            return .none
        case "rotate":
            if parts.count == 1 { return defaultRotation }
            var turns: [Double] = []
            for argument in arguments {
                guard let angle = Double(argument), angles.contains(angle) else {
                    throw HintedError(
                        Phrase(
                            .errorAugmentAngles, ["range": .text(angles.text), "got": .text("`\(argument)`")],
                            english: "augment rotate takes angles in \(angles.text) degrees (got `\(argument)`)"),
                        hint: hint)
                }
                turns.append(angle)
            }
            guard angleCount.contains(turns.count) else {
                let (low, high) = (angleCount.lowerBound, angleCount.upperBound)
                throw HintedError(
                    Phrase(
                        .errorAugmentAngleCount,
                        ["low": .text(String(low)), "high": .text(String(high)), "got": .text(String(turns.count))],
                        english: "augment rotate takes \(low) to \(high) angles (got \(turns.count))"),
                    hint: hint)
            }
            return .rotate(angles: turns)
        case "random":
            if parts.count == 1 { return defaultRandom }
            guard arguments.count == 2, let degrees = Double(arguments[0]), randomDegrees.contains(degrees),
                let shift = Int(arguments[1]), randomShift.contains(shift)
            else {
                let shift = "[\(randomShift.lowerBound), \(randomShift.upperBound)]"
                throw HintedError(
                    Phrase(
                        .errorAugmentRandom,
                        ["degrees": .text(randomDegrees.text), "shift": .text(shift), "got": .text("`\(text)`")],
                        english:
                            "augment random takes MAX_DEGREES in \(randomDegrees.text) and MAX_SHIFT in \(shift) pixels (got `\(text)`)"
                    ),
                    hint: hint)
            }
            return .random(maxDegrees: degrees, maxShift: shift)
        default:
            throw HintedError(KnobDomain.notAllowed("augment", allowedPhrase, got: "`\(text)`"), hint: hint)
        }
    }
}
