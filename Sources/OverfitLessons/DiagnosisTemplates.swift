/// The diagnosis's words, read from `lessons/diagnosis.txt` so that a teacher can reword them
/// without Swift: one section per verdict (what the run shows), one per verdict's advice (the
/// changes to try, listed where `{advice}` stands), and the sentences they are made of. The
/// tutor chooses the sections and fills the placeholders; each section may use only its own.
public struct DiagnosisTemplates: Sendable, Equatable {
    public enum Key: String, CaseIterable, Sendable {
        case overfitting, collapsed, underfitting, diverged, unstable, healthy
        case tooFewSteps = "too-few-steps"
        case interrupted
        case evaluationMistake = "evaluation-mistake"
        case noEpochs = "no-epochs"
        case randomLabels = "random-labels"
        case overfittingTry = "overfitting-try"
        case collapsedTry = "collapsed-try"
        case tooFewStepsTry = "too-few-steps-try"
        case divergedTry = "diverged-try"
        case unstableTry = "unstable-try"
        case unstableFittedTry = "unstable-fitted-try"
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
        case gapReversed = "gap-reversed"
        case bestElsewhere = "best-elsewhere"
        case heldBack = "held-back"
        case heldBackTry = "held-back-try"
        case sharedStatistics = "shared-statistics"
        case keptByRules = "kept-by-rules"
        // `compare`'s verdict on seed noise: typed placeholders, every one of them used.
        case compareNone = "compare-none"
        case compareClearBetter = "compare-clear-better"
        case compareClearWorse = "compare-clear-worse"
        case compareNoise = "compare-noise"
        case compareNoSpreadSame = "compare-no-spread-same"
        case compareNoSpreadDiffer = "compare-no-spread-differ"
        case compareOneSide = "compare-one-side"
        case compareBothSides = "compare-both-sides"
        case compareMeasuredClear = "compare-measured-clear"
        case compareMeasuredSettle = "compare-measured-settle"
        case compareMeasuredNever = "compare-measured-never"
        // A repeated run's diagnosis, and whether a run that followed an advice kept its promise.
        case overTheMean = "over-the-mean"
        case adviceKept = "advice-kept"
        case adviceNoise = "advice-noise"
        case adviceBroken = "advice-broken"
        case adviceCost = "advice-cost"
        case adviceUnmoved = "advice-unmoved"

        /// The typed placeholders of a `compare-*` section (nil for the diagnosis's own, whose
        /// values are words already): each must appear in the section, and nothing else may.
        public var verdictPlaceholders: [(name: String, kind: VerdictValue.Kind)]? {
            let runs: [(String, VerdictValue.Kind)] = [("a", .label), ("b", .label)]
            let interval: [(String, VerdictValue.Kind)] =
                runs + [("difference", .signedPoints), ("low", .signedPoints), ("high", .signedPoints)]
            let seeds: [(String, VerdictValue.Kind)] = [("seeds_a", .count), ("seeds_b", .count)]
            let measured: [(String, VerdictValue.Kind)] =
                interval + [("alone", .words), ("how", .words), ("spread", .points), ("half", .points)]
            let followed: [(String, VerdictValue.Kind)] = [
                ("run", .label), ("before", .label), ("advice", .words), ("promise", .words),
                ("seeds_before", .count), ("seeds_after", .count), ("difference", .signedPoints),
                ("low", .signedPoints), ("high", .signedPoints),
            ]
            switch self {
            case .compareNone: return runs
            case .compareClearBetter, .compareClearWorse, .compareNoise:
                return interval + seeds + [("degrees", .degrees)]
            case .compareNoSpreadSame, .compareNoSpreadDiffer: return runs + [("difference", .signedPoints)] + seeds
            case .compareOneSide: return [("run", .label)]
            case .compareBothSides: return runs
            case .compareMeasuredClear: return measured
            case .compareMeasuredSettle: return measured + [("repeats", .count)]
            case .compareMeasuredNever: return measured + [("max_repeats", .count)]
            case .overTheMean: return [("seeds", .count), ("diagnosis", .words)]
            case .adviceKept, .adviceNoise, .adviceBroken: return followed
            case .adviceUnmoved: return Array(followed.prefix(6))
            case .adviceCost:
                return followed + [
                    ("test_difference", .signedPoints), ("test_low", .signedPoints), ("test_high", .signedPoints),
                ]
            default: return nil
            }
        }

