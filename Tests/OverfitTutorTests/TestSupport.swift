import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A deterministic stand-in for the trainer: curves computed from the knobs, so transcripts do
/// not depend on the engine. lr ≥ 5 diverges in epoch 2; `interruptAfterEpoch` presses Ctrl-C.
final class FakeBackend: TrainingBackend {
    var needsLoading = false
    var interruptAfterEpoch: Int?
    weak var terminal: TranscriptTerminal?
    var failure: Error?
    private(set) var trainCalls = 0
    /// Called before each run trains (a test looks at what is on disk between seeds).
    var beforeTraining: ((RunConfig) -> Void)?
    let test: Dataset

    /// `testImages` test digits (12 by default; MNIST's 10,000 where a test needs full-size runs).
    init(testImages: Int = 12) {
        test = Synthetic.dataset(count: testImages, split: "test")
    }

    func train(_ config: RunConfig, onEvent: (TrainingEvent) -> Void, isCancelled: () -> Bool) throws -> RunResult {
        if let failure { throw failure }
        try config.validate()
        beforeTraining?(config)
        trainCalls += 1
        needsLoading = false
        onEvent(.started(epochs: config.epochs, batchesPerEpoch: 4, trainingImages: config.trainSize))
        var history: [EpochMetrics] = []
        var status = RunStatus.finished
        for epoch in 1...config.epochs {
            if isCancelled() { status = .cancelled; break }
            if config.learningRate >= 5 && epoch == 2 { status = .diverged(epoch: 2, batch: 3); break }
            onEvent(.batchProgress(epoch: epoch, batch: 2, batchesPerEpoch: 4))
            let metrics = Self.metrics(epoch: epoch, config: config)
            history.append(metrics)
            onEvent(.epochFinished(metrics))
            if epoch == interruptAfterEpoch { terminal?.pendingInterrupt = true }
        }
        let predictions = test.labels.enumerated().map { index, label in index % 4 == 0 ? (label + 3) % 10 : label }
        let result = RunResult(
            config: config, history: history, status: status, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: predictions, trainingImages: config.trainSize, totalSeconds: 1.5)
        onEvent(.finished(result))
        return result
    }

    /// The datasets whose test images were asked for, in order.
    var testSetsAskedFor: [DatasetSource] = []

    func testImages(of source: DatasetSource) throws -> Dataset {
        testSetsAskedFor.append(source)
        return test
    }

    /// Training images of their own (not the test images: `rotations` draws these).
    func trainingImages(of source: DatasetSource) throws -> Dataset { Synthetic.dataset(count: 12, split: "train") }

    /// Train accuracy climbs to 100% (slower with dropout); test accuracy levels off; test loss
    /// falls until epoch 4 and then rises: an overfitting run in miniature. With a validation
    /// split, validation accuracy is test accuracy plus 0.3 × (0.5 − dropout): the runs that
    /// rank highest on validation are the ones that do worst on the test set (a winner's curse).
    static func metrics(epoch: Int, config: RunConfig) -> EpochMetrics {
        let t = Double(epoch), keep = 1 - config.dropout
        let trainAccuracy = min(1, 0.5 + 0.125 * t * keep)
        let testAccuracy = 0.4 + 0.35 * (1 - 1 / (1 + t)) + 0.1 * config.dropout
        let testLoss = 1.2 - 0.2 * t + 0.025 * t * t
        let trainLoss = 2 / (1 + t * keep)
        let validated = config.validationSize > 0
        return EpochMetrics(
            epoch: epoch, trainLoss: trainLoss, trainPenalty: 0, trainAccuracy: trainAccuracy,
            validationLoss: validated ? testLoss : nil,
            validationAccuracy: validated ? testAccuracy + 0.3 * (0.5 - config.dropout) : nil, testLoss: testLoss,
            testAccuracy: testAccuracy, seconds: 0.25)
    }
}

/// Tiny 28×28 images made in code: a vertical bar (1), a ring (0), a diagonal (7).
enum Synthetic {
    static func dataset(count: Int, split: String) -> Dataset {
        var pixels: [UInt8] = []
        var labels: [UInt8] = []
        for index in 0..<count {
            let label = [1, 0, 7][index % 3]
            pixels += image(label: label, shift: index % 4 - 2)
            labels.append(UInt8(label))
        }
        return Dataset(
            source: "synthetic", split: split, provenance: "all \(count)", rows: 28, cols: 28, pixels: pixels,
            labels: labels)
    }

    static func image(label: Int, shift: Int) -> [UInt8] {
        var image = [UInt8](repeating: 0, count: 28 * 28)
        for row in 0..<28 {
            for col in 0..<28 {
                let x = Double(col - 14 - shift), y = Double(row - 14)
                let inked: Bool
                switch label {
                case 1: inked = abs(x) < 2 && abs(y) < 10
                case 0: inked = abs((x * x + y * y).squareRoot() - 8) < 1.6
                default:
                    inked =
                        (row == 6 && (8...20).contains(col - shift))
                        || (abs(x - 6 + Double(row - 6) * 0.5) < 1.5 && row > 6 && row < 24)
                }
                if inked { image[row * 28 + col] = 255 }
            }
        }
        return image
    }
}

/// The diagnosis words a learner reads (`lessons/diagnosis.txt`), loaded once.
let shippedDiagnosis = LessonLibrary.load(directory: packageRoot + "/lessons").diagnosis

/// A session over a transcript terminal (echoing prompts and commands, as a TTY shows them)
/// and the fake backend, with autosave in `dataDirectory` if given.
func makeSession(
    _ lines: [String] = [], width: Int = 72, dataDirectory: String? = nil, unicode: Bool = true,
    explanations: KnobExplanations = .empty, interactive: Bool = false, ownsDataDirectory: Bool = true,
    disk: Disk = .system
) -> (Session, TranscriptTerminal, FakeBackend) {
    let terminal = TranscriptTerminal(lines: lines, width: width, interactive: interactive, echo: true)
    let backend = FakeBackend()
    backend.terminal = terminal
    let options = Session.Options(
        dataDirectory: dataDirectory, ownsDataDirectory: ownsDataDirectory, unicode: unicode,
        explanations: explanations, diagnosis: shippedDiagnosis, disk: disk)
    return (Session(terminal: terminal, backend: backend, options: options), terminal, backend)
}

/// Runs `lines` through a fresh session; returns the whole transcript and the exit status.
func transcript(
    _ lines: [String], width: Int = 72, unicode: Bool = true,
    configure: (FakeBackend) -> Void = { _ in }
) -> (output: String, status: Int32) {
    let (session, terminal, backend) = makeSession(lines, width: width, unicode: unicode)
    configure(backend)
    let status = session.runLoop()
    return (terminal.output, status)
}

/// Compares whole text; on a mismatch writes the actual text to /tmp/overfit-golden/NAME.txt for review.
func expectGolden(
    _ actual: String, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    if actual != expected {
        let directory = "/tmp/overfit-golden"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? actual.write(toFile: directory + "/\(name).txt", atomically: true, encoding: .utf8)
    }
    #expect(
        actual == expected, "golden \(name) differs; actual text in /tmp/overfit-golden/\(name).txt",
        sourceLocation: sourceLocation)
}

/// A fresh temporary directory, removed by the caller with `removeTemporary`.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "overfit-tutor-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func removeTemporary(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

/// The package root, found from this file's path (Tests/OverfitTutorTests/TestSupport.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
