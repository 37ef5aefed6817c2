import OverfitData
import OverfitLessons
import OverfitTraining

/// A lesson read as a learner reads it: a real session, at a given width, where the learner
/// starts the lesson, presses Enter at every step and gives each prediction the first answer it
/// takes. `check-lessons` walks every lesson this way for every seed it checks, and audits each
/// figure the text prints (`NarrationAudit`).
public enum LessonWalk {
    /// What one line typed printed, and the figures its prose cited.
    public struct Block: Sendable {
        public let typed: String
        public let output: String
        /// What the session printed as an error: a lesson's own step should never fail.
        public let errors: String
        public let figures: [CitedFigure]
    }

    public static func walk(
        _ lesson: Lesson, library: LessonLibrary, backend: TrainingBackend, language: Language = .english,
        width: Int = 110, isCancelled: @escaping () -> Bool = { false }
    ) -> [Block] {
        let terminal = CaptureTerminal(width: width, isCancelled: isCancelled)
        let session = Session(terminal: terminal, backend: backend)
        let guide = LessonGuide(library: library, progressPath: nil)
        session.guide = guide
        let log = CitationLog()
        var blocks: [Block] = []
        // A language the library lacks is a failed walk, not a silent walk in English.
        do { try session.choose(language: language) } catch {
            return [Block(typed: "lang \(language.rawValue)", output: "", errors: error.message, figures: [])]
        }
        func type(_ line: String) {
            CitationLog.$current.withValue(log) { _ = session.execute(line) }
            let (output, errors) = terminal.take()
            blocks.append(Block(typed: line, output: output, errors: errors, figures: log.take()))
        }
        type("lesson \(lesson.number)")
        // Each step takes a line or two (Enter, then the answer); more means the walk is stuck.
        var lines = lesson.steps.count * 3 + 10
        while lines > 0, guide.lesson?.number == lesson.number, guide.waiting != .finished, !isCancelled() {
            lines -= 1
            if case .prediction(let prediction) = guide.waiting {
                type(answer(prediction, language: session.language))
            } else {
                type("")
            }
        }
        return blocks
    }

    /// The first answer a prediction takes, in the language being walked: every kind is graded,
    /// right or wrong.
    static func answer(_ prediction: Prediction, language: Language = .english) -> String {
        switch prediction.kind {
        case .yesNo: return language == .korean ? "예" : "yes"
        case .direction: return language == .korean ? "높다" : "higher"
        case .nearer(let options): return options.first?.name ?? "higher"
        case .number: return "50"
        }
    }
}

/// A terminal that keeps what the session writes, at a fixed width, for a walk.
private final class CaptureTerminal: Terminal {
    let width: Int
    let isCancelled: () -> Bool
    private var output = ""
    private var errors = ""

    init(width: Int, isCancelled: @escaping () -> Bool) {
        self.width = width
        self.isCancelled = isCancelled
    }

    var isInteractive: Bool { false }
    var supportsColor: Bool { false }
    func readLine(prompt: String) -> String? { nil }
    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
    func interruptRequested() -> Bool { isCancelled() }
    func clearInterrupt() {}
    func showProgress(_ line: String) {}
    func clearProgress() {}

    func take() -> (output: String, errors: String) {
        defer {
            output = ""
            errors = ""
        }
        return (output, errors)
    }
}

/// The backend of a lesson check: every run under the seed being checked (a run with repeats
/// under that seed and the ones after it, as `LessonCheck` plans them), taken from the check's
/// cache when its claims already made it, so the walk reads the very runs the claims judged.
public final class LessonCheckBackend: TrainingBackend {
    private let trainers: Trainers
    private let cache: RunCache
    private let seed: UInt64
    /// Runs trained here because the check's cache did not have them (the walk made a run the
    /// lesson's plan did not): ideally none.
    public private(set) var trained: [RunConfig] = []

    public init(trainers: Trainers, cache: RunCache, seed: UInt64) {
        self.trainers = trainers
        self.cache = cache
        self.seed = seed
    }

    public var needsLoading: Bool { false }

    public func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws
        -> RunResult
    {
        try run(config, seed: seed, onEvent: onEvent, isCancelled: isCancelled)
    }

    public func trainSeeds(
        _ configs: [RunConfig], stops: [Int?], onReport: (SeedRunner.Report) -> Void, isCancelled: () -> Bool
    ) throws -> [RunResult] {
        try configs.enumerated().map { index, config in
            let result = try run(
                config, seed: seed &+ UInt64(index), onEvent: { onReport(.event(seed: index, $0)) },
                isCancelled: isCancelled)
            onReport(.finished(seed: index, result))
            return result
        }
    }

    private func run(
        _ config: RunConfig, seed: UInt64, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool
    ) throws -> RunResult {
        var seeded = config
        seeded.seed = seed
        if let cached = cache.result(for: seeded) {
            onEvent(.finished(cached))
            return cached
        }
        let result = try trainers.run(seeded, onEvent: onEvent, isCancelled: isCancelled)
        trained.append(seeded)
        cache.store(result)
        return result
    }

    public func testImages(of source: DatasetSource) throws -> Dataset {
        try trainers.trainer(for: source).data.test
    }

    public func trainingImages(of source: DatasetSource) throws -> Dataset {
        try trainers.trainer(for: source).data.train
    }
}
