import Foundation
import OverfitData

/// Every lesson in a `lessons/` directory (files ending `.lesson`), in path order, the guide's
/// sentences (`guide.txt`), the source documents (`sources.txt`) and the diagnosis's words
/// (`diagnosis.txt`). A malformed file is reported and left out; the others still load.
public struct LessonLibrary: Sendable {
    public let lessons: [Lesson]
    public let messages: GuideMessages
    public let sources: SourceTexts
    public let diagnosis: DiagnosisTemplates
    public let problems: [LessonError]
    /// The language of the texts: English for the originals, another for a translation.
    public let language: Language
    /// The translations that loaded whole (`lessons/ko/`), each with the English experiment and
    /// its own words (`LessonMirror`).
    public internal(set) var translations: [Language: LessonLibrary] = [:]
    /// What is wrong with each translation that did not load: a missing, extra or mismatched
    /// file. A translation with any problem is not offered (`unavailable(_:)` says why).
    public internal(set) var translationProblems: [Language: [LessonError]] = [:]

    public init(
        lessons: [Lesson], messages: GuideMessages = GuideMessages(), sources: SourceTexts = SourceTexts(),
        diagnosis: DiagnosisTemplates = DiagnosisTemplates(), problems: [LessonError] = [],
        language: Language = .english
    ) {
        self.lessons = lessons.sorted { $0.number < $1.number }
        self.messages = messages
        self.sources = sources
        self.diagnosis = diagnosis
        self.problems = problems
        self.language = language
    }

    /// The library's texts in `language`, or nil when that translation is not available.
    public func texts(in language: Language) -> LessonLibrary? {
        language == self.language ? self : translations[language]
    }

    /// Why `language` cannot be used, in a sentence; nil when it can.
    public func unavailable(_ language: Language) -> String? {
        guard texts(in: language) == nil else { return nil }
        guard let problems = translationProblems[language], let first = problems.first else {
            return
                "there are no \(language.name) texts: \(language.shownPrefix) does not exist in the lessons directory"
        }
        let more =
            problems.count > 1 ? " (and \(problems.count - 1) more problem\(problems.count == 2 ? "" : "s"))" : ""
        return "the \(language.name) texts are incomplete: \(first)\(more)"
    }

    /// Every problem of every translation, for `check-lessons` (which fails on any).
    public var allTranslationProblems: [LessonError] {
        Language.allCases.flatMap { translationProblems[$0] ?? [] }
    }

    /// `stepCommands`: the commands a lesson step may ask for (see `LessonParser.parse`). A
    /// translation is loaded from its subdirectory (`ko/`) when the subdirectory exists.
    public static func load(directory: String, stepCommands: Set<String>) -> LessonLibrary {
        let english = LoadedTexts.read(directory: directory, language: .english, stepCommands: stepCommands)
        var library = english.library(language: .english)
        for language in Language.allCases where language != .english {
            let subdirectory = (directory as NSString).appendingPathComponent(language.subdirectory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: subdirectory, isDirectory: &isDirectory) else { continue }
            guard isDirectory.boolValue else {
                library.translationProblems[language] = [
                    LessonError(file: language.shownPrefix, line: 0, message: "is not a directory")
                ]
                continue
            }
            let translated = LoadedTexts.read(directory: subdirectory, language: language, stepCommands: stepCommands)
            let joined = translated.mirroring(english, language: language)
            if joined.problems.isEmpty {
                library.translations[language] = joined
            } else {
                library.translationProblems[language] = joined.problems
            }
        }
        return library
    }

    /// The file of the source documents' summaries in the lessons directory.
    public static let sourcesFile = "sources.txt"

    /// The file of the guide's sentences in the lessons directory.
    public static let guideFile = "guide.txt"

    static func text(of name: String, in directory: String, prefix: String = "lessons/") throws(LessonError) -> String {
        let shown = prefix + VisibleText.escaped(name)
        let path = (directory as NSString).appendingPathComponent(name)
        // The size is the file's own, checked on the opened file: a symlink to 80 MB, a FIFO or
        // a device in $OVERFIT_LESSONS is refused like an 80 MB file named directly.
        let data: [UInt8]
        switch RegularFile.read(path, limit: maxFileBytes) {
        case .success(let bytes): data = bytes
        case .failure(.tooLarge(let size, _)):
            throw LessonError(
                file: shown, line: 0, message: "the file is \(size) bytes; a lesson is at most \(maxFileBytes)")
        case .failure(let refusal):
            throw LessonError(file: shown, line: 0, message: "cannot read the file: \(refusal.reason)")
        }
        guard let text = String(bytes: data, encoding: .utf8) else {
            throw LessonError(file: shown, line: 0, message: "the file is not UTF-8 text")
        }
        return text
    }

    /// Lessons are a few kilobytes: a larger file is not read (it may not even be a lesson).
    public static let maxFileBytes = 1 << 20

    public func lesson(number: Int) -> Lesson? { lessons.first { $0.number == number } }

    /// The lesson whose `rules:` decide which runs `rank` ranks (the challenge), if one has them.
    public var challenge: Lesson? { lessons.first { !$0.rules.isEmpty } }
}
