import Foundation
import OverfitData

/// Every lesson in a `lessons/` directory (files ending `.lesson`), in path order. A malformed
/// file is reported and left out; the others still load.
public struct LessonLibrary: Sendable {
    public let lessons: [Lesson]
    public let problems: [LessonError]

    public init(lessons: [Lesson], problems: [LessonError] = []) {
        self.lessons = lessons.sorted { $0.number < $1.number }
        self.problems = problems
    }

    public static func load(directory: String) -> LessonLibrary {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            return LessonLibrary(lessons: [], problems: [LessonError(file: directory, line: 0, message: "cannot read the lessons directory")])
        }
        var lessons: [Lesson] = []
        var problems: [LessonError] = []
        for name in names.sorted() where name.hasSuffix(".lesson") {
            let path = (directory as NSString).appendingPathComponent(name)
            let shown = "lessons/\(VisibleText.escaped(name))"
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= maxFileBytes else {
                problems.append(LessonError(file: shown, line: 0, message: "the file is \(size) bytes; a lesson is at most \(maxFileBytes)"))
                continue
            }
            guard let data = manager.contents(atPath: path) else {
                problems.append(LessonError(file: shown, line: 0, message: "cannot read the file"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(LessonError(file: shown, line: 0, message: "the file is not UTF-8 text"))
                continue
            }
            do {
                let lesson = try LessonParser.parse(text, file: shown)
                if let clash = lessons.first(where: { $0.number == lesson.number }) {
                    problems.append(LessonError(file: shown, line: 1, message: "lesson number \(lesson.number) is also used by \(clash.file)"))
                    continue
                }
                lessons.append(lesson)
            } catch {
                problems.append(error)
            }
        }
        return LessonLibrary(lessons: lessons, problems: problems)
    }

    /// Lessons are a few kilobytes: a larger file is not read (it may not even be a lesson).
    public static let maxFileBytes = 1 << 20

    public func lesson(number: Int) -> Lesson? { lessons.first { $0.number == number } }
}
