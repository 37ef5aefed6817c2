import Foundation
import OverfitLessons
import OverfitTraining
import Testing

/// Every file in the package's lessons/ loads, and its runs make sense.
@Suite struct LessonFilesTests {
    static let directory: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent("lessons").path
    }()

    @Test func everyLessonFileLoads() {
        let library = LessonLibrary.load(directory: Self.directory, stepCommands: stepCommands)
        #expect(library.problems.isEmpty, "\(library.problems.map(\.description))")
        #expect(library.lessons.count >= 11)
        #expect(
            library.lessons.map(\.number) == Array(1...library.lessons.count),
            "lessons are numbered 1, 2, 3, … without gaps")
    }

    @Test func everyPlannedRunIsAValidConfigAndEveryLessonChecksSomething() throws {
        for lesson in LessonLibrary.load(directory: Self.directory, stepCommands: stepCommands).lessons {
            let plan = LessonPlan(lesson)
            #expect(!plan.runs.isEmpty, "\(lesson.file) makes no run")
            #expect(!lesson.claims.isEmpty, "\(lesson.file) states no claim")
            for run in plan.runs {
                #expect(throws: Never.self, "\(lesson.file): run \(run.name)") { try run.config.validate() }
            }
        }
    }

    @Test func aMalformedFileIsReportedAndTheOthersStillLoad() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "lesson: 1\ntitle: a\ngoal: g\nsources: s\nrun: x\nclaim: x.test_acc > 0.5\n".write(
            to: directory.appendingPathComponent("01-a.lesson"), atomically: true, encoding: .utf8)
        try "lesson: 2\ntitle: b\ngoal: g\nsources: s\nrun: x\nclaim: x.test_acc >\n".write(
            to: directory.appendingPathComponent("02-b.lesson"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: directory.appendingPathComponent("03-c.lesson"))
        let library = LessonLibrary.load(directory: directory.path, stepCommands: stepCommands)
        #expect(library.lessons.map(\.number) == [1])
        #expect(
            library.problems.map(\.description) == [
                "lessons/02-b.lesson:6: expected a number in ``",
                "lessons/03-c.lesson:0: the file is not UTF-8 text",
            ])
    }

    /// Lesson 16 reads figures over seeds (`repeats`) and asks a yes/no question about them.
    @Test func isItRealLoadsWithItsSeedFiguresAndItsQuestion() throws {
        let library = LessonLibrary.load(directory: Self.directory, stepCommands: stepCommands)
        let lesson = try #require(library.lessons.first { $0.number == 16 })
        #expect(lesson.title == "Is it real?")
        #expect(
            lesson.claims.map(\.source) == [
                "base5.max_test_acc > base5.min_test_acc", "drop5.mean_test_acc > base5.mean_test_acc",
            ])
        let predictions = lesson.steps.compactMap { step -> Prediction? in
            if case .predict(let prediction, _) = step.kind { return prediction } else { return nil }
        }
        #expect(predictions.count == 1)
        #expect(predictions.first?.metric == .meanTestAccuracy && predictions.first?.yesMeans == .higher)
        #expect(predictions.first?.baseline == "base5")
        let plan = LessonPlan(lesson)
        #expect(plan.runs.map(\.name) == ["base", "drop", "base5", "drop5"])
        #expect(plan.runs.map(\.config.repeats) == [1, 1, 5, 5])
        let commands = lesson.steps.compactMap { step -> String? in
            if case .command(let command, _) = step.kind { return command } else { return nil }
        }
        #expect(commands.contains("submit") && commands.contains("rank"))
    }
}
