import Foundation
import OverfitData

/// The tutor's own sentences that live outside any lesson: the welcome, `help` and every
/// command's help, the lesson frame, the run report's words, errors and their hints. Read from
/// `lessons/messages.txt` (English) and `lessons/ko/messages.txt` (its mirror), sectioned as
/// `guide.txt` is, so a sentence is reworded or translated without Swift.
///
/// A section's lines join with spaces and a blank line starts a new line of output: the file
/// wraps as its author likes and the screen wraps again to its own width. Each key lists the
/// `{placeholders}` it may use (`TutorMessages.Key.placeholders`); the English file must have
/// every key, and a translation is checked against it by `SectionMirror`.
public struct TutorMessages: Sendable, Equatable {
    public static let file = "messages.txt"

    private let texts: [String: String]
    /// The language the catalogue is written in: the one sentence Swift assembles from its
    /// pieces (a claim's, `Claim.sentence`) follows that language's grammar.
    public let language: Language

    public init(texts: [String: String] = [:], language: Language = .english) {
        self.texts = texts
        self.language = language
    }

    /// Reads the file's text: a section for an unknown key, a placeholder its key does not take,
    /// or a key with no section is reported with its line.
    public static func parse(_ text: String, file: String, language: Language = .english) throws(LessonError)
        -> TutorMessages
    {
        let sections = try SectionedTemplates.parse(
            text, file: file, placeholders: Key.allCases.map { ($0.rawValue, $0.placeholders) }, kind: "message")
        if let missing = Key.allCases.first(where: { sections[$0.rawValue] == nil }) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            throw LessonError(
                file: file, line: max(1, lines),
                message: "no `== \(missing.rawValue)` section: every message needs one (\(Key.allCases.count) in all)")
        }
        return TutorMessages(texts: sections.mapValues(Self.joined), language: language)
    }

    /// A section's text as shown: lines of a paragraph joined with a space, paragraphs with a
    /// newline.
    static func joined(_ section: String) -> String {
        section.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: " \t") }
            .split(separator: "", omittingEmptySubsequences: true)
            .map { $0.joined(separator: " ") }
            .joined(separator: "\n")
    }

    /// The message with its placeholders filled. A catalogue without it (no `lessons/` found)
    /// says which message is missing rather than nothing.
    public func text(_ key: Key, _ values: [String: String] = [:]) -> String {
        guard let text = texts[key.rawValue] else { return "[\(Self.file): no \(key.rawValue)]" }
        return values.isEmpty ? text : Template.fill(text, values: values)
    }

    public var isEmpty: Bool { texts.isEmpty }

    // MARK: - The installed catalogues

    /// The catalogue of `language` from the installed lessons (`LessonsLocator`), read once; a
    /// translation that does not mirror the English file is not used (English stands in).
    public static func installed(_ language: Language) -> TutorMessages {
        installedCatalogues[language] ?? installedCatalogues[.english] ?? TutorMessages()
    }

    private static let installedCatalogues: [Language: TutorMessages] = {
        let directories = LessonsLocator.searched(environment: ProcessInfo.processInfo.environment)
        guard
            let directory = directories.first(where: {
                FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent(file))
            })
        else { return [:] }
        return load(directory: directory)
    }()

    /// Every language's catalogue found in `directory` (a lessons directory); problems leave a
    /// language out (`check-lessons` and the library report them).
    public static func load(directory: String) -> [Language: TutorMessages] {
        var catalogues: [Language: TutorMessages] = [:]
        guard let english = try? LessonLibrary.text(of: file, in: directory),
            let messages = try? parse(english, file: "lessons/" + file)
        else { return [:] }
        catalogues[.english] = messages
        for language in Language.allCases where language != .english {
            let subdirectory = (directory as NSString).appendingPathComponent(language.subdirectory)
            let shown = language.shownPrefix + file
            guard let text = try? LessonLibrary.text(of: file, in: subdirectory, prefix: language.shownPrefix),
                (try? SectionMirror.check(text, file: shown, english: english, englishFile: "lessons/" + file)) != nil,
                let translated = try? parse(text, file: shown, language: language)
            else { continue }
            catalogues[language] = translated
        }
        return catalogues
    }
}
