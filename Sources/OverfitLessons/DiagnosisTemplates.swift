/// The diagnosis's words, read from `lessons/diagnosis.txt` so that a teacher can reword them
/// without Swift: one section per verdict (what the run shows), one per verdict's advice (the
/// changes to try, listed where `{advice}` stands), and the sentences they are made of. The
/// tutor chooses the sections and fills the placeholders; each section may use only its own.
public struct DiagnosisTemplates: Sendable, Equatable {
    public enum Key: String, CaseIterable, Sendable {
        case overfitting, collapsed, underfitting, diverged, unstable, healthy
        case tooFewSteps = "too-few-steps"
        case evaluationMistake = "evaluation-mistake"
        case noEpochs = "no-epochs"
        case randomLabels = "random-labels"
        case overfittingTry = "overfitting-try"
        case collapsedTry = "collapsed-try"
        case tooFewStepsTry = "too-few-steps-try"
        case divergedTry = "diverged-try"
        case unstableTry = "unstable-try"
        case underfittingTry = "underfitting-try"
        case evaluationMistakeTry = "evaluation-mistake-try"
        case nothingToTry = "nothing-to-try"
        case memorised
        case touchedPerfect = "touched-perfect"
        case earlyStopped = "early-stopped"
        case turnRose = "turn-rose"
        case turnFell = "turn-fell"
        case turnHeld = "turn-held"
        case gapWidened = "gap-widened"
        case bestElsewhere = "best-elsewhere"
        case heldBack = "held-back"
        case heldBackTry = "held-back-try"
        case sharedStatistics = "shared-statistics"
        case keptByRules = "kept-by-rules"

        /// The placeholders the section may use.
        public var placeholders: [String] {
            let figures = ["train_acc", "test_acc", "gap", "train_loss", "test_loss", "epochs", "steps"]
            switch self {
            case .overfitting: return figures + ["details"]
            case .collapsed: return figures + ["brakes", "chance_loss", "digit", "digit_share"]
            case .tooFewSteps: return figures + ["few_steps", "batch"]
            case .diverged: return ["epoch", "batch_number", "lr", "steps"]
            case .unstable: return figures + ["peak_train_acc", "peak_epoch", "low_train_acc", "low_epoch"]
            case .underfitting, .healthy, .randomLabels: return figures
            case .evaluationMistake: return figures + ["mistake"]
            case .noEpochs, .nothingToTry: return []
            case .overfittingTry, .collapsedTry, .tooFewStepsTry, .divergedTry, .unstableTry, .underfittingTry,
                .evaluationMistakeTry, .heldBackTry:
                return ["advice", "which"]
            case .memorised: return ["perfect_epoch"]
            case .touchedPerfect: return ["perfect_epoch", "train_acc"]
            case .earlyStopped: return ["restored_epoch"]
            case .turnRose, .turnFell, .turnHeld:
                return [
                    "lowest_loss_epoch", "lowest_loss", "gap_widened", "test_acc_then", "test_acc", "best_elsewhere",
                ]
            case .gapWidened: return ["gap_then", "gap"]
            case .bestElsewhere: return ["best_test_acc", "best_epoch"]
            case .heldBack: return ["brakes", "train_acc"]
            case .sharedStatistics: return ["train_acc"]
            case .keptByRules: return ["knobs"]
            }
        }
    }

    /// The file in the lessons directory.
    public static let file = "diagnosis.txt"

    private let texts: [String: String]

    public init(texts: [String: String] = [:]) {
        self.texts = texts
    }

    /// Reads the file's text: an unknown section, a placeholder a section does not take, or a
    /// section given twice is reported with its line. Sections left out are allowed (the tutor
    /// then says less).
    public static func parse(_ text: String, file: String) throws(LessonError) -> DiagnosisTemplates {
        DiagnosisTemplates(
            texts: try SectionedTemplates.parse(
                text, file: file, placeholders: Key.allCases.map { ($0.rawValue, $0.placeholders) }, kind: "section"))
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// The section with its placeholders filled, paragraphs joined into one; nil if the file
    /// has no such section.
    public func text(_ key: Key, values: [String: String]) -> String? {
        texts[key.rawValue].map { Template.fill($0, values: values).split(separator: "\n").joined(separator: " ") }
    }
}
