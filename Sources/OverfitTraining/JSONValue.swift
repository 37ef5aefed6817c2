/// Just enough JSON to write ordered objects; overfit writes JSON, it never reads it.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// The JSON text: one line, or `pretty` with two-space indents. Non-finite numbers are `null`.
    public func text(pretty: Bool = false, indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return value.isFinite ? "\(value)" : "null"
        case .string(let value): return Self.quote(value)
        case .array(let items):
            return Self.join(
                items.map { $0.text(pretty: pretty, indent: inner) }, open: "[", close: "]",
                pretty: pretty, indent: indent)
        case .object(let fields):
            let separator = pretty ? ": " : ":"
            let parts = fields.map { Self.quote($0.0) + separator + $0.1.text(pretty: pretty, indent: inner) }
            return Self.join(parts, open: "{", close: "}", pretty: pretty, indent: indent)
        }
    }

    private static func join(_ parts: [String], open: String, close: String, pretty: Bool, indent: String) -> String {
        guard !parts.isEmpty else { return open + close }
        guard pretty else { return open + parts.joined(separator: ",") + close }
        let inner = indent + "  "
        return open + "\n" + parts.map { inner + $0 }.joined(separator: ",\n") + "\n" + indent + close
    }

    /// A JSON string literal, control characters escaped.
    public static func quote(_ text: String) -> String {
        "\""
            + text.escaping { scalar in
                switch scalar {
                case "\"": return "\\\""
                case "\\": return "\\\\"
                case "\n": return "\\n"
                case "\r": return "\\r"
                case "\t": return "\\t"
                default: return scalar.value < 0x20 ? "\\u" + scalar.hex(digits: 4) : nil
                }
            } + "\""
    }
}
