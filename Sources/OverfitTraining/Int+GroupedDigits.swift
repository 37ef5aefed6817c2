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
