/// The name of every knob, typed: code that means a knob says `.learningRate`, never the string
/// `"lr"`, so a misspelt knob is a compile error rather than advice silently dropped. The raw value
/// is the name a learner types, `show` prints and session files hold; `RunConfig.knob(_:)` is the
/// one declaration of each.
public enum KnobID: String, CaseIterable, Sendable {
    case dataset
    case trainSize = "train_size"
    case subset
    case labelNoise = "label_noise"
    case layers
    case activation
    case initialisation = "init"
    case optimizer
    case learningRate = "lr"
    case momentum
    case batch
    case epochs
    case weightDecay = "weight_decay"
    case l1
    case dropout
    case dropConnect = "dropconnect"
    case batchNorm = "batchnorm"
    case batchNormEvaluation = "bn_eval"
    case batchNormShared = "bn_shared"
    case augment
    case validationSize = "val_size"
    case patience
    case evaluationPixels = "eval_pixels"
    case testEvaluation = "test_eval"
    case seed
    case repeats
}

/// Alphabetical by name, for lists a learner reads (`batchnorm, dropout`).
extension KnobID: Comparable {
    public static func < (left: KnobID, right: KnobID) -> Bool { left.rawValue < right.rawValue }
}
