import OverfitData
import OverfitTraining
import Testing

/// Advice that works when followed, on the real MNIST: for each config the teaching issue named
/// (and a few more), the run gets the expected verdict, its first advice is the expected step
/// from its own knobs, and a second run with that advice followed moves the figure the verdict
/// names the way the verdict promises, and test accuracy falls by no more than a point. Seed 0,
/// and seeds 0-2 for the three configs issue 21 found advice failing on; the epochs are cut
/// where the verdict still holds (a network that memorised by epoch 20 overfits at 30).
@Suite(.serialized) struct AdviceFollowedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let settings: String
        /// Knobs a lesson's rules keep fixed (the challenge's train_size).
        var fixed: Set<KnobID> = []
        let verdict: Diagnosis.Verdict
        /// The first advice, as `set` takes it; nil where the diagnosis must advise nothing.
        let first: String?
        var seed: UInt64 = 0

        var testDescription: String { "\(name), seed \(seed)" }
    }

    static let lessonFour = "layers=100,100,100,100,100,100 init=he lr=0.01 batch=100"

    static let cases: [Case] =
        [
            Case(
                name: "lesson 4, λ 0.3 collapses", settings: "\(lessonFour) epochs=170 weight_decay=0.3",
                verdict: .collapsed, first: "weight_decay 0.003"),
            Case(
                name: "lesson 4, λ 1 collapses", settings: "\(lessonFour) epochs=170 weight_decay=1",
                verdict: .collapsed, first: "weight_decay 0.01"),
            Case(
                name: "lesson 4, λ 0.1 is held back and overfits",
                settings: "\(lessonFour) epochs=201 weight_decay=0.1",
                verdict: .overfitting, first: "weight_decay 0.01"),
            Case(
                name: "the 300-image default overfits", settings: "epochs=30", verdict: .overfitting,
                first: "train_size 900"),
            Case(
                name: "the challenge's baseline, train_size kept by its rules", settings: "epochs=30",
                fixed: [.trainSize],
                verdict: .overfitting, first: "augment rotate"),
            Case(
                name: "lesson 5's published budget: 45 steps", settings: "batch=100 epochs=15 dropout=0.2",
                verdict: .tooFewSteps, first: "epochs 170"),
            Case(
                name: "lesson 5, dropout 0.8 collapses", settings: "dropout=0.8 epochs=30", verdict: .collapsed,
                first: "dropout 0.2"),
            Case(name: "lr 10 diverges", settings: "lr=10 epochs=20", verdict: .diverged, first: "lr 0.1"),
            Case(
                name: "lr 1 leaves the network at chance", settings: "lr=1 epochs=20", verdict: .underfitting,
                first: "lr 0.1"),
            Case(
                name: "lr 0.01 for 20 epochs stays on the plateau", settings: "lr=0.01 epochs=20",
                verdict: .underfitting,
                first: "lr 0.1"),
            // At lr 0.1 batches of one now blow up (diverged, covered above); at half that they lurch.
            Case(
                name: "batches of one at lr 0.05 lurch", settings: "batch=1 lr=0.05 epochs=20", verdict: .unstable,
                first: "batch 2"),
        ]
        + (0...2).flatMap { seed in
            [
                // Issue 21: λ 0.3 on the default network stayed at 11.35% when eased to 0.03.
                Case(
                    name: "λ 0.3 on the default network collapses", settings: "weight_decay=0.3 seed=\(seed)",
                    verdict: .collapsed, first: "weight_decay 0.003", seed: seed),
                // More data narrowed the gap only by losing test accuracy (75.56% → 59.84%).
                Case(
                    name: "dropout 0.5 is held back", settings: "dropout=0.5 seed=\(seed)", verdict: .overfitting,
                    first: "dropout 0.25", seed: seed),
                // Random labels: nothing to generalise, so nothing advised (main advised more data).
                Case(
                    name: "random labels", settings: "label_noise=1 epochs=30 seed=\(seed)", verdict: .randomLabels,
                    first: nil, seed: seed),
                Case(
                    name: "one label in five random", settings: "label_noise=0.2 epochs=50 seed=\(seed)",
                    verdict: .overfitting, first: "train_size 900", seed: seed),
            ]
        }

        // Dropout 0.5 fitting 297 or 298 of 300 images (99.00%, 99.33%) was read as fitted and
        // advised more data: test 79.92% → 46.57% (seed 3), 76.27% → 49.05% (seed 27).
        + [3, 27].map { seed in
            Case(
                name: "dropout 0.5 with two or three images unfitted is held back",
                settings: "dropout=0.5 seed=\(seed)", verdict: .overfitting, first: "dropout 0.25", seed: seed)
        }

        // Seeds 0-29 (bench/advice-seeds): batches of one whose last epoch landed high were called
        // overfitting and advised 900 images, which lost test accuracy (seed 26: 72.34% → 28.45%);
        // lr 0.005 for the lurching ones lost ground (seed 13: train 88.67% → 85.33%); seed 21
        // ends at 100% and must still fit its images; seed 24 fell only 11 points and diverged on
        // 900 images. A plateau wobbling from 29% back to 13% (lr 0.01, seed 6) was called
        // unstable and advised lr 0.001; dropout 0.5 falling early (seed 20) was advised lr 0.01,
        // which trained worse in the same epochs.
        + [13, 21, 24, 26].map { seed in
            Case(
                name: "batches of one at lr 0.05 lurch", settings: "batch=1 lr=0.05 epochs=20 seed=\(seed)",
                verdict: .unstable, first: "batch 2", seed: seed)
        }
        + [
            Case(
                name: "lr 0.01 wobbling on the plateau", settings: "lr=0.01 epochs=20 seed=6", verdict: .underfitting,
                first: "lr 0.1", seed: 6),
            Case(
                name: "dropout 0.5 that fell early and ended unfitted", settings: "dropout=0.5 seed=20",
                verdict: .unstable, first: "lr 0.05", seed: 20),
        ]

    @Test(arguments: cases)
    func followingTheFirstAdviceKeepsTheVerdictsPromise(_ example: Case) throws {
        let data = try #require(RealData.shared, "MNIST not found in \(RealData.directory)")
        let trainer = Trainer(data: data)
        var config = try KnobSettings(parsing: example.settings).applied(to: RunConfig())
        // Each epoch measured on the first 1,000 test images, the final network on all 10,000:
        // the verdicts read the final figures and the train curve, and the test costs a fifth.
        config.testEvaluation = .sampled(first: 1000)
        let before = try trainer.run(config)
        let diagnosis = Diagnosis(before)
        #expect(diagnosis.verdict == example.verdict)
        guard let expected = example.first else {
            // Where no knob helps, the diagnosis advises nothing and promises nothing.
            #expect(diagnosis.advice(keeping: example.fixed).isEmpty)
            #expect(diagnosis.promise == nil)
            return
        }
        let first = try #require(diagnosis.advice(keeping: example.fixed).first, "no advice for \(example.name)")
        #expect(first.settings == expected)
        let promise = try #require(diagnosis.promise)
        let after = try trainer.run(first.applied(to: config))
        #expect(
            promise.kept(before: before, after: after),
            "\(promise.rawValue): before \(Self.figures(before)), after `set \(first.settings)` \(Self.figures(after))")
    }

    static func figures(_ result: RunResult) -> String {
        guard let final = result.final else { return result.status.name }
        return "\(result.status.name), train \(final.trainAccuracy), test \(final.testAccuracy), gap \(final.gap)"
    }
}
