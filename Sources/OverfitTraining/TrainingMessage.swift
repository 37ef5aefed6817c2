/// Every sentence OverfitTraining says to a learner (its errors, their hints and the words inside
/// them), by its key in the tutor's catalogue (`lessons/messages.txt`), with the placeholders it
/// fills. Typed, so a phrase can only name one of these; a test holds each to a
/// `TutorMessages.Key` with the same placeholders, so a sentence without a translation fails CI.
public enum TrainingMessage: String, CaseIterable, Sendable {
    // What a knob's domain allows, in words.
    case allowedWhole = "allowed.whole"
    case allowedReal = "allowed.real"
    case allowedWord = "allowed.word"
    case allowedChoice = "allowed.choice"
    case allowedLayers = "allowed.layers"
    case allowedAugment = "allowed.augment"
    case allowedAllOr = "allowed.all-or"
    case allowedDataset = "allowed.dataset"
    // A value a knob does not take.
    case errorKnobNotAllowed = "error.knob-not-allowed"
    case errorKnobRange = "error.knob-range"
    case errorKnobOneOf = "error.knob-one-of"
    case hintKnobExample = "hint.knob-example"
    case errorDatasetEmpty = "error.dataset-empty"
    case errorDatasetPathLong = "error.dataset-path-long"
    case errorDatasetPathControl = "error.dataset-path-control"
    // Reading `set` and its settings.
    case errorKnobTwice = "error.knob-twice"
    case hintKnobOnce = "hint.knob-once"
    case errorKnobNeedsValue = "error.knob-needs-value"
    case errorSetNeeds = "error.set-needs"
    case hintSetNeeds = "hint.set-needs"
    case errorUnknownKnob = "error.unknown-knob"
    case errorUnknownKnobSuggest = "error.unknown-knob.suggest"
    case hintShowListsKnobs = "hint.show-lists-knobs"
    case errorUnclosedQuote = "error.unclosed-quote"
    case hintUnclosedQuote = "hint.unclosed-quote"
    // `layers` and `augment`.
    case phraseLayersPosition = "phrase.layers-position"
    case phraseEmptyItem = "phrase.empty-item"
    case errorLayersOrder = "error.layers-order"
    case errorLayersItem = "error.layers-item"
    case errorLayersStages = "error.layers-stages"
    case errorLayersWidths = "error.layers-widths"
    case errorConvChannels = "error.conv-channels"
    case errorConvKernel = "error.conv-kernel"
    case errorLayersShrinkPool = "error.layers-shrink-pool"
    case errorLayersShrinkKernel = "error.layers-shrink-kernel"
    case hintLayersShape = "hint.layers-shape"
    case errorAugmentAngles = "error.augment-angles"
    case errorAugmentAngleCount = "error.augment-angle-count"
    case errorAugmentRandom = "error.augment-random"
    case hintAugment = "hint.augment"
    // Knobs that do not go together, and runs that cannot start.
    case errorValSizeTooBig = "error.val-size-too-big"
    case errorBatchnormBatch = "error.batchnorm-batch"
    case hintBatchnormBatch = "hint.batchnorm-batch"
    case errorBnSharedWidths = "error.bn-shared-widths"
    case hintBnSharedWidths = "hint.bn-shared-widths"
    case errorRepeatsPastSeed = "error.repeats-past-seed"
    case hintRepeatsPastSeed = "hint.repeats-past-seed"
    case errorPatienceNoValidation = "error.patience-no-validation"
    case hintPatienceNoValidation = "hint.patience-no-validation"
    case errorTestEvalSampled = "error.test-eval-sampled"
    case errorTrainSizeDataset = "error.train-size-dataset"
    case errorCannotLoadDataset = "error.cannot-load-dataset"
    case errorSeedDidNotRun = "error.seed-did-not-run"
    case hintRunAgain = "hint.run-again"
    // Notes after `set`: a knob the others leave without effect.
    case noteConvolutionNoDense = "note.convolution-no-dense"
    case noteConvolutionDenseOnly = "note.convolution-dense-only"
    case noteIdleBatchnormOff = "note.idle-batchnorm-off"
    case noteIdleNoLayers = "note.idle-no-layers"
    case noteIdleMomentum = "note.idle-momentum"
    // A run past the memory budget: its parts, the budget's origin, and what to turn.
    case errorMemoryBudget = "error.memory-budget"
    case hintMemoryBudget = "hint.memory-budget"
    case phraseMemoryPart = "phrase.memory-part"
    case phraseMemoryPair = "phrase.memory-pair"
    case phraseMemorySeeds = "phrase.memory-seeds"
    case partLoadedImages = "part.loaded-images"
    case partTrainingImages = "part.training-images"
    case partWeights = "part.weights"
    case partBatch = "part.batch"
    case partEvaluation = "part.evaluation"
    case partProgram = "part.program"
    case budgetHalfRAM = "budget.half-ram"
    case budgetReplay = "budget.replay"
    case remedyBatch = "remedy.batch"
    case remedyTrainSize = "remedy.train-size"
    case remedyLayers = "remedy.layers"
    case remedyDatasetMnist = "remedy.dataset-mnist"
    case remedyDataset = "remedy.dataset"
    case remedyAny = "remedy.any"

