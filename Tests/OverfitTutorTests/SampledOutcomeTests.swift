import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// A run with `test_eval N` keeps, in its session file, which epochs measured only the first N
/// test images, so a resumed or replayed run renders and compares the same; the field is
/// optional (older files read as before) and refused with its line when damaged.
@Suite struct SampledOutcomeTests {
    static func sampledRun(epochs: Int, wholeEpoch: Int?) -> RunOutcome {
        let history = (1...epochs).map { epoch in
            EpochMetrics(
                epoch: epoch, trainLoss: 1.0 / Double(epoch), trainPenalty: 0, trainAccuracy: 0.5,
                validationLoss: nil, validationAccuracy: nil, testLoss: 2.0, testAccuracy: 0.25, seconds: 0,
                sampledTestImages: epoch == wholeEpoch ? nil : 1_000)
        }
        return RunOutcome(
            history: history, status: .finished, restoredEpoch: nil, stoppedEarlyAfterEpoch: nil,
            testPredictions: [1, 2, 3], trainingImages: 300)
    }

    @Test func sampledEpochsRoundTrip() throws {
        let outcome = Self.sampledRun(epochs: 5, wholeEpoch: 3)
        let entry = try SessionFormatTests.run(1, outcome, epochs: 5)
        let file = SessionFile(toolVersion: "0.1.0", entries: [.command("run"), .result(entry)])
        let text = file.render()
        #expect(text.contains(" diverged_at=- sampled_test=1000:1-2,4-5\n"))
        let read = try #require(try SessionFile.parse(text, file: "s.ovf").results.first?.outcome)
        #expect(read.history.map(\.sampledTestImages) == [1_000, 1_000, nil, 1_000, 1_000])
        #expect(read == outcome)
        // The report a resumed run prints says so, as the live one did.
        let result = read.result(config: entry.config)
        #expect(
            RunReport.sampledTestNote(result)
                == "test figures of 4 epochs are on the first 1,000 test images only (test_eval 1000); epoch 3 measured all of them"
        )
    }

    @Test func aRunWithoutSamplingWritesTheLineAsBefore() throws {
        let outcome = Self.sampledRun(epochs: 2, wholeEpoch: nil)
        var whole = outcome
        for index in whole.history.indices { whole.history[index].sampledTestImages = nil }
        let text = SessionFile(
            toolVersion: "0.1.0", entries: [.command("run"), .result(try SessionFormatTests.run(1, whole, epochs: 2))]
        ).render()
        #expect(text.contains(" diverged_at=-\n"))
        #expect(!text.contains("sampled_test"))
        #expect(whole != outcome)
    }

    @Test(arguments: [
        "sampled_test=1000", "sampled_test=0:1", "sampled_test=1000:0", "sampled_test=1000:3", "sampled_test=1000:2-1",
        "sampled_test=1000:1,1", "sampled_test=1000:1-", "sampled_test=x:1", "sampled_test=100001:1",
        "sampled_test=1000:1-99999999999999999999", "sampled_test=1000:",
    ])
    func damagedSampledFieldsAreRefusedWithTheLine(field: String) {
        let text = SessionFormatTests.block.replacingOccurrences(of: "diverged_at=-", with: "diverged_at=- " + field)
        do {
            _ = try SessionFile.parse(text, file: "s.ovf")
            Issue.record("accepted: \(field)")
        } catch {
            #expect(
                error.message.hasPrefix("session file s.ovf, line 6: sampled_test must be IMAGES:EPOCHS"),
                "\(error.message)")
        }
    }
}
