/// Text read from a file as the tutor's parsers expect it, whatever editor wrote it.
///
/// A file saved on Windows ends its lines with CRLF, and Swift reads `"\r\n"` as one Character,
/// so splitting such text at `"\n"` finds a single line: a lesson or session file was rejected,
/// and `knobs.txt` (its first line a comment) was silently read as empty. Some editors also
/// start UTF-8 with a byte-order mark. Every reader of a text file goes through `normalised`.
public enum TextFile {
    /// `text` with a leading UTF-8 byte-order mark removed and every CRLF turned into LF. A lone
    /// CR is left alone (the sanitiser shows it as `\x0D` wherever it is printed).
    public static func normalised(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        guard scalars.contains("\r") else { return String(scalars) }
        var out = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                index = next
                continue
            }
            out.append(scalar)
            index = next
        }
        return String(out)
    }

    /// The lines of `text` once normalised, without their newlines (a final newline does not
    /// start an extra line).
    public static func lines(_ text: String) -> [Substring] {
        var lines = normalised(text).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
