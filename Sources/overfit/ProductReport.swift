import OverfitData
import OverfitEngine
import OverfitTraining

/// The part of `overfit bench` that measures this machine's FMA peak (1 thread and all of them)
/// and each product the lessons make, and a training step of the baseline, as a fraction of it:
/// evaluation's products against the all-threads peak (they split rows between threads),
/// training's against one thread's (a step runs on one).
struct ProductReport {
    let json: Bool
    let data: TrainingData

    /// Rounds over every measurement (the peaks, each product, the training step), each keeping
    /// its best: on a shared machine other programs come and go over seconds, and one round of
    /// short timings can fall wholly in a busy spell. On an AMD EPYC under KVM (2026-12-08) one
    /// round read the evaluation's first layer at 54-61% of the peak from one run to the next, two
    /// seconds apart, while the peak read 233-236 GFLOP/s. The peaks are measured in every round
    /// too, so that a quiet spell raises them as much as the products.
    static let rounds = 3
    /// The FMA peak's timings a round: three rounds take about the 200 of one `FMAPeak.gflops` call.
    static let peakTrials = 70

    func print() {
        let settings = Engine.settings
        let threads = settings.threads
        let pixels = Matrix(rows: data.test.count, cols: data.test.pixelsPerImage)
        data.test.fillRange(0..<data.test.count, into: pixels.data)
        let timers = ProductShape.lessons.map { ProductTimer($0, threads: threads, pixels: pixels) }
        var one = 0.0, all = 0.0
        var rates = [Double](repeating: 0, count: timers.count)
        var step: Benchmark.StepRate?
        for _ in 0..<Self.rounds {
            one = max(one, FMAPeak.gflops(path: settings.path, threads: 1, trials: Self.peakTrials))
            all = max(all, FMAPeak.gflops(path: settings.path, threads: threads, trials: Self.peakTrials))
            for (index, timer) in timers.enumerated() { rates[index] = max(rates[index], timer.rate()) }
            let measured = Benchmark.trainingStepRate(images: data.train, classes: data.classes)
            if step.map({ measured.seconds < $0.seconds }) ?? true { step = measured }
        }
        printPeaks(one: one, all: all, threads: threads)
        for (timer, rate) in zip(timers, rates) {
            let peak = timer.threads == 1 ? one : all
            printProduct(timer.shape, threads: timer.threads, rate: rate, fraction: rate / peak)
        }
        if let step { printStep(step, fraction: step.gflops / one) }
    }

    private func printPeaks(one: Double, all: Double, threads: Int) {
        let path = Engine.settings.path.rawValue
        if json {
            StandardStreams.line(
                JSONValue.object([
                    ("fma_peak_path", .string(path)), ("fma_peak_1_thread", .number(one)),
                    ("fma_peak_threads", .number(Double(threads))), ("fma_peak_all_threads", .number(all)),
                    ("rounds", .number(Double(Self.rounds))),
                ]).text())
        } else {
            StandardStreams.line(
                "\nFMA peak (\(path) vectors, registers only): "
                    + String(format: "%.1f GFLOP/s on 1 thread, %.1f on %d", one, all, threads))
            let title = "the lessons' products (best of \(Self.rounds) rounds; sparse: nonzero pixels)"
            StandardStreams.line(
                title.padding(toLength: 66, withPad: " ", startingAt: 0) + " threads  GFLOP/s  of peak")
        }
    }

    private func printProduct(_ shape: ProductShape, threads: Int, rate: Double, fraction: Double) {
        if json {
            StandardStreams.line(
                JSONValue.object([
                    ("product", .string(shape.dimensions)), ("label", .string(shape.label)),
                    ("threads", .number(Double(threads))), ("gflops", .number(rate)),
                    ("fraction_of_peak", .number(fraction)),
                ]).text())
        } else {
            printRow("\(shape.dimensions) \(shape.label)", threads: threads, gflops: rate, fraction: fraction)
        }
    }

    private func printStep(_ step: Benchmark.StepRate, fraction: Double) {
        if json {
            StandardStreams.line(
                JSONValue.object([
                    ("training_step", .string("baseline, batch 10")), ("seconds", .number(step.seconds)),
                    ("gflops", .number(step.gflops)), ("fraction_of_peak", .number(fraction)),
                ]).text())
        } else {
            let name = String(format: "a training step of the baseline, batch 10 (%.1f µs)", step.seconds * 1e6)
            printRow(name, threads: 1, gflops: step.gflops, fraction: fraction)
        }
    }

    /// A line of the table: the name in 66 columns, then threads, GFLOP/s and percent of the peak.
    private func printRow(_ name: String, threads: Int, gflops: Double, fraction: Double) {
        StandardStreams.line(
            name.padding(toLength: 66, withPad: " ", startingAt: 0)
                + String(format: "%8d %8.1f %7.0f%%", threads, gflops, fraction * 100))
    }
}
