import Foundation
import OverfitLessons
import OverfitTraining

/// What a run produced, as a session file records it (format 3): every epoch's figures bit for
/// bit, how it ended, and the 10,000 test predictions, so `--resume` can show the run again
/// (`runs`, `plot`, `samples`, the lessons' figures) without training it. Wall-clock times are
/// not kept: they are never printed where a session must replay.
public struct RunOutcome: Sendable {
    public var history: [EpochMetrics]
    public var status: RunStatus
    public var restoredEpoch: Int?
    public var stoppedEarlyAfterEpoch: Int?
    public var testPredictions: [UInt8]
    public var trainingImages: Int

    public init(
        history: [EpochMetrics], status: RunStatus, restoredEpoch: Int?, stoppedEarlyAfterEpoch: Int?,
        testPredictions: [UInt8], trainingImages: Int
    ) {
        self.history = history
        self.status = status
        self.restoredEpoch = restoredEpoch
        self.stoppedEarlyAfterEpoch = stoppedEarlyAfterEpoch
        self.testPredictions = testPredictions
        self.trainingImages = trainingImages
    }

    public init(_ result: RunResult) {
        self.init(
            history: result.history.map {
                var metrics = $0; metrics.seconds = 0; return metrics
            },
            status: result.status, restoredEpoch: result.restoredEpoch,
            stoppedEarlyAfterEpoch: result.stoppedEarlyAfterEpoch,
            testPredictions: result.testPredictions, trainingImages: result.trainingImages)
    }

    /// The run as the trainer would have handed it back (with no wall-clock times).
    public func result(config: RunConfig) -> RunResult {
        RunResult(
            config: config, history: history, status: status, restoredEpoch: restoredEpoch,
            stoppedEarlyAfterEpoch: stoppedEarlyAfterEpoch, testPredictions: testPredictions,
            trainingImages: trainingImages, totalSeconds: 0)
    }
}

extension RunOutcome: Equatable {
    /// Bit for bit: a NaN equals a NaN with the same bits, and 0.0 differs from -0.0.
    public static func == (lhs: RunOutcome, rhs: RunOutcome) -> Bool {
        lhs.status == rhs.status && lhs.restoredEpoch == rhs.restoredEpoch
            && lhs.stoppedEarlyAfterEpoch == rhs.stoppedEarlyAfterEpoch && lhs.trainingImages == rhs.trainingImages
            && lhs.testPredictions == rhs.testPredictions && lhs.history.count == rhs.history.count
            && zip(lhs.history, rhs.history).allSatisfy { EpochFigures($0) == EpochFigures($1) }
            && lhs.history.map(\.sampledTestImages) == rhs.history.map(\.sampledTestImages)
    }
}

// MARK: - As text in a session file

/// The lines a session file (format 3) writes after a run's `result` line:
///
///     outcome training_images=300 restored_epoch=- stopped_early_after=- diverged_at=-
///     …then ` sampled_test=1000:1-99` when some epochs measured only part of the test set…
///     epoch 1 2.2930 0.0 0.13 - - 2.2999 0.1135
///     …one `epoch` line per epoch: train loss, train penalty, train accuracy, validation loss,
///     validation accuracy (`-` without a validation split), test loss, test accuracy…
///     predictions 10000 BASE64
///
/// Numbers are Swift's shortest decimal that reads back as the same Double (`nan`, `inf`
/// spelled out), so figures round-trip bit for bit. Predictions are one digit (0–9) per test
/// image, two to a byte (high nibble first), in base64: 6,668 characters for MNIST's 10,000.
extension RunOutcome {
    /// More predictions than this in a file are refused before decoding (MNIST's test set has 10,000).
    static let maxPredictions = 100_000

    func lines() -> [String] {
        var lines = [
            "outcome "
                + [
                    "training_images=\(trainingImages)",
                    "restored_epoch=" + (restoredEpoch.map(String.init) ?? "-"),
                    "stopped_early_after=" + (stoppedEarlyAfterEpoch.map(String.init) ?? "-"),
                    "diverged_at=" + divergedText,
                ].joined(separator: " ") + (sampledText.map { " \(Self.sampledField)=\($0)" } ?? "")
        ]
        for metrics in history {
            let values = EpochFigures(metrics).values.map { $0.map(Self.number) ?? "-" }
            lines.append("epoch \(metrics.epoch) " + values.joined(separator: " "))
        }
        let packed = Self.packPredictions(testPredictions)
        lines.append("predictions \(testPredictions.count)" + (packed.isEmpty ? "" : " " + packed))
        return lines
    }