        /// The placeholders the section may use.
        public var placeholders: [String] {
            if let typed = verdictPlaceholders { return typed.map(\.name) }
            let figures = ["train_acc", "test_acc", "gap", "train_loss", "test_loss", "epochs", "steps"]
            switch self {
            case .overfitting: return figures + ["details"]
            case .collapsed: return figures + ["brakes", "chance_loss", "digit", "digit_share"]
            case .tooFewSteps: return figures + ["few_steps", "batch"]
            case .interrupted: return figures + ["planned_epochs"]
            case .diverged: return ["epoch", "batch_number", "lr", "steps"]
            case .unstable: return figures + ["peak_train_acc", "peak_epoch", "low_train_acc", "low_epoch"]
            case .underfitting, .healthy, .randomLabels: return figures
            case .evaluationMistake: return figures + ["mistake"]
            case .noEpochs, .nothingToTry: return []
            case .overfittingTry, .collapsedTry, .tooFewStepsTry, .divergedTry, .unstableTry, .unstableFittedTry,
                .underfittingTry, .evaluationMistakeTry, .heldBackTry:
                return ["advice", "which"]
            case .memorised: return ["perfect_epoch"]
            case .touchedPerfect: return ["perfect_epoch", "train_acc"]
            case .earlyStopped: return ["restored_epoch"]
            case .turnRose, .turnFell, .turnHeld:
                return [
                    "lowest_loss_epoch", "lowest_loss", "gap_widened", "test_acc_then", "test_acc", "best_elsewhere",
                ]
            case .gapWidened, .gapReversed: return ["gap_then", "gap"]
            case .bestElsewhere: return ["best_test_acc", "best_epoch"]
            case .heldBack: return ["brakes", "train_acc"]
            case .sharedStatistics: return ["train_acc"]
            case .keptByRules: return ["knobs"]
            default: return []
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
        let texts = try SectionedTemplates.parse(
            text, file: file, placeholders: Key.allCases.map { ($0.rawValue, $0.placeholders) }, kind: "section")
        // A verdict that leaves out one of its figures would print a sentence without its number.
        for key in Key.allCases {
            guard let typed = key.verdictPlaceholders, let section = texts[key.rawValue] else { continue }
            let used = (try? Template.placeholders(in: section)) ?? []
            if let missing = typed.first(where: { !used.contains($0.name) }) {
                throw LessonError(
                    file: file, line: SectionedTemplates.line(of: "== \(key.rawValue)", in: text),
                    message:
                        "`\(key.rawValue)` does not use `{\(missing.name)}` (\(missing.kind.rawValue)); it must use every one of \(typed.map { "{\($0.name)}" }.joined(separator: ", "))"
                )
            }
        }
        return DiagnosisTemplates(texts: texts)
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// A `compare-*` section filled from typed values; nil if the file has no such section.
    /// Every value must be of the kind the section declares, and every placeholder given.
    public func text(_ key: Key, typed values: [String: VerdictValue]) -> String? {
        let declared = key.verdictPlaceholders ?? []
        for (name, kind) in declared {
            precondition(values[name]?.kind == kind, "`\(key.rawValue)` takes {\(name)} as \(kind.rawValue)")
        }
        return text(key, values: values.mapValues(\.text))
    }

    /// The placeholders the file's section uses, in order (none when it has no such section).
    public func placeholders(_ key: Key) -> [String] {
        texts[key.rawValue].flatMap { try? Template.placeholders(in: $0) } ?? []
    }

    /// The section with its placeholders filled, paragraphs joined into one; nil if the file
    /// has no such section.
    public func text(_ key: Key, values: [String: String]) -> String? {
        texts[key.rawValue].map { Template.fill($0, values: values).split(separator: "\n").joined(separator: " ") }
    }
}
