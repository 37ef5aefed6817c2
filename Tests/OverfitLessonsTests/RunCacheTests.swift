import OverfitLessons
import OverfitTraining
import Testing

/// `check-lessons` trains each distinct run once: a second lesson (or a second check) with the
/// same knobs and seed takes the stored run, bit for bit, and a new seed trains.
@Suite struct RunCacheTests {
    @Test func anIdenticalRunIsTakenFromTheCacheAndADifferentSeedIsTrained() throws {
        let lesson = try LessonParser.parse(LessonCheckTests.lesson, file: "tiny.lesson", stepCommands: stepCommands)
        let check = LessonCheck(trainer: Trainer(data: TinyData.shared))
        let first = try check.check(lesson, seed: 3)
        #expect(check.cache.hits == 0)
        let again = try check.check(lesson, seed: 3)
        #expect(check.cache.hits == 2)
        #expect(again.runs.map(\.result.history) == first.runs.map(\.result.history))
        _ = try check.check(lesson, seed: 4)
        #expect(check.cache.hits == 2)
    }
}
