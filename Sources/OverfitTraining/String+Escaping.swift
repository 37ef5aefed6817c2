extension String {
    /// The text with every scalar that `replacement` names written as it says, the others kept.
    /// The JSON and session-file escapers are this loop with their own table.
    public func escaping(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// The scalar's value in hexadecimal, zero-padded to `digits`: `1b`, `001b`.
    public func hex(digits: Int, uppercase: Bool = false) -> String {
        let text = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