    private var divergedText: String {
        if case .diverged(let epoch, let batch) = status { return "\(epoch),\(batch)" }
        return "-"
    }

    static func number(_ value: Double) -> String {
        value.isNaN ? "nan" : "\(value)"
    }

    /// A figure as written by `number`; nil for anything else (hex, spaces, words).
    static func parseNumber(_ text: Substring) -> Double? {
        if text == "nan" { return .nan }
        guard let first = text.first, first == "-" || first == "i" || first.isNumber else { return nil }
        guard !text.contains(where: { $0 == "x" || $0 == "X" || $0 == "p" || $0 == "P" }) else { return nil }
        return Double(text)
    }

    static func packPredictions(_ predictions: [UInt8]) -> String {
        var packed = [UInt8](repeating: 0, count: (predictions.count + 1) / 2)
        for (index, digit) in predictions.enumerated() {
            packed[index / 2] |= index % 2 == 0 ? (digit & 0x0F) << 4 : digit & 0x0F
        }
        return Data(packed).base64EncodedString()
    }

    /// Decodes `count` predictions, checking the text's length before decoding anything and
    /// that every digit is 0–9. Nil (with a reason) if the text is not what `count` promises.
    static func unpackPredictions(_ text: Substring, count: Int, words: FileWords = FileWords()) -> (
        predictions: [UInt8]?, problem: String?
    ) {
        guard (0...maxPredictions).contains(count) else {
            return (
                nil,
                words.say(
                    .sessionFileTooManyPredictions, ["count": String(count), "limit": Text.grouped(maxPredictions)])
            )
        }
        let bytes = (count + 1) / 2
        guard text.utf8.count == (bytes + 2) / 3 * 4, let data = Data(base64Encoded: String(text)), data.count == bytes
        else {
            return (nil, words.say(.sessionFilePredictionsBase64, ["count": String(count)]))
        }
        var predictions = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            let byte = data[data.startIndex + index / 2]
            let digit = index % 2 == 0 ? byte >> 4 : byte & 0x0F
            guard digit <= 9 else {
                return (
                    nil, words.say(.sessionFilePredictionDigit, ["index": String(index + 1), "digit": String(digit)])
                )
            }
            predictions[index] = digit
        }
        return (predictions, nil)
    }
}

// MARK: - Sampled test evaluation

/// The optional `sampled_test=N:EPOCHS` field of a format-3 `outcome` line: the epochs whose
/// test figures cover only the first N test images (`test_eval N`), as ranges:
/// `sampled_test=1000:1-99` for a 100-epoch run whose last epoch measured all of them. Written
/// only when some epoch was sampled, so every other run's line is as before, and files written
/// before the field existed read as they always did.
extension RunOutcome {
    static let sampledField = "sampled_test"

    /// `1000:1-99,101`, or nil when every epoch measured the whole test set.
    var sampledText: String? {
        let sampled = history.filter { $0.sampledTestImages != nil }
        guard let images = sampled.first?.sampledTestImages else { return nil }
        var ranges: [String] = []
        var start = sampled[0].epoch, end = start
        for metrics in sampled.dropFirst() {
            if metrics.epoch == end + 1 { end = metrics.epoch; continue }
            ranges.append(start == end ? "\(start)" : "\(start)-\(end)")
            (start, end) = (metrics.epoch, metrics.epoch)
        }
        ranges.append(start == end ? "\(start)" : "\(start)-\(end)")
        return "\(images):" + ranges.joined(separator: ",")
    }

    /// Reads `N:RANGES` for a run of `epochs` epochs: N a count of test images, the ranges
    /// ascending, within the run and not overlapping. Nil with a reason otherwise; nothing is
    /// allocated beyond the run's own epochs.
    static func parseSampled(_ text: String, epochs: Int) -> (value: (images: Int, epochs: Set<Int>)?, problem: String?)
    {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let problem = "\(sampledField) must be IMAGES:EPOCHS, e.g. 1000:1-99, with the epochs among the run's \(epochs)"
        guard parts.count == 2, let images = Int(parts[0]), (1...maxPredictions).contains(images) else {
            return (nil, problem)
        }
        var chosen = Set<Int>()
        var last = 0
        for range in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
            let ends = range.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map { Int($0) }
            guard (1...2).contains(ends.count), let low = ends[0], let high = ends.last ?? nil,
                low > last, low <= high, high <= epochs
            else { return (nil, problem) }
            chosen.formUnion(low...high)
            last = high
        }
        return ((images, chosen), nil)
    }
}
