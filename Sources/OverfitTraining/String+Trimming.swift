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
