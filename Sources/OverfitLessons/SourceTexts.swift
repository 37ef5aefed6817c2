import OverfitTraining

/// What the five source documents did and published, read from `lessons/sources.txt` (one
/// section per document, named as `SourceDocument`), for the `sources` command.
public struct SourceTexts: Sendable, Equatable {
    private let texts: [String: String]

    public init(texts: [String: String] = [:]) {
        self.texts = texts
    }

    /// Reads the file's text; a section for an unknown document is reported with its line.
    public static func parse(_ text: String, file: String) throws(LessonError) -> SourceTexts {
        SourceTexts(
            texts: try SectionedText.parse(
                text, file: file, names: SourceDocument.allCases.map(\.rawValue), kind: "document"))
    }

    /// The document's section, or nil if the file has none for it.
    public func text(_ document: SourceDocument) -> String? { texts[document.rawValue] }

    public var isEmpty: Bool { texts.isEmpty }
}
