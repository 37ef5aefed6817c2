import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// compare's verdict and the advice's verdict, worded by `lessons/diagnosis.txt`: the sentences
/// are those compare printed when they were Swift (the oracle below is that code, kept), the file's
/// typed placeholders are all required, and a run with repeats that followed the advice is told
/// whether the advice kept its promise by compare's test.
@Suite struct VerdictWordsTests {
    static func record(_ id: Int, tests: [Double]) -> Session.RunRecord {
        let seeds = tests.enumerated().map { index, test in
            var config = RunConfig()
            config.seed = UInt64(index)
            let final = EpochMetrics(
                epoch: 1, trainLoss: 0.1, trainPenalty: 0, trainAccuracy: 1, validationLoss: nil,
                validationAccuracy: nil, testLoss: 1, testAccuracy: test, seconds: 0)
            return RunResult(
                config: config, history: [final], status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
                testPredictions: [], trainingImages: 300, totalSeconds: 0)
        }
        return Session.RunRecord(id: id, result: seeds[0], previous: RunConfig(), seeds: seeds)
    }

    /// What `NoiseVerdict` printed while its sentences were Swift (commit d65a6e2), unwrapped.
    static func oldSentence(_ a: Session.RunRecord, _ b: Session.RunRecord) -> String? {
        guard let comparison = SeedComparison(a.seeds, b.seeds) else { return nil }
        let labels = ("run \(a.id)", "run \(b.id)")
        let points = { (x: Double) in FigureFormat.points(x) }
        let difference = comparison.difference, interval = comparison.interval
        let head =
            "Test accuracy, \(labels.1) minus \(labels.0): \(points(difference)) points, 95% interval \(points(interval.lowerBound)) to \(points(interval.upperBound))"
        switch comparison.method {
        case .welch(let welch):
            let degrees = welch.degrees.map { String(format: "%.1f", $0) } ?? "-"
            let method =
                " (Welch's t over \(comparison.a.count) and \(comparison.b.count) seeds, \(degrees) degrees of freedom)"
            return comparison.isClear
                ? head + method
                    + ": clear. The whole interval is \(difference > 0 ? "above" : "below") zero, so \(labels.1) is \(difference > 0 ? "better" : "worse") by more than seed-to-seed noise explains."
                : head + method
                    + ": within seed noise. The interval holds zero: these seeds cannot tell the two apart. More repeats narrow it."
        case .measured(let spread, let half):
            let which = [comparison.a.count == 1 ? labels.0 : nil, comparison.b.count == 1 ? labels.1 : nil]
                .compactMap { $0 }.joined(separator: " and ")
            let both = which.contains(" and ")
            let known =
                " (\(which) \(both ? "have" : "has") one seed, so no spread of \(both ? "their" : "its") own: the seed-to-seed spread of test accuracy measured on \(spread.how) is \(FigureFormat.points(spread.summary.standardDeviation, signed: false)) points, which makes ±\(FigureFormat.points(half, signed: false)) points between these runs)"
            if comparison.isClear {
                return head + known
                    + ": larger than that noise, so likely real; `set repeats 5` on both runs would measure it instead of borrowing the spread."
            } else if let repeats = spread.repeatsToSettle(difference) {
                return head + known
                    + ": a difference this small may be noise. If it is real and the runs spread like that, repeats \(repeats) on both would settle it (`set repeats \(repeats)`, then run each again)."
            }
            return head + known
                + ": a difference this small may be noise, and even repeats \(RunConfig.maximumRepeats) on both would not tell it from noise."
        }
    }

    static let style = RenderStyle(width: 10_000, unicode: true, color: false)

    /// Every section compare chose before, with the words it printed: Welch clear both ways and
    /// within noise, and one seed on one side or both, clear, settled by repeats, or never.
    @Test(arguments: [
        ([0.75, 0.76, 0.77], [0.80, 0.81, 0.82]), ([0.80, 0.81, 0.82], [0.75, 0.76, 0.77]),
        ([0.75, 0.78, 0.76], [0.76, 0.77, 0.79]), ([0.75], [0.80]), ([0.75, 0.76, 0.77], [0.80]),
        ([0.76], [0.78]), ([0.76], [0.7605]), ([0.76, 0.77], [0.7705]),
    ])
    func compareSaysWhatItSaidBefore(a: [Double], b: [Double]) throws {
        let first = Self.record(1, tests: a), second = Self.record(2, tests: b)
        let printed = NoiseVerdict.render(
            first, second, labels: ("run 1", "run 2"), templates: shippedDiagnosis, style: Self.style)
        let old = try #require(Self.oldSentence(first, second))
        #expect(printed == old + "\n")
    }

