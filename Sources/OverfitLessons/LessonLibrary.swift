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

    public init(
        lessons: [Lesson], messages: GuideMessages = GuideMessages(), sources: SourceTexts = SourceTexts(),
        diagnosis: DiagnosisTemplates = DiagnosisTemplates(), problems: [LessonError] = []
    ) {
        self.lessons = lessons.sorted { $0.number < $1.number }
        self.messages = messages
        self.sources = sources
        self.diagnosis = diagnosis
        self.problems = problems
    }

    /// `stepCommands`: the commands a lesson step may ask for (see `LessonParser.parse`).
    public static func load(directory: String, stepCommands: Set<String>) -> LessonLibrary {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            let problem = LessonError(file: directory, line: 0, message: "cannot read the lessons directory")
            return LessonLibrary(lessons: [], problems: [problem])
        }
        var lessons: [Lesson] = []
        var problems: [LessonError] = []
        for name in names.sorted() where name.hasSuffix(".lesson") {
            do {
                let lesson = try LessonParser.parse(
                    try text(of: name, in: directory), file: "lessons/\(VisibleText.escaped(name))",
                    stepCommands: stepCommands)
                if let clash = lessons.first(where: { $0.number == lesson.number }) {
                    problems.append(
                        LessonError(
                            file: lesson.file, line: 1,
                            message: "lesson number \(lesson.number) is also used by \(clash.file)"))
                    continue
                }
                lessons.append(lesson)
            } catch {
                problems.append(error)
            }
        }
        let messages = optional(guideFile, in: directory, names: names, problems: &problems, parse: GuideMessages.parse)
        let sources = optional(sourcesFile, in: directory, names: names, problems: &problems, parse: SourceTexts.parse)
        let diagnosis = optional(
            DiagnosisTemplates.file, in: directory, names: names, problems: &problems,
            parse: DiagnosisTemplates.parse)
        return LessonLibrary(
            lessons: lessons, messages: messages ?? GuideMessages(), sources: sources ?? SourceTexts(),
            diagnosis: diagnosis ?? DiagnosisTemplates(), problems: problems)
    }

    /// One of the directory's text files, parsed; a problem is added to `problems` and the
    /// tutor goes on without it.
    private static func optional<Value>(
        _ name: String, in directory: String, names: [String], problems: inout [LessonError],
        parse: (String, String) throws(LessonError) -> Value
    ) -> Value? {
        guard names.contains(name) else { return nil }
        do {
            return try parse(try text(of: name, in: directory), "lessons/\(name)")
        } catch {
            problems.append(error)
            return nil
        }
    }

    /// The file of the source documents' summaries in the lessons directory.
    public static let sourcesFile = "sources.txt"

    /// The file of the guide's sentences in the lessons directory.
    public static let guideFile = "guide.txt"

    private static func text(of name: String, in directory: String) throws(LessonError) -> String {
        let shown = "lessons/\(VisibleText.escaped(name))"
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
