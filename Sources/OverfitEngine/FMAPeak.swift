import CKernels
import Dispatch

/// This machine's FMA peak: what `overfit bench` measures the products against. A loop of
/// fused multiply-adds on registers only (`overfit_fma_peak_rounds`: no loads, no stores, enough
/// independent chains to hide the latency) on `threads` threads at once, so the figure is what
/// the cores can do, not what any product does. Timing only: no result reaches a run.
public enum FMAPeak {
    /// Best GFLOP/s of `trials` short timings on `path` (the widest vectors it uses). Short
    /// timings, best kept, because on a shared machine a long one measures the other programs.
    public static func gflops(path: KernelPath, threads: Int, trials: Int = 200) -> Double {
        let rounds = 1_000_000
        let clock = ContinuousClock()
        var best = 0.0
        for _ in 0..<trials {
            let start = clock.now
            let flop = Self.run(path: path, threads: threads, rounds: rounds)
            let elapsed = (clock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
            if seconds > 0 { best = max(best, flop / seconds / 1e9) }
        }
        return best
    }

    /// Floating-point operations done by `threads` threads each running `rounds` rounds at once.
    static func run(path: KernelPath, threads: Int, rounds: Int) -> Double {
        let total = FlopCounter(parts: threads)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            total.set(part, overfit_fma_peak_rounds(path.code, rounds))
        }
        return total.sum
    }
}

/// Each thread's count in its own slot (no two threads write one), added up after all have finished.
private final class FlopCounter: @unchecked Sendable {
    private let counts: UnsafeMutableBufferPointer<Double>

    init(parts: Int) { counts = .allocate(capacity: parts); counts.initialize(repeating: 0) }

    deinit { counts.deallocate() }

    func set(_ part: Int, _ value: Double) { counts[part] = value }

    var sum: Double { counts.reduce(0, +) }
}
