import OverfitTraining

/// Finds English prose left in a translated screen: three or more English words in a row, outside
/// backticks and double quotes (a paper's title stays English). Commands, knob names and values
/// stay ASCII in a translation (`set dropout 0.2`, `lr 0.1`, `batchnorm on, augment none`, MNIST,
/// ReLU): a knob's name and a value of it after it are not counted as words, and the rest come one
/// or two at a time, between numbers or Hangul; a sentence or a label the translation missed (`a
/// number in [0, 1)`, `best final test accuracy`) does not. `check-lessons` runs it over every
/// translated lesson it walks, and the tutor's tests over a translated session's every command.
public enum UntranslatedText {
    /// The fewest English words in a row that count as untranslated prose.
    public static let wordsInARow = 3

    /// Each run of English words found in `text`, as printed (ANSI colours removed), one per
    /// line at most. A quoted span may wrap onto the next line; a paragraph ends any quote.
    public static func englishRuns(in text: String) -> [String] {
        text.components(separatedBy: "\n\n")
            .flatMap { outsideQuotes(withoutColours($0)).split(separator: "\n") }
            .compactMap { englishRun(inLine: String($0)) }
    }

    /// The first run of English words in `line` (quotes already taken out), or nil.
    static func englishRun(inLine line: String) -> String? {
        var run: [Substring] = []
        var values: Set<Substring> = []
        for token in tokens(line) {
            // A knob's name, and one of its values after it (`batchnorm on`), name a setting.
            let word = bare(token)
            let setting = knobValues[word] != nil || values.contains(word)
            values = knobValues[word] ?? []
            if !setting && isEnglishWord(token) {
                run.append(token)
            } else {
                if run.count >= wordsInARow { return run.joined(separator: " ") }
                run = []
            }
        }
        return run.count >= wordsInARow ? run.joined(separator: " ") : nil
    }

    /// A word of two or more ASCII letters, hyphenated words among them (`seed-to-seed`,
    /// `300-image`), with at most a closing comma, colon or full stop (`number,` `accuracy:`);
    /// anything else with a digit, `_`, `|`, `=` or a non-ASCII letter is not prose (`val_size`,
    /// `conv16`, `higher|lower`, `epochs=3`, `테스트`).
    static func isEnglishWord(_ token: Substring) -> Bool {
        let word = bare(token)
        guard word != "a" else { return true }
        guard !citation.contains(word) else { return false }
        // Capitals are a usage line's placeholders (`set KNOB VALUE`) or a name (MNIST, SGD).
        guard !word.allSatisfy({ $0.isUppercase || $0 == "-" }) else { return false }
        var parts = word.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count > 1, let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isNumber }) {
            parts.removeFirst()
        }
        return word.count >= 2
            && parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isLetter } }
    }

    /// `token` without the punctuation around a word (`(epochs,` → `epochs`).
    static func bare(_ token: Substring) -> Substring {
        var word = token
        while let last = word.last, ",:;.!?)".contains(last) { word = word.dropLast() }
        while let first = word.first, "(".contains(first) { word = word.dropFirst() }
        return word
    }

    /// Each knob's names (`batchnorm`, `optimiser`) with the words its values take (`on`, `off`):
    /// a translated table or sentence names settings in ASCII.
    static let knobValues: [Substring: Set<Substring>] = Dictionary(
        RunConfig.knobs.flatMap { knob in
            ([knob.name] + knob.aliases).map { (Substring($0), Set(knob.choices.map { Substring($0) })) }
        },
        uniquingKeysWith: { $0.union($1) })

    /// A citation's Latin (`Zhang et al.`).
    static let citation: Set<Substring> = ["et", "al"]

    /// Tokens split at spaces; a token that ends a clause (`unit;`) ends a run after it.
    static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            result.append(token)
            if let last = token.last, ";!?".contains(last) { result.append("|") }
        }
        return result
    }

    /// `text` with every `quoted` and "quoted" span replaced by a break (line breaks kept).
    static func outsideQuotes(_ text: String) -> String {
        var out = "", quote: Character? = nil
        for character in text {
            if character == "`" || character == "\"", quote == nil || quote == character {
                quote = quote == nil ? character : nil
                out += " | "
            } else if quote == nil || character == "\n" {
                out.append(character)
            }
        }
        return out
    }

    /// `line` without ANSI escape sequences (`ESC [ ... letter`).
    static func withoutColours(_ line: String) -> String {
        var out = "", escaping = false
        for character in line {
            if character == "\u{1B}" {
                escaping = true
            } else if escaping {
                if character.isLetter { escaping = false }
            } else {
                out.append(character)
            }
        }
        return out
    }
}
