/// A run as one JSON object: `config` (every knob by name), `history` (one entry per epoch),
/// `status`, and what early stopping did. Keys keep the knob table's order, so files diff well.
extension RunResult {
    public func json(pretty: Bool = false) -> String {
        var config: [(String, JSONValue)] = []
        for (name, value) in self.config.settings {
            config.append((name, JSONValue.fromKnobText(name: name, value: value)))
        }
        let epochs: [JSONValue] = history.map { metrics in
            var fields: [(String, JSONValue)] = [
                ("epoch", .integer(metrics.epoch)),
                ("train_loss", .number(metrics.trainLoss)),
                ("train_penalty", .number(metrics.trainPenalty)),
                ("train_acc", .number(metrics.trainAccuracy)),
            ]
            if let loss = metrics.validationLoss, let accuracy = metrics.validationAccuracy {
                fields.append(("val_loss", .number(loss)))
                fields.append(("val_acc", .number(accuracy)))
            }
            fields.append(("test_loss", .number(metrics.testLoss)))
            fields.append(("test_acc", .number(metrics.testAccuracy)))
            fields.append(("seconds", .number(metrics.seconds)))
            return .object(fields)
        }
        var top: [(String, JSONValue)] = [
            ("tool", .string("overfit \(OverfitVersion.current)")),
            ("config", .object(config)),
            ("status", .string(status.name)),
        ]
        if case .diverged(let epoch, let batch) = status {
            top.append(("diverged_at", .object([("epoch", .integer(epoch)), ("batch", .integer(batch))])))
        }
        top.append(("restored_epoch", restoredEpoch.map(JSONValue.integer) ?? .null))
        top.append(("stopped_early_after_epoch", stoppedEarlyAfterEpoch.map(JSONValue.integer) ?? .null))
        top.append(("training_images", .integer(trainingImages)))
        top.append(("history", .array(epochs)))
        return JSONValue.object(top).text(pretty: pretty)
    }
}

/// Just enough JSON to write ordered objects; overfit only writes JSON, it never reads it.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// Knob values typed for JSON: numbers as numbers, `layers` as an array of widths.
    static func fromKnobText(name: String, value: String) -> JSONValue {
        if name == "layers" {
            return .array(value == "none" ? [] : value.split(separator: ",").compactMap { Int($0) }.map(JSONValue.integer))
        }
        if let integer = Int(value) { return .integer(integer) }
        if let number = Double(value) { return .number(number) }
        return .string(value)
    }

    public func text(pretty: Bool = false, indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .string(let value): return Self.quote(value)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let parts = items.map { $0.text(pretty: pretty, indent: inner) }
            return pretty ? "[\n" + parts.map { inner + $0 }.joined(separator: ",\n") + "\n\(indent)]"
                          : "[" + parts.joined(separator: ",") + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            let parts = fields.map { Self.quote($0.0) + (pretty ? ": " : ":") + $0.1.text(pretty: pretty, indent: inner) }
            return pretty ? "{\n" + parts.map { inner + $0 }.joined(separator: ",\n") + "\n\(indent)}"
                          : "{" + parts.joined(separator: ",") + "}"
        }
    }

    /// A JSON string literal, control characters escaped.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
