/// A run as JSON, in one schema (`overfit-run/1`) for `overfit run --json`, the tutor's
/// `export RUN FILE.json` and `overfit check-lessons --json`; the README has a table of its
/// fields. Every field is always present (`null` where it does not apply), keys keep the knob
/// table's order so files diff well, and there are no wall-clock times: the same settings and
/// seed give the same file, byte for byte.
extension RunResult {
    public static let jsonSchema = "overfit-run/1"

    /// The run as a JSON value; `id` is its number in a tutor session (none from `overfit run`);
    /// `fixed` are knobs a lesson's rules keep, which the diagnosis never advises.
    public func jsonValue(id: Int? = nil, fixed: Set<KnobID> = []) -> JSONValue {
        let knobs = RunConfig.knobs.map { ($0.name, $0.typedValue(in: config).json) }
        var divergedAt = JSONValue.null
        if case .diverged(let epoch, let batch) = status {
            divergedAt = .object([("epoch", .integer(epoch)), ("batch", .integer(batch))])
        }
        return .object([
            ("schema", .string(Self.jsonSchema)),
            ("tool", .string("overfit \(OverfitVersion.current)")),
            ("run", id.map(JSONValue.integer) ?? .null),
            ("status", .string(status.name)),
            ("diverged_at", divergedAt),
            ("training_images", .integer(trainingImages)),
            ("restored_epoch", restoredEpoch.map(JSONValue.integer) ?? .null),
            ("stopped_early_after_epoch", stoppedEarlyAfterEpoch.map(JSONValue.integer) ?? .null),
            ("config", .object(knobs)),
            ("history", .array(history.map(\.jsonValue))),
            ("diagnosis", Diagnosis(self).jsonValue(keeping: fixed)),
        ])
    }

    /// The run as JSON text: one line, or `pretty` with indents.
    public func json(id: Int? = nil, fixed: Set<KnobID> = [], pretty: Bool = false) -> String {
        jsonValue(id: id, fixed: fixed).text(pretty: pretty)
    }
}

extension EpochMetrics {
    /// One epoch's figures; `val_loss` and `val_acc` are `null` without a validation split.
    var jsonValue: JSONValue {
        .object([
            ("epoch", .integer(epoch)),
            ("train_loss", .number(trainLoss)),
            ("train_penalty", .number(trainPenalty)),
            ("train_acc", .number(trainAccuracy)),
            ("val_loss", validationLoss.map(JSONValue.number) ?? .null),
            ("val_acc", validationAccuracy.map(JSONValue.number) ?? .null),
            ("test_loss", .number(testLoss)),
            ("test_acc", .number(testAccuracy)),
            // `test_eval N`: the test figures cover the first N test images only.
            ("test_sampled", sampledTestImages.map(JSONValue.integer) ?? .null),
        ])
    }
}

extension Diagnosis {
    /// `{"verdict": "collapsed", "advice": [{"knob": "weight_decay", "value": 0.03, "with": []}]}`:
    /// the verdict as the README lists them, and the advice in order, the first most likely to help.
    public func jsonValue(keeping fixed: Set<KnobID> = []) -> JSONValue {
        .object([
            ("verdict", .string(verdict.rawValue)),
            ("advice", .array(advice(keeping: fixed).map(\.jsonValue))),
        ])
    }
}
