import Foundation

/// A figure as a sentence prints it, with where it came from: which run (by the lesson's name
/// for it, when it has one), which epoch, which measure and so which test images. Prose that
/// prints a run's figure records one while a `CitationLog` listens (`check-lessons` does), so the
/// narration audit can look each printed figure up in the run it names and find it there, at
/// that epoch, on the same test images as the figures printed beside it.
public struct CitedFigure: Sendable, Equatable {
    public enum Measure: String, Sendable, CaseIterable {
        case trainAccuracy = "train accuracy"
        case testAccuracy = "test accuracy"
        case validationAccuracy = "validation accuracy"
        case gap = "train-test gap"
        case trainLoss = "train loss"
        case testLoss = "test loss"

        /// The measure in one epoch's metrics; nil where the epoch has none (no validation split).
        public func value(_ metrics: EpochMetrics) -> Double? {
            switch self {
            case .trainAccuracy: return metrics.trainAccuracy
            case .testAccuracy: return metrics.testAccuracy
            case .validationAccuracy: return metrics.validationAccuracy
            case .gap: return metrics.gap
            case .trainLoss: return metrics.trainLoss
            case .testLoss: return metrics.testLoss
            }
        }

        /// Whether it is measured on the test images (the gap subtracts a test figure).
        public var onTestImages: Bool { [.testAccuracy, .testLoss, .gap].contains(self) }

        /// Accuracies and the gap print in percent or points; losses as they are.
        public var isFraction: Bool { ![.trainLoss, .testLoss].contains(self) }
    }

    /// One run's measure at one epoch.
    public struct Term: Sendable, Equatable {
        /// The lesson's name for the run; nil for the run a report is about (its diagnosis).
        public let run: String?
        public let history: [EpochMetrics]
        public let epoch: Int
        public let measure: Measure

        public init(run: String?, history: [EpochMetrics], epoch: Int, measure: Measure) {
            self.run = run
            self.history = history
            self.epoch = epoch
            self.measure = measure
        }

        public var metrics: EpochMetrics? { history.first { $0.epoch == epoch } }

        /// How many test images the epoch measured: nil for all of them.
        public var sampledTestImages: Int? { metrics?.sampledTestImages }
    }

    /// One term, or two for a difference (the first minus the second).
    public let terms: [Term]
    /// The words printed for it: `76.37%`, `+2.90 points`, `0.4121`.
    public let text: String

    public init(_ terms: [Term], text: String) {
        self.terms = terms
        self.text = text
    }

    /// Records the figure in the listening log, if any; returns `text` for the caller to print.
    @discardableResult
    public static func cite(_ terms: [Term], text: String) -> String {
        CitationLog.current?.append(CitedFigure(terms, text: text))
        return text
    }

    /// A run's figure at the epoch it describes (`result.final`'s), recorded as printed.
    @discardableResult
    public static func cite(
        _ measure: Measure, of result: RunResult, run: String?, epoch: Int? = nil, text: String
    ) -> String {
        guard let epoch = epoch ?? result.final?.epoch else { return text }
        return cite([Term(run: run, history: result.history, epoch: epoch, measure: measure)], text: text)
    }
}

/// Where prose's figures are recorded while something listens: `withValue` around the work.
public final class CitationLog: @unchecked Sendable {
    @TaskLocal public static var current: CitationLog?

    private let lock = NSLock()
    private var figures: [CitedFigure] = []

    public init() {}

    func append(_ figure: CitedFigure) {
        lock.lock()
        figures.append(figure)
        lock.unlock()
    }

    /// The figures recorded since the last `take`, which empties the log.
    public func take() -> [CitedFigure] {
        lock.lock()
        defer { lock.unlock() }
        let taken = figures
        figures = []
        return taken
    }
}
