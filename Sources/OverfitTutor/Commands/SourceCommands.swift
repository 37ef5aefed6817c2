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
                guard arguments.count <= 1 else {
                    throw HintedError("sources takes at most one name", hint: "e.g. sources lab-slides")
                }
                var documents = SourceDocument.allCases
                if let name = arguments.first {
                    guard let document = SourceDocument(rawValue: name.lowercased()) else {
                        let names = SourceDocument.allCases.map(\.rawValue)
                        let suggestion =
                            Suggestion.closest(to: name, among: names).map { "; did you mean `\($0)`?" } ?? ""
                        throw HintedError(
                            "no source document `\(Text.shown(name))`\(suggestion)",
                            hint: "the documents are \(KnobParsing.oneOf(names))")
                    }
                    documents = [document]
                }
                session.write(render(texts, documents: documents, style: session.style))
            })
    ]

    /// Each document's section: its first paragraph as a heading, the rest indented.
    static func render(_ texts: SourceTexts, documents: [SourceDocument], style: RenderStyle) -> String {
        guard !texts.isEmpty else {
            return
                "no lessons/sources.txt was found: the documents are \(KnobParsing.oneOf(SourceDocument.allCases.map(\.title)))\n"
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
}
