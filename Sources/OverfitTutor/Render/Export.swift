import OverfitTraining

/// A run's history as CSV, for a spreadsheet: one row per epoch, the columns named as in the
/// run's JSON (`RunResult.json`). No wall-clock times, so an export of a replayed run is the same file.
public enum RunExport {
    /// The CSV's first line, by which `WriteTarget` knows an export overfit wrote.
    static let csvHeader = "epoch,train_loss,train_penalty,train_acc,val_loss,val_acc,test_loss,test_acc\n"

    public static func csv(_ result: RunResult) -> String {
        var out = csvHeader
        for m in result.history {
            let fields = [
                String(m.epoch), number(m.trainLoss), number(m.trainPenalty), number(m.trainAccuracy),
                m.validationLoss.map(number) ?? "", m.validationAccuracy.map(number) ?? "",
                number(m.testLoss), number(m.testAccuracy),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// Shortest text that reads back as the same Double; `nan` and `inf` spelled out for CSV.
    static func number(_ value: Double) -> String {
        value.isNaN ? "nan" : value.isInfinite ? (value > 0 ? "inf" : "-inf") : "\(value)"
    }
}
