/// The seeds of one run with `repeats`: each figure over the seeds (mean, spread, every value)
/// and the mean curves.
public struct RepeatedRun: Sendable {
    /// Every seed's run, in seed order.
    public let seeds: [RunResult]

    public init(_ seeds: [RunResult]) {
        self.seeds = seeds
    }

    /// The seeds that ran to the end: the ones a figure is summarised over.
    public var finished: [RunResult] { seeds.filter { $0.status == .finished } }

    /// One final figure (the network each seed handed back) over the finished seeds; nil when
    /// none finished.
    public func summary(_ figure: (EpochMetrics) -> Double) -> SeedSummary? {
        let values = finished.compactMap { $0.final.map(figure) }
        return values.isEmpty ? nil : SeedSummary(values)
    }

    /// The finished seeds' final figures averaged (each seed's `final`: its restored epoch under
    /// early stopping), as one epoch numbered by the first seed's; nil when none finished.
    public var meanFinal: EpochMetrics? {
        let runs = finished
        guard let first = runs.first?.final, let train = summary(\.trainAccuracy), let test = summary(\.testAccuracy),
            let trainLoss = summary(\.trainLoss), let testLoss = summary(\.testLoss),
            let penalty = summary(\.trainPenalty)
        else { return nil }
        return EpochMetrics(
            epoch: first.epoch, trainLoss: trainLoss.mean, trainPenalty: penalty.mean, trainAccuracy: train.mean,
            validationLoss: nil, validationAccuracy: nil, testLoss: testLoss.mean, testAccuracy: test.mean,
            seconds: 0)
    }

    /// The finished seeds' curves averaged epoch by epoch (up to the shortest of them), as one
    /// run: what the sparklines and the diagnosis of a repeated run read.
    public var meanResult: RunResult? {
        let runs = finished
        guard let first = runs.first, let length = runs.map(\.history.count).min(), length > 0 else { return nil }
        let count = Double(runs.count)
        func mean(_ figure: (EpochMetrics) -> Double, at index: Int) -> Double {
            runs.reduce(0) { $0 + figure($1.history[index]) } / count
        }
        func optionalMean(_ figure: (EpochMetrics) -> Double?, at index: Int) -> Double? {
            let values = runs.compactMap { figure($0.history[index]) }
            return values.count == runs.count ? values.reduce(0, +) / count : nil
        }
        let history = (0..<length).map { index in
            EpochMetrics(
                epoch: first.history[index].epoch, trainLoss: mean(\.trainLoss, at: index),
                trainPenalty: mean(\.trainPenalty, at: index), trainAccuracy: mean(\.trainAccuracy, at: index),
                validationLoss: optionalMean(\.validationLoss, at: index),
                validationAccuracy: optionalMean(\.validationAccuracy, at: index),
                testLoss: mean(\.testLoss, at: index), testAccuracy: mean(\.testAccuracy, at: index), seconds: 0,
                sampledTestImages: first.history[index].sampledTestImages)
        }
        return RunResult(
            config: first.config, history: history, status: .finished, restoredEpoch: nil,
            stoppedEarlyAfterEpoch: nil, testPredictions: first.testPredictions,
            trainingImages: first.trainingImages, totalSeconds: 0)
    }

    /// `{"seeds": N, "finished": F, "test_acc": {"mean":…, "sd":…, "min":…, "max":…, "values":[…]}, …}`.
    public var jsonSummary: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("seeds", .integer(seeds.count)), ("finished", .integer(finished.count)),
        ]
        let figures: [(String, (EpochMetrics) -> Double)] = [
            ("train_acc", \.trainAccuracy), ("test_acc", \.testAccuracy), ("gap", \.gap),
            ("train_loss", \.trainLoss), ("test_loss", \.testLoss),
        ]
        for (name, figure) in figures {
            guard let summary = summary(figure) else {
                fields.append((name, .null))
                continue
            }
            fields.append(
                (
                    name,
                    .object([
                        ("mean", .number(summary.mean)), ("sd", .number(summary.standardDeviation)),
                        ("min", .number(summary.minimum)), ("max", .number(summary.maximum)),
                        ("values", .array(summary.values.map(JSONValue.number))),
                    ])
                ))
        }
        return .object(fields)
    }

    /// `overfit run --json` with repeats: schema `overfit-repeats/1`, every seed's run in the
    /// run schema, and the summary.
    public func jsonValue() -> JSONValue {
        .object([
            ("schema", .string("overfit-repeats/1")),
            ("tool", .string("overfit \(OverfitVersion.current)")),
            ("seeds", .array(seeds.map { .integer(Int($0.config.seed)) })),
            ("summary", jsonSummary),
            ("runs", .array(seeds.map { $0.jsonValue() })),
        ])
    }
}