    /// The names the sentence fills, sorted.
    public var placeholders: [String] {
        switch self {
        case .allowedWhole, .allowedAllOr: return ["high", "low"]
        case .allowedReal: return ["interval"]
        case .allowedWord: return ["word"]
        case .allowedChoice: return ["last", "others"]
        case .allowedLayers: return ["high", "low", "stages", "widths"]
        case .errorKnobNotAllowed: return ["allowed", "got", "knob"]
        case .errorKnobRange: return ["got", "knob", "range"]
        case .errorKnobOneOf: return ["got", "knob", "words"]
        case .hintKnobExample: return ["example", "knob"]
        case .errorDatasetEmpty: return ["knob"]
        case .errorDatasetPathLong: return ["got", "knob", "limit"]
        case .errorDatasetPathControl: return ["got", "knob"]
        case .errorKnobTwice: return ["first", "knob", "second"]
        case .hintKnobOnce: return ["knob", "value"]
        case .errorKnobNeedsValue: return ["allowed", "knob"]
        case .errorUnknownKnob: return ["name"]
        case .errorUnknownKnobSuggest: return ["name", "suggestion"]
        case .errorUnclosedQuote: return ["line"]
        case .phraseLayersPosition: return ["index", "text"]
        case .errorLayersOrder: return ["after", "got", "position"]
        case .errorLayersItem: return ["got", "position"]
        case .errorLayersStages, .errorLayersWidths: return ["got", "limit"]
        case .errorConvChannels, .errorConvKernel: return ["got", "high", "low", "position"]
        case .errorLayersShrinkPool, .errorLayersShrinkKernel: return ["kernel", "path", "position", "size", "stage"]
        case .hintLayersShape: return ["layers"]
        case .errorAugmentAngles: return ["got", "range"]
        case .errorAugmentAngleCount: return ["got", "high", "low"]
        case .errorAugmentRandom: return ["degrees", "got", "shift"]
        case .errorValSizeTooBig: return ["train_size", "val_size"]
        case .errorBatchnormBatch: return ["batch", "images"]
        case .errorBnSharedWidths: return ["layers"]
        case .errorRepeatsPastSeed: return ["largest", "repeats", "seed"]
        case .hintPatienceNoValidation: return ["train_size"]
        case .errorTestEvalSampled: return ["got"]
        case .errorTrainSizeDataset: return ["available", "train_size"]
        case .errorCannotLoadDataset: return ["dataset", "error"]
        case .errorSeedDidNotRun: return ["seed"]
        case .noteConvolutionNoDense, .noteConvolutionDenseOnly: return ["knob", "stages"]
        case .noteIdleBatchnormOff, .noteIdleNoLayers: return ["knob"]
        case .noteIdleMomentum: return ["optimizer"]
        case .errorMemoryBudget: return ["budget", "need", "origin", "parts"]
        case .hintMemoryBudget: return ["enough", "remedy"]
        case .phraseMemoryPart: return ["part", "size"]
        case .phraseMemoryPair: return ["first", "second"]
        case .phraseMemorySeeds: return ["part", "seeds"]
        case .remedyBatch: return ["batch"]
        case .remedyTrainSize: return ["train_size"]
        case .remedyLayers: return ["layers"]
        case .partLoadedImages, .partTrainingImages, .partWeights, .partBatch, .partEvaluation, .partProgram,
            .budgetHalfRAM, .budgetReplay, .remedyDatasetMnist, .remedyDataset, .remedyAny:
            return []
        case .allowedAugment, .allowedDataset, .errorSetNeeds, .hintSetNeeds, .hintShowListsKnobs,
            .hintUnclosedQuote, .phraseEmptyItem, .hintAugment, .hintBatchnormBatch, .hintBnSharedWidths,
            .hintRepeatsPastSeed, .errorPatienceNoValidation, .hintRunAgain:
            return []
        }
    }
}
