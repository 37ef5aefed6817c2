/// How the training images are multiplied or varied before training (seed 004's remedy 2).
public enum Augmentation: Equatable, Sendable {
    /// Train on the images as they are.
    case none
    /// Add a rotated copy of every image at each of `-a` and `+a` for every angle `a`, once, before
    /// training: seed 004's ±15°, ±30° turns 300 images into 1,500.
    case rotate(angles: [Double])
    /// Every epoch, each image is rotated by a random angle in [-maxDegrees, maxDegrees] and shifted
    /// by up to `maxShift` pixels: fresh variations instead of fixed copies.
    case random(maxDegrees: Double, maxShift: Int)

    public static let defaultRotation = Augmentation.rotate(angles: [15, 30])
    public static let defaultRandom = Augmentation.random(maxDegrees: 15, maxShift: 2)

    /// The signed angles of the copies, in seed 004's order: -15, -30, +15, +30.
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

    static func parse(_ text: String) throws(ConfigError) -> Augmentation {
        let hint = "e.g. set augment rotate (±15°, ±30° copies), set augment rotate:10,20, set augment random:15,2, set augment none"
        let lowered = text.trimmingSpaces.lowercased()
        let parts = lowered.split(separator: ":", maxSplits: 1).map(String.init)
        let mode = parts.first ?? ""
        let arguments = parts.count > 1 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces } : []
        switch mode {
        case "none" where parts.count == 1:
            return .none
        case "rotate":
            if parts.count == 1 { return defaultRotation }
            var angles: [Double] = []
            for argument in arguments {
                // ±180° would be the same copy twice.
                guard let angle = Double(argument), angle.isFinite, angle > 0, angle < 180 else {
                    throw ConfigError("augment rotate takes angles in (0, 180) degrees (got `\(argument)`)", hint: hint)
                }
                angles.append(angle)
            }
            guard !angles.isEmpty, angles.count <= 8 else {
                throw ConfigError("augment rotate takes 1 to 8 angles (got \(angles.count))", hint: hint)
            }
            return .rotate(angles: angles)
        case "random":
            if parts.count == 1 { return defaultRandom }
            guard arguments.count == 2, let degrees = Double(arguments[0]), degrees.isFinite, (0...180).contains(degrees),
                  let shift = Int(arguments[1]), (0...10).contains(shift) else {
                throw ConfigError("augment random takes MAX_DEGREES in [0, 180] and MAX_SHIFT in [0, 10] pixels (got `\(text)`)", hint: hint)
            }
            return .random(maxDegrees: degrees, maxShift: shift)
        default:
            throw ConfigError("augment must be none, rotate[:ANGLES] or random[:DEGREES,SHIFT] (got `\(text)`)", hint: hint)
        }
    }
}
