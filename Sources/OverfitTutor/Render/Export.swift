import OverfitTraining

/// A run's history as CSV or JSON, for a spreadsheet or a notebook. No wall-clock times, so an
/// export of a replayed run is the same file.
public enum RunExport {
    public static func csv(_ result: RunResult) -> String {
        var out = "epoch,train_loss,train_penalty,train_accuracy,validation_loss,validation_accuracy,test_loss,test_accuracy\n"
        for m in result.history {
            let fields = [String(m.epoch), number(m.trainLoss), number(m.trainPenalty), number(m.trainAccuracy),
                          m.validationLoss.map(number) ?? "", m.validationAccuracy.map(number) ?? "",
                          number(m.testLoss), number(m.testAccuracy)]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    public static func json(_ result: RunResult, id: Int) -> String {
        let settings = result.config.settings.map { "    \(string($0.name)): \(string($0.value))" }.joined(separator: ",\n")
        let history = result.history.map { m in
            let fields = ["\"epoch\": \(m.epoch)", "\"train_loss\": \(json(m.trainLoss))",
                          "\"train_penalty\": \(json(m.trainPenalty))", "\"train_accuracy\": \(json(m.trainAccuracy))",
                          "\"validation_loss\": \(m.validationLoss.map(json) ?? "null")",
                          "\"validation_accuracy\": \(m.validationAccuracy.map(json) ?? "null")",
                          "\"test_loss\": \(json(m.testLoss))", "\"test_accuracy\": \(json(m.testAccuracy))"]
            return "    {" + fields.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        return """
        {
          "run": \(id),
          "status": \(string(result.status.name)),
          "training_images": \(result.trainingImages),
          "restored_epoch": \(result.restoredEpoch.map(String.init) ?? "null"),
          "config": {
        \(settings)
          },
          "history": [
        \(history)
          ]
        }

        """
    }

    /// Shortest text that reads back as the same Double; `nan` and `inf` spelled out for CSV.
    static func number(_ value: Double) -> String {
        value.isNaN ? "nan" : value.isInfinite ? (value > 0 ? "inf" : "-inf") : "\(value)"
    }

    static func json(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

    static func string(_ text: String) -> String { JSONValue.quote(text) }
}
