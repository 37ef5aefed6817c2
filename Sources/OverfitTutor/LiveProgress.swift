import Foundation
import OverfitTraining

/// Turns a run's events into the progress line redrawn in place on a TTY (and nothing at all
/// elsewhere: scripts and replays print no redraws). Counts finished epochs for replay's stop.
public final class LiveProgress {
    private let display: ProgressDisplay
    private let style: RenderStyle
    private let enabled: Bool
    private let totalEpochs: Int
    private var history: [EpochMetrics] = []
    private var batch: (done: Int, of: Int)?
    private let started = ProcessInfo.processInfo.systemUptime
    private var lastDrawn = 0.0
    private var shown = false

    /// Draws on `display` when `enabled` (a TTY, not muted), else stays silent.
    public init(display: ProgressDisplay, style: RenderStyle, enabled: Bool, totalEpochs: Int) {
        self.display = display
        self.style = style
        self.enabled = enabled
        self.totalEpochs = totalEpochs
    }

    var epochsDone: Int { history.count }

    public func handle(_ event: TrainingEvent) {
        switch event {
        case .started(_, let batches, _):
            batch = (0, batches)
            draw(force: true)
        case .batchProgress(_, let done, let of):
            batch = (done, of)
            draw(force: false)
        case .epochFinished(let metrics):
            history.append(metrics)
            batch = batch.map { (0, $0.of) }
            draw(force: true)
        case .finished:
            break
        }
    }

    func show(_ line: String) {
        guard enabled else { return }
        display.showProgress(line)
        shown = true
    }

    public func clear() {
        guard shown else { return }
        display.clearProgress()
        shown = false
    }

    /// At most ten redraws a second, except when an epoch ends.
    private func draw(force: Bool) {
        guard enabled else { return }
        let now = ProcessInfo.processInfo.systemUptime
        guard force || now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        let fraction =
            (Double(history.count) + Double(batch?.done ?? 0) / Double(max(1, batch?.of ?? 1)))
            / Double(max(1, totalEpochs))
        let elapsed = now - started
        let remaining = fraction > 0.001 && elapsed > 0.5 ? elapsed * (1 - fraction) / fraction : nil
        let epoch = min(totalEpochs, history.count + 1)
        show(
            ProgressLine.render(
                epoch: epoch, totalEpochs: totalEpochs, batch: batch, history: history,
                secondsRemaining: remaining, style: style))
    }
}
