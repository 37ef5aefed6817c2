import OverfitLessons
import OverfitTraining

/// `sources`: the five documents the lessons re-run, with their experiments and published
/// figures, from `lessons/sources.txt`.
enum SourceCommands {
    static let commands: [Command] = [
        Command(
            name: "sources", usage: "sources [NAME]",
            complete: { _, arguments in arguments.isEmpty ? .words(SourceDocument.allCases.map(\.rawValue)) : .words([])
            },
            handler: { session, arguments throws(HintedError) in
                let texts = try session.lessonGuide().library.sources
                let words = session.style.words
                guard arguments.count <= 1 else {
                    throw HintedError(words.text(.errorSourcesOne), hint: words.text(.hintSourcesExample))
                }
                var documents = SourceDocument.allCases
                if let name = arguments.first {
                    guard let document = SourceDocument(rawValue: name.lowercased()) else {
                        let names = SourceDocument.allCases.map(\.rawValue)
                        let message =
                            Suggestion.closest(to: name, among: names).map {
                                words.text(.errorNoSourceSuggest, ["name": Text.shown(name), "suggestion": $0])
                            } ?? words.text(.errorNoSource, ["name": Text.shown(name)])
                        // Names to type, so in backticks, as commands are in every language.
                        let typed = names.map { "`\($0)`" }
                        throw HintedError(
                            message, hint: words.text(.hintSourcesNames, ["names": oneOf(typed, words: words)]))
                    }
                    documents = [document]
                }
                session.write(render(texts, documents: documents, style: session.style))
            })
    ]

    /// Each document's section: its first paragraph as a heading, the rest indented.
    static func render(_ texts: SourceTexts, documents: [SourceDocument], style: RenderStyle) -> String {
        guard !texts.isEmpty else {
            return style.say(
                .sourcesMissing, ["names": oneOf(SourceDocument.allCases.map(\.title), words: style.words)]) + "\n"
        }
        var out: [String] = []
        for document in documents {
            guard let text = texts.text(document) else { continue }
            let paragraphs = text.components(separatedBy: "\n\n").map {
                $0.split(separator: "\n").joined(separator: " ")
            }
            var lines = [Text.wrap(paragraphs.first ?? document.title, width: style.width)]
            for paragraph in paragraphs.dropFirst() {
                lines.append(Text.wrap(paragraph, width: style.width, indent: "  ", firstIndent: "  "))
            }
            out.append(lines.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// `a, b or c` in the words' language (`word.or`): English reads as `KnobParsing.oneOf`.
    static func oneOf(_ items: [String], words: TutorMessages) -> String {
        guard let last = items.last else { return "" }
        let rest = items.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " " + words.text(.wordOr) + " " + last
    }
}
