import ArgumentParser
import Foundation
import OverfitData
import OverfitEngine
import OverfitTraining

/// `overfit bench`: sgemm speed on the lessons' shapes, this machine's FMA peak and each product
/// the lessons make as a fraction of it, and whole runs timed in-process, with the fraction of the
/// floor the arithmetic sets. A benchmark, never a test.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure sgemm speed and the wall time of the lessons' runs in-process.")

    @Option(help: ArgumentHelp("Which runs to time (none: sgemm only).", valueName: "name"))
    var workload = WorkloadChoice.named("baseline")

    @Option(name: .customLong("repeat"), help: "How many times to time each run (the median is reported).")
    var repetitions: Int = 3

    @Flag(help: "Print one JSON object per line instead of a table.")
    var json = false

    @Flag(help: "Skip the sgemm measurements.")
    var noGemm = false

    @Flag(help: "Skip the FMA peak and the lessons' products measured against it.")
    var noProducts = false

    @Option(help: ArgumentHelp("The directory holding MNIST's four .gz files.", valueName: "dir"))
    var data: String?

    func validate() throws {
        guard (1...50).contains(repetitions) else { throw ValidationError("--repeat must be in [1, 50]") }
    }

    func run() throws {
        var peak = 0.0
        if !noGemm {
            let threads = Engine.settings.threads
            if !json {
                StandardStreams.line(
                    "products, \(Engine.settings.path.rawValue) kernels (best GFLOP/s)     1 thread   \(threads) threads"
                )
            }
            for shape in Benchmark.shapes {
                let one = Benchmark.gemmRate(shape, threads: 1)
                let all = Benchmark.gemmRate(shape, threads: threads)
                if shape.m == 10_000 { peak = all }
                if json {
                    StandardStreams.line(
                        JSONValue.object([
                            ("gemm", .string("\(shape.m)x\(shape.k)·\(shape.k)x\(shape.n)")),
                            ("gflops_1_thread", .number(one)), ("gflops_all_threads", .number(all)),
                        ]).text())
                } else {
                    let name = "\(shape.m)×\(shape.k)·\(shape.k)×\(shape.n) \(shape.label)"
                    StandardStreams.line(
                        name.padding(toLength: 44, withPad: " ", startingAt: 0)
                            + String(format: "%9.1f %10.1f", one, all))
                }
            }
        }
        let chosen = workload.workloads
        guard !chosen.isEmpty || !noProducts else { return }
        let loaded = try DataLoading.trainingData(flag: data)
        if !noProducts { ProductReport(json: json, data: loaded).print() }
        guard !chosen.isEmpty else { return }
        let trainer = Trainer(data: loaded)
        if !json {
            StandardStreams.line("\nrun        seconds (median of \(repetitions))  GFLOP   floor s  × floor  test acc")
        }
        for item in chosen {
            var times: [Double] = []
            var accuracy = 0.0
            for _ in 0..<repetitions {
                let result = try trainer.run(item.config)
                times.append(result.totalSeconds)
                accuracy = result.final?.testAccuracy ?? 0
            }
            let median = times.sorted()[times.count / 2]
            let work = Workload(
                config: item.config, image: trainer.data.image, classes: trainer.data.classes,
                testImages: trainer.data.test.count)
            let floor = peak > 0 ? work.totalFLOP / (peak * 1e9) : .nan
            if json {
                StandardStreams.line(
                    JSONValue.object([
                        ("workload", .string(item.name)), ("seconds", .number(median)),
                        ("all_seconds", .array(times.map(JSONValue.number))),
                        ("gflop", .number(work.totalFLOP / 1e9)), ("floor_seconds", .number(floor)),
                        ("peak_gflops", .number(peak)), ("test_acc", .number(accuracy)),
                    ]).text())
            } else {
                StandardStreams.line(
                    item.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                        + String(
                            format: " %8.3f %22.1f %9.3f %8.2f  %6.2f%%", median, work.totalFLOP / 1e9, floor,
                            median / floor, accuracy * 100))
            }
        }
        if !json, peak > 0 {
            StandardStreams.line(
                "\nfloor = GFLOP / \(String(format: "%.1f", peak)) GFLOP/s, the best sgemm rate on the evaluation's shape above."
            )
        }
    }
}
