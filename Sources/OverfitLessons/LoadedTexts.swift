import Foundation
import OverfitData

/// What one lessons directory (`lessons/` or a translation's `lessons/ko/`) holds, read and
/// parsed, before a translation is checked against the English originals (`mirroring`).
struct LoadedTexts {
    let language: Language
    /// Every `.lesson` file in the directory, parsed or not, in path order.
    var lessonNames: [String] = []
    /// The lessons that parsed, by file name.
    var lessons: [String: Lesson] = [:]
    /// The sectioned files' texts, by file name (`guide.txt`...), for a translation's check.
    var sectioned: [String: String] = [:]
    var messages = GuideMessages()
    var sources = SourceTexts()
    var diagnosis = DiagnosisTemplates()
    var problems: [LessonError] = []

    /// The sectioned files a lessons directory may hold; a translation mirrors each one present.
    static let sectionedFiles = [
        LessonLibrary.guideFile, DiagnosisTemplates.file, "knobs.txt", LessonLibrary.sourcesFile, TutorMessages.file,
    ]

    /// Reads the directory. A malformed file is a problem, named with its line; the others load.
    static func read(directory: String, language: Language, stepCommands: Set<String>) -> LoadedTexts {
        var loaded = LoadedTexts(language: language)
        let prefix = language.shownPrefix
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            let shown = language == .english ? directory : prefix
            loaded.problems.append(LessonError(file: shown, line: 0, message: "cannot read the lessons directory"))
            return loaded
        }
        loaded.lessonNames = names.sorted().filter { $0.hasSuffix(".lesson") }
        var numbers: [Int: String] = [:]
        for name in loaded.lessonNames {
            do {
                let lesson = try LessonParser.parse(
                    try LessonLibrary.text(of: name, in: directory, prefix: prefix),
                    file: prefix + VisibleText.escaped(name), stepCommands: stepCommands)
                if let clash = numbers[lesson.number] {
                    loaded.problems.append(
                        LessonError(
                            file: lesson.file, line: 1,
                            message: "lesson number \(lesson.number) is also used by \(clash)"))
                    continue
                }
                numbers[lesson.number] = lesson.file
                loaded.lessons[name] = lesson
            } catch {
                loaded.problems.append(error)
            }
        }
        for name in sectionedFiles where names.contains(name) {
            do {
                let text = try LessonLibrary.text(of: name, in: directory, prefix: prefix)
                loaded.sectioned[name] = text
                let file = prefix + name
                switch name {
                case LessonLibrary.guideFile: loaded.messages = try GuideMessages.parse(text, file: file)
                case LessonLibrary.sourcesFile: loaded.sources = try SourceTexts.parse(text, file: file)
                case DiagnosisTemplates.file: loaded.diagnosis = try DiagnosisTemplates.parse(text, file: file)
                // The tutor reads the catalogue itself (`TutorMessages.installed`); a problem is reported here.
                // A translation is checked against the English file instead, one problem per difference.
                case TutorMessages.file where language == .english: _ = try TutorMessages.parse(text, file: file)
                default: break  // knobs.txt: the tutor reads it (`KnobExplanations`); mirrored here.
                }
            } catch {
                loaded.problems.append(error)
            }
        }
        return loaded
    }

    func library(language: Language) -> LessonLibrary {
        LessonLibrary(
            lessons: Array(lessons.values), messages: messages, sources: sources, diagnosis: diagnosis,
            problems: problems, language: language)
    }

    /// This translation checked against `english`: every English lesson has a mirror of the same
    /// name and no other lesson is here, each mirror matches its original (`LessonMirror`), and
    /// each sectioned file the English directory has is here with the same sections
    /// (`SectionMirror`). The library's lessons are the joined ones; any problem is listed.
    func mirroring(_ english: LoadedTexts, language: Language) -> LessonLibrary {
        var problems = self.problems
        var joined: [Lesson] = []
        let prefix = language.shownPrefix
        for name in english.lessonNames where !lessonNames.contains(name) {
            problems.append(
                LessonError(
                    file: prefix + VisibleText.escaped(name), line: 0,
                    message: "missing: lessons/\(VisibleText.escaped(name)) has no \(language.name) mirror"))
        }
        for name in lessonNames {
            guard english.lessonNames.contains(name) else {
                problems.append(
                    LessonError(
                        file: prefix + VisibleText.escaped(name), line: 0,
                        message:
                            "there is no English lesson lessons/\(VisibleText.escaped(name)): a translation has the same file name as its original"
                    ))
                continue
            }
            // A lesson that did not parse here or in English is already a problem.
            guard let translated = lessons[name], let original = english.lessons[name] else { continue }
            do { joined.append(try LessonMirror.join(english: original, translated: translated)) } catch {
                problems.append(error)
            }
        }
        for name in Self.sectionedFiles {
            switch (english.sectioned[name], sectioned[name]) {
            case (.some, nil) where !problems.contains(where: { $0.file == prefix + name }):
                problems.append(
                    LessonError(
                        file: prefix + name, line: 0, message: "missing: lessons/\(name) has no \(language.name) mirror"
                    ))
            case (nil, .some):
                problems.append(
                    LessonError(
                        file: prefix + name, line: 0, message: "there is no English lessons/\(name) to translate"))
            case (let original?, let text?):
                do {
                    try SectionMirror.check(
                        text, file: prefix + name, english: original, englishFile: "lessons/\(name)")
                } catch {
                    problems.append(error)
                }
            default: break
            }
        }
        return LessonLibrary(
            lessons: joined, messages: messages, sources: sources, diagnosis: diagnosis, problems: problems,
            language: language)
    }
}
