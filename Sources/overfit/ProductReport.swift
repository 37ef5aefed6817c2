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

    func print() {
        let settings = Engine.settings
        let threads = settings.threads
        let one = FMAPeak.gflops(path: settings.path, threads: 1)
        let all = FMAPeak.gflops(path: settings.path, threads: threads)
        if json {
            StandardStreams.line(
                JSONValue.object([
                    ("fma_peak_path", .string(settings.path.rawValue)), ("fma_peak_1_thread", .number(one)),
                    ("fma_peak_threads", .number(Double(threads))), ("fma_peak_all_threads", .number(all)),
                ]).text())
        } else {
            StandardStreams.line(
                "\nFMA peak (\(settings.path.rawValue) vectors, registers only): "
                    + String(format: "%.1f GFLOP/s on 1 thread, %.1f on %d", one, all, threads))
            StandardStreams.line(
                "products the lessons make (best GFLOP/s; sparse: nonzero pixels)   threads  GFLOP/s  of peak")
        }
        let pixels = Matrix(rows: data.test.count, cols: data.test.pixelsPerImage)
        data.test.fillRange(0..<data.test.count, into: pixels.data)
        for shape in ProductShape.lessons {
            let used = shape.threading == .evaluation ? threads : 1
            let rate = Benchmark.productRate(shape, threads: threads, pixels: pixels)
            let fraction = rate / (used == 1 ? one : all)
            if json {
                StandardStreams.line(
                    JSONValue.object([
                        ("product", .string(shape.dimensions)), ("label", .string(shape.label)),
                        ("threads", .number(Double(used))), ("gflops", .number(rate)),
                        ("fraction_of_peak", .number(fraction)),
                    ]).text())
            } else {
                let name = "\(shape.dimensions) \(shape.label)"
                StandardStreams.line(
                    name.padding(toLength: 66, withPad: " ", startingAt: 0)
                        + String(format: "%8d %8.1f %7.0f%%", used, rate, fraction * 100))
            }
        }
        let step = Benchmark.trainingStepRate(images: data.train, classes: data.classes)
        let fraction = step.gflops / one
        if json {
            StandardStreams.line(
                JSONValue.object([
                    ("training_step", .string("baseline, batch 10")), ("seconds", .number(step.seconds)),
                    ("gflops", .number(step.gflops)), ("fraction_of_peak", .number(fraction)),
                ]).text())
        } else {
            let name = String(format: "a training step of the baseline, batch 10 (%.1f µs)", step.seconds * 1e6)
            StandardStreams.line(
                name.padding(toLength: 66, withPad: " ", startingAt: 0)
                    + String(format: "%8d %8.1f %7.0f%%", 1, step.gflops, fraction * 100))
        }
    }
}
