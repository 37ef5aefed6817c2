import OverfitData
import OverfitLessons
import OverfitTraining

/// The longer words behind `explain KNOB`, read from `lessons/knobs.txt` so they can be edited
/// without recompiling: a section `== knob` per knob, with what the source documents did with it.
public struct KnobExplanations: Sendable, Equatable {
    public private(set) var texts: [String: String]

    public init(texts: [String: String] = [:]) {
        self.texts = texts
    }

    public static let empty = KnobExplanations()

    static let origin =
        "lessons/knobs.txt comes with overfit: one `== KNOB` section per knob; `git checkout lessons/knobs.txt` restores it"

    /// Where knobs.txt comes from and how to restore it, in `language`.
    static func origin(_ language: Language) -> String {
        language == .english ? origin : FileWords(language).say(.fileOriginKnobs)
    }

    /// Parses the file's text; errors name the line (text before the first section, a section for
    /// a knob that does not exist, a knob explained twice).
    public static func parse(
        _ text: String, file: String, language: Language = .english
    ) throws(HintedError) -> KnobExplanations {
        do {
            return KnobExplanations(
                texts: try SectionedText.sections(text, names: RunConfig.knobs.map(\.name), kind: "knob"))
        } catch {
            let words = FileWords(language)
            let problem = language == .english ? error.problem.message : say(error.problem, words)
            throw HintedError(
                words.say(.errorKnobsLine, ["file": file, "line": String(error.line), "problem": problem]),
                hint: origin(language))
        }
    }

    /// What is wrong with a line of knobs.txt, in `words`' language.
    private static func say(_ problem: SectionedText.Problem, _ words: FileWords) -> String {
        switch problem {
        case .unknownName(let name, _, let names):
            return words.say(
                .errorKnobsNotAKnob, ["name": VisibleText.escaped(name), "names": names.joined(separator: ", ")])
        case .repeatedName(let name): return words.say(.errorKnobsTwice, ["name": name])
        case .textBeforeFirstSection: return words.say(.errorKnobsTextBefore)
        }
    }

    /// Loads `lessons/knobs.txt` from `directory`.
    public static func load(
        lessonsDirectory directory: String, language: Language = .english
    ) throws(HintedError) -> KnobExplanations {
        let path = directory + "/knobs.txt"
        let text = try FileAccess.readText(
            path, what: FileWords(language).say(.fileWhatKnobs), origin: origin(language), language: language)
        return try parse(text, file: path, language: language)
    }
}
