import OverfitData

/// Splits a command line into words at spaces and tabs; double quotes keep spaces inside a word
/// (`save "my session.ovf"`), a backslash escapes the next character inside quotes. The tutor's
/// commands, lessons' `do:` lines and knob settings are all split by it.
public enum Tokenizer {
    public static func split(_ line: String) throws(HintedError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false, quoted = false, escaped = false
        for char in line {
            if escaped {
                current.append(char)
                escaped = false
            } else if quoted {
                if char == "\\" { escaped = true } else if char == "\"" { quoted = false } else { current.append(char) }
            } else if char == "\"" {
                quoted = true
                inWord = true
            } else if char == " " || char == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(char)
                inWord = true
            }
        }
        guard !quoted else {
            let quoted = KnobParsing.quoted(line)
            throw HintedError(
                Phrase(.errorUnclosedQuote, ["line": .text(quoted)], english: "unclosed double quote in \(quoted)"),
                hint: Phrase(.hintUnclosedQuote, english: "close it, e.g. save \"my session.ovf\""))
        }
        if inWord { words.append(current) }
        return words
    }

    /// Writes `word` so that `split` reads it back as one word.
    public static func quote(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }) else {
            return word
        }
        var out = "\""
        for char in word {
            if char == "\"" || char == "\\" { out.append("\\") }
            out.append(char)
        }
        return out + "\""
    }
}
