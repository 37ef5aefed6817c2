import OverfitData

/// OverfitTraining's own sentences (`TrainingMessage`); the type is OverfitData's, whose errors
/// are phrases too.
extension Phrase {
    /// A sentence OverfitTraining says, with its values by placeholder name.
    init(_ message: TrainingMessage, _ values: [String: Value] = [:], english: String) {
        self.init(id: message.rawValue, values: values, english: english)
    }

    /// `e.g. set KNOB EXAMPLE`: the hint after most knob errors.
    static func example(_ knob: String, _ example: String) -> Phrase {
        Phrase(
            .hintKnobExample, ["knob": .text(knob), "example": .text(example)], english: "e.g. set \(knob) \(example)")
    }
}
