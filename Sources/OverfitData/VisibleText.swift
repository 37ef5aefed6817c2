/// The one sanitiser: every byte read from a file (or from the environment, or a directory
/// listing) passes through `VisibleText.escaped` before it reaches a terminal.
///
/// A shared session or lesson file is someone else's text. Raw, an ESC sequence in it could
/// clear the screen, retitle the window or move the cursor over what was printed before it; a
/// bidi override (U+202E) could make `save a.ovf` read as something else; a zero-width or other
/// invisible format character could hide a word. Such characters are shown as visible escapes
/// instead: `\x1B` for C0, DEL and C1 controls, `\u202E` for format characters and line or
/// paragraph separators. Everything else passes unchanged, so the function is idempotent: text
/// it has escaped holds no character it would escape again.
public enum VisibleText {
    /// `text` with every control and invisible format character written as a visible escape.
    /// With `keepingNewlines`, `\n` passes through (prose); otherwise it is escaped too (one line).
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingNewlines: keepingNewlines) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `scalar` would be shown as an escape.
    public static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
        if scalar == "\n" { return !keepingNewlines }
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0xA0 { return false }
        switch scalar.properties.generalCategory {
        // Cf: bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), zero-width
        // spaces and joiners, the BOM, soft hyphens, tags; Zl/Zp: U+2028/2029, which some
        // terminals treat as a line break.
        case .format, .lineSeparator, .paragraphSeparator, .control: return true
        default: return false
        }
    }

    /// `\x1B`, `\u202E`, `\U000E0001`: no braces, which lesson prose reads as placeholders.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let (prefix, digits) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }
}
