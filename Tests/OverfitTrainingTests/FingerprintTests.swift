import Foundation
import OverfitEngine
import OverfitTraining
import Testing

/// The engine's fingerprint (llm.c's test_gpt2 idea): the first epochs of four runs on the
/// real MNIST (`runs`), every figure stored to the last bit in `Fingerprint/fingerprint.txt`, and matched
/// exactly under every kernel path this CPU runs (2 threads on the fastest, 1 on the others;
/// PathIdentityTests crosses every path with both). A machine, compiler or C library that
/// changed one bit of training would show here. Cost: about 12 s of CPU with two paths.
@Suite struct FingerprintTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fingerprint/fingerprint.txt")

    /// One fingerprinted run: knob settings, convolution stages (before the `layers` widths), and
    /// how many test images it is measured on (nil: all 10,000).
    struct Run {
        let name: String
        let settings: [(String, String)]
        var convolutions: [ConvolutionStage] = []
        var testImages: Int?
    }

    /// Four runs that between them use every kind of arithmetic the engine has: dense and
    /// sparse products, softmax's exp and log, sigmoid, tanh, batch norm, dropout, DropConnect,
    /// SGD, momentum, Adam, L1 and L2, He init (Box–Muller), random rotations (sin, cos), and
    /// convolutions (im2col products, col2im sums, bias sums, max-pool). The convolutional run
    /// is 5 epochs on the first 1,000 test images: a tenth of the cost of 20 epochs on 10,000.
    static let runs: [Run] = [
        Run(name: "baseline", settings: [("epochs", "20")]),
        Run(
            name: "regularised",
            settings: [
                ("epochs", "20"), ("batchnorm", "on"), ("dropout", "0.2"), ("optimizer", "adam"),
                ("lr", "0.001"), ("weight_decay", "0.001"), ("activation", "sigmoid"),
            ]),
        Run(
            name: "augmented",
            settings: [
                ("epochs", "20"), ("augment", "random"), ("init", "he"), ("activation", "tanh"),
                ("optimizer", "momentum"), ("lr", "0.01"), ("l1", "0.0001"), ("dropconnect", "0.1"),
            ]),
        Run(
            name: "convolutional",
            settings: [("epochs", "5"), ("layers", "100"), ("optimizer", "momentum"), ("lr", "0.01")],
            convolutions: [ConvolutionStage(channels: 16), ConvolutionStage(channels: 32)], testImages: 1_000),
    ]

    static let header = """
        # overfit engine fingerprint: the first 20 epochs of three MLP runs and 5 epochs of a
        # convolutional one (conv16,conv32,100, measured on the first 1,000 test images) on the
        # real MNIST (seed 0). Every figure is written so that it reads back to the same bits
        # (Swift's shortest round-trip decimal). FingerprintTests requires every kernel path
        # (portable, avx2, avx512) and thread count to reproduce this file exactly.
        # It may change only with a change to the engine's arithmetic (kernels, math functions,
        # layers, optimisers, the random generator, augmentation, what a run measures), and the
        # commit that changes it says why. Regenerate, review the difference, commit:
        #   OVERFIT_WRITE_FINGERPRINT=1 swift test -c release --filter FingerprintTests
        """

    static func text(_ results: [(Run, RunResult)]) -> String {
        var lines = [header]
        for (run, result) in results {
            let stages =
                run.convolutions.isEmpty ? "" : " conv=" + run.convolutions.map(\.description).joined(separator: ",")
            let tests = run.testImages.map { " test_images=\($0)" } ?? ""
            lines.append(
                "run \(run.name): " + run.settings.map { "\($0.0)=\($0.1)" }.joined(separator: " ") + stages + tests)
            for m in result.history {
                lines.append(
                    "epoch \(m.epoch) train_loss \(m.trainLoss) test_loss \(m.testLoss) train_acc \(m.trainAccuracy) test_acc \(m.testAccuracy) penalty \(m.trainPenalty)"
                )
            }
            lines.append(
                "final train_acc \(result.final?.trainAccuracy ?? -1) test_acc \(result.final?.testAccuracy ?? -1) status \(result.status.name)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func measured() throws -> String {
        let results = try runs.map { run in
            var config = RunConfig()
            for (knob, value) in run.settings { try config.set(knob, to: value) }
            config.convolutions = run.convolutions
            let trainer = Trainer(data: try PathIdentityTests.realData(testImages: run.testImages))
            return (run, try trainer.run(config))
        }
        return text(results)
    }

    @Test func everyPathReproducesTheStoredFingerprint() throws {
        if ProcessInfo.processInfo.environment["OVERFIT_WRITE_FINGERPRINT"] == "1" {
            try Self.measured().write(to: Self.file, atomically: true, encoding: .utf8)
            Issue.record("wrote \(Self.file.path): review the difference and commit it")
            return
        }
        let stored = try String(contentsOf: Self.file, encoding: .utf8)
        for path in KernelPath.supported {
            let threads = path == .fastest ? 2 : 1
            let text = try Engine.withSettings(KernelSettings(path: path, threads: threads)) { try Self.measured() }
            // Compared as a Bool, so that a failure prints the first differing line, not two files.
            let same = text == stored
            let (want, got) = (stored.split(separator: "\n"), text.split(separator: "\n"))
            let line = Array(zip(want, got)).firstIndex { $0 != $1 }
            #expect(
                same,
                """
                \(path) × \(threads) threads: first difference at line \((line ?? min(want.count, got.count)) + 1):
                  stored:   \(line.map { String(want[$0]) } ?? "")
                  measured: \(line.map { String(got[$0]) } ?? "")
                """)
        }
    }
}
