import Foundation
import OverfitTraining
import OverfitTutor

/// The live one-line progress of `overfit run`, redrawn in place on stderr when it is a TTY.
final class HeadlessProgress {
    private let enabled: Bool
    private let style: RenderStyle
    private var history: [EpochMetrics] = []
    private var totalEpochs = 0
    private var started = ContinuousClock.now
    private var drawn = false

    init(enabled: Bool, style: RenderStyle) {
        self.enabled = enabled
        self.style = style
    }

    func handle(_ event: TrainingEvent) {
        guard enabled else { return }
        switch event {
        case .started(let epochs, _, _):
            totalEpochs = epochs
            started = .now
            draw(epoch: 1, batch: nil)
        case .batchProgress(let epoch, let batch, let batches):
            draw(epoch: epoch, batch: (batch, batches))
        case .epochFinished(let metrics):
            history.append(metrics)
            draw(epoch: metrics.epoch, batch: nil)
        case .finished:
            break
        }
    }

    private func draw(epoch: Int, batch: (done: Int, of: Int)?) {
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let done = Double(history.count)
        let remaining = done > 0 ? seconds / done * Double(totalEpochs - history.count) : nil
        let line = ProgressLine.render(epoch: epoch, totalEpochs: totalEpochs, batch: batch, history: history,
                                       secondsRemaining: remaining, style: style)
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line).utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }
}
