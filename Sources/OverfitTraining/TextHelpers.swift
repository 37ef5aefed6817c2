/// Foundation-free text helpers on the standard library's types, so every module trims, escapes
/// and groups digits the same way.

extension StringProtocol {
    /// The text without the characters of `set` at either end: `" dropout ".trimmingCharacters(in: " ")`.
    /// Foundation-free, so every module trims the same way.
    public func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension String {
    /// Spaces, tabs and line ends: what surrounds a value typed or read from a file.
    public static let whitespace = " \t\r\n"
}

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

extension Int {
    /// Digits in groups of three, as the tutor writes counts: `60,000`, `1,500`, `-2,048`.
    public var groupedDigits: String {
        var digits = String(magnitude), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return (self < 0 ? "-" : "") + digits + grouped
    }
}
