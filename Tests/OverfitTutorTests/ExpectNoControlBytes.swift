import OverfitData
import Testing

/// Fails for any character the sanitiser would have escaped (newlines aside).
func expectNoControlBytes(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let raw = text.unicodeScalars.filter { VisibleText.needsEscape($0, keepingNewlines: true) }
    #expect(
        raw.isEmpty, "raw control characters in the output: \(raw.map { String($0.value, radix: 16) })",
        sourceLocation: sourceLocation)
}