    /// Two spreads of zero printed "- degrees of freedom" and "within seed noise" where there was
    /// no noise at all: now said as it is.
    @Test func noSpreadOnEitherSideIsSaidAsSuch() {
        let same = NoiseVerdict.render(
            Self.record(1, tests: [0.1135, 0.1135]), Self.record(2, tests: [0.1135, 0.1135, 0.1135]),
            labels: ("run 1", "run 2"), templates: shippedDiagnosis, style: Self.style)
        #expect(
            same
                == "Test accuracy, run 2 minus run 1: +0.00 points. All 2 seeds of run 1 and all 3 of run 2 ended at this same test accuracy: no seed-to-seed spread and no difference.\n"
        )
        let differ = NoiseVerdict.render(
            Self.record(1, tests: [0.1135, 0.1135]), Self.record(2, tests: [0.098, 0.098]),
            labels: ("run 1", "run 2"), templates: shippedDiagnosis, style: Self.style)
        #expect(differ.hasPrefix("Test accuracy, run 2 minus run 1: -1.55 points. All 2 seeds of run 1 ended"))
        #expect(!differ.contains("degrees of freedom") && !differ.contains("within seed noise"))
    }

    static let shippedText =
        (try? String(contentsOfFile: packageRoot + "/lessons/diagnosis.txt", encoding: .utf8)) ?? ""

    /// A verdict that leaves out one of its figures, or names one it does not take, is refused
    /// with the file and line.
    @Test func aMissingOrForeignPlaceholderIsALoadError() throws {
        #expect(try DiagnosisTemplates.parse(Self.shippedText, file: "lessons/diagnosis.txt").isEmpty == false)
        let lines = Self.shippedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "== compare-noise"))
        var missing = lines
        missing[header + 2] = missing[header + 2].replacingOccurrences(of: "{degrees} degrees", with: "some degrees")
        #expect(missing != lines)
        #expect(throws: LessonError.self) {
            try DiagnosisTemplates.parse(missing.joined(separator: "\n"), file: "d.txt")
        }
        do {
            _ = try DiagnosisTemplates.parse(missing.joined(separator: "\n"), file: "d.txt")
        } catch {
            #expect(error.line == header + 1 && error.file == "d.txt")
            #expect(error.message.contains("`{degrees}`") && error.message.contains("compare-noise"))
        }
        var foreign = lines
        let none = try #require(lines.firstIndex(of: "== compare-none"))
        foreign[none + 1] += " {gap}"
        do {
            _ = try DiagnosisTemplates.parse(foreign.joined(separator: "\n"), file: "d.txt")
            Issue.record("a foreign placeholder loaded")
        } catch {
            #expect(error.line == none + 2)
            #expect(error.message.contains("`{gap}` is not a placeholder of `compare-none`"))
        }
    }

    /// A run with repeats that changed only what the run before advised first is told whether the
    /// advice kept its promise, by compare's test: here the fake trainer ignores `train_size` and
    /// the seed, so the gap did not move at all, which keeps no promise (and is not called seed
    /// noise: there is none). A run that changed something else is told nothing.
    @Test func followingTheAdviceWithRepeatsIsJudgedOverTheSeeds() {
        let (session, terminal, _) = makeSession([
            "set epochs 8 repeats 2", "run", "set train_size 900", "run", "set dropout 0.2", "run",
        ])
        #expect(session.runLoop() == 0)
        let output = terminal.output.replacingOccurrences(of: "\n", with: " ")
        #expect(output.contains("Over the mean of the 2 finished seeds: Overfitting"))
        #expect(
            output.contains(
                "run 2 followed the first advice after run 1, `set train_size 900`, which promised that the gap narrows"
            ), "\(terminal.output)")
        #expect(output.contains("over 2 and 2 seeds it did not move at all"))
        #expect(!output.contains("within seed noise"))
        #expect(!output.contains("kept its promise."))
        #expect(!output.contains("run 3 followed"))
    }
}
