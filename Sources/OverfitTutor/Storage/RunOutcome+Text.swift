import Foundation
import OverfitTraining

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
    static func unpackPredictions(_ text: Substring, count: Int) -> (predictions: [UInt8]?, problem: String?) {
        guard (0...maxPredictions).contains(count) else {
            return (nil, "\(count) test predictions (at most \(Text.grouped(maxPredictions)) are read)")
        }
        let bytes = (count + 1) / 2
        guard text.utf8.count == (bytes + 2) / 3 * 4, let data = Data(base64Encoded: String(text)), data.count == bytes
        else {
            return (nil, "the predictions are not \(count) digits in base64")
        }
        var predictions = [UInt8](repeating: 0, count: count)
        for index in 0..<count {
            let byte = data[data.startIndex + index / 2]
            let digit = index % 2 == 0 ? byte >> 4 : byte & 0x0F
            guard digit <= 9 else { return (nil, "prediction \(index + 1) is \(digit), not a digit 0-9") }
            predictions[index] = digit
        }
        return (predictions, nil)
    }
}
