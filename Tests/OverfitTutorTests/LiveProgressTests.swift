import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The live progress line: drawn on events when enabled, never when not, cleared once.
@Suite struct LiveProgressTests {
    final class Display: ProgressDisplay {
        var lines: [String] = []
        var clears = 0
        func showProgress(_ line: String) { lines.append(line) }
        func clearProgress() { clears += 1 }
    }

    static func epoch(_ number: Int, train: Double, test: Double) -> EpochMetrics {
        EpochMetrics(
            epoch: number, trainLoss: 1, trainPenalty: 0, trainAccuracy: train, validationLoss: nil,
            validationAccuracy: nil, testLoss: 1, testAccuracy: test, seconds: 0)
    }

    @Test func eachEpochRedrawsTheLineWithItsFigures() {
        let display = Display()
        let progress = LiveProgress(
            display: display, style: RenderStyle(width: 80, unicode: false), enabled: true, totalEpochs: 3)
        progress.handle(.started(epochs: 3, batchesPerEpoch: 30, trainingImages: 300))
        #expect(display.lines == ["epoch 1/3"])
        progress.handle(.epochFinished(Self.epoch(1, train: 0.5, test: 0.4)))
        progress.handle(.epochFinished(Self.epoch(2, train: 0.75, test: 0.6)))
        #expect(progress.epochsDone == 2)
        #expect(display.lines.count == 3)
        // Each figure beside the epoch it belongs to (the running epoch beside the last one's
        // figures read as that epoch's).
        #expect(display.lines[1].hasPrefix("epoch 1/3  train 50.00%  test 40.00%  "))
        #expect(display.lines[2].hasPrefix("epoch 2/3  train 75.00%  test 60.00%  "))
        #expect(display.lines.allSatisfy { $0.count <= 79 }, "never as wide as the terminal: it would wrap")
        progress.clear()
        progress.clear()
        #expect(display.clears == 1, "cleared once, and only what was shown")
    }

    /// On all 60,000 images an epoch takes a while, so the line counts batches too (at most ten
    /// redraws a second: after a pause, the next batch is drawn).
    @Test func longEpochsShowTheBatch() {
        let display = Display()
        let progress = LiveProgress(
            display: display, style: RenderStyle(width: 80, unicode: false), enabled: true, totalEpochs: 2)
        progress.handle(.started(epochs: 2, batchesPerEpoch: 6000, trainingImages: 60_000))
        Thread.sleep(forTimeInterval: 0.15)
        progress.handle(.batchProgress(epoch: 1, batch: 1500, batchesPerEpoch: 6000))
        #expect(display.lines.last == "epoch 1/2 (batch 1500/6000)")
    }

    @Test func disabledItDrawsAndClearsNothing() {
        let display = Display()
        let progress = LiveProgress(display: display, style: RenderStyle(width: 80), enabled: false, totalEpochs: 3)
        progress.show("loading MNIST…")
        progress.handle(.started(epochs: 3, batchesPerEpoch: 30, trainingImages: 300))
        progress.handle(.epochFinished(Self.epoch(1, train: 0.5, test: 0.4)))
        progress.clear()
        #expect(display.lines.isEmpty && display.clears == 0)
        #expect(progress.epochsDone == 1, "replay still counts epochs to stop a cancelled run where it stopped")
    }
}
