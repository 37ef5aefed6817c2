import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// `recap FILE.md`: every lesson finished in the session, as Markdown to keep, written through
/// the safe writer, asking before it replaces a file, and never from a replayed file.
@Suite struct RecapTests {
    static let lessonText = """
        lesson: 1
        title: Dropout in miniature
        goal: See dropout lift test accuracy.
        sources: the lab slides
        start: epochs=6

        run: base
        predict: drop.test_acc vs base
          With dropout 0.5, will test accuracy be higher, lower or the same?
        do: set dropout 0.5
        run: drop
        published: the lab slides: 79.54% | with dropout.
        predict: half.epochs
          How many epochs?
        do: set epochs 3
        run: half
        published: the Keras blog: 96.75%.
        recap:
          - Dropout reached {drop.test_acc} against {base.test_acc}.
          - {if drop.test_acc > base.test_acc: It won. | else: It lost.}
          - Three epochs ended at {half.test_acc}.
        """

    func session(_ lines: [String], interactive: Bool = false) -> (Session, TranscriptTerminal, String) {
        let directory = temporaryDirectory()
        try? Self.lessonText.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(lines, width: 80, interactive: interactive)
        session.guide = LessonGuide(library: LessonLibrary.load(directory: directory), progressPath: nil)
        return (session, terminal, directory)
    }

    static let golden = """
        # overfit: what you saw

        Lessons finished in this session: 1.

        ## Lesson 1: Dropout in miniature

        Goal: See dropout lift test accuracy.

        Re-runs: the lab slides

        What you saw:

        - Dropout reached 75.00% against 70.00%.
        - It won.
        - Three epochs ended at 71.25%.

        | run | # | knobs (from the lesson's start) | epochs | train acc | test acc | gap | test loss |
        |---|--:|---|--:|--:|--:|--:|--:|
        | base | 1 | — | 6 | 100.00% | 70.00% | +30.00 | 0.9000 |
        | drop | 2 | dropout 0.5 | 6 | 87.50% | 75.00% | +12.50 | 0.9000 |
        | half | 3 | epochs 3, dropout 0.5 | 3 | 68.75% | 71.25% | -2.50 | 0.8250 |

        | run | train accuracy | test accuracy |
        |---|---|---|
        | base | `▅▆▇███` 62.50% → 100.00% | `▅▅▆▆▆▆` 57.50% → 70.00% |
        | drop | `▅▅▆▆▇▇` 56.25% → 87.50% | `▅▆▆▆▆▆` 62.50% → 75.00% |
        | half | `▅▅▆` 56.25% → 68.75% | `▅▆▆` 62.50% → 71.25% |

        Your predictions (1 of 2 right):

        - `drop`: You predicted higher; test accuracy came out higher: 70.00% → 75.00%. You were right.
        - `half`: You predicted 10; it was 3: more than 10% off.

        | published | yours |
        |---|---|
        | the lab slides: 79.54% \\| with dropout. | test accuracy: base 70.00%, drop 75.00% |
        | the Keras blog: 96.75%. | test accuracy: half 71.25% |

        """

    @Test func theRecapIsMarkdownWithTheLearnersRunsPredictionsAndThePublishedFigures() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, terminal, lessons) = session([
            "recap", "lesson 1", "", "higher", "", "", "10", "", "", "recap \(directory)/recap.md",
        ])
        defer { removeTemporary(lessons) }
        _ = session.runLoop()
        #expect(terminal.output.contains("No lesson was finished in this session yet."))
        #expect(terminal.output.contains("wrote the recap of 1 lesson to \(directory)/recap.md"))
        expectGolden(try String(contentsOfFile: directory + "/recap.md", encoding: .utf8), Self.golden, "recap")
        #expect(!session.file.commands.contains { $0.hasPrefix("recap") }, "recap is not replayed")
    }

    @Test func anExistingFileIsReplacedOnlyWhenTheLearnerSaysYes() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try "mine\n".write(toFile: directory + "/kept.md", atomically: true, encoding: .utf8)
        let (session, terminal, lessons) = session(
            [
                // At a terminal each step's first Enter shows its hint, the second types it.
                "lesson 1", "", "", "higher", "", "", "", "", "10", "", "", "", "",
                "recap \(directory)/kept.md", "n", "recap \(directory)/kept.md", "yes",
            ],
            interactive: true)
        defer { removeTemporary(lessons) }
        _ = session.runLoop()
        #expect(try String(contentsOfFile: directory + "/kept.md", encoding: .utf8).contains("| drop | 2 |"))
        #expect(terminal.output.contains("kept.md is kept as it was"))
        let (script, scripted, other) = self.session(["recap \(directory)/kept.md"])
        defer { removeTemporary(other) }
        try "mine\n".write(toFile: directory + "/kept.md", atomically: true, encoding: .utf8)
        #expect(script.runLoop() == 1)
        // Issue 19: one rule for save, export and recap (someone's file, never from a script).
        #expect(
            scripted.output.replacingOccurrences(of: "\n  ", with: " ").contains(
                "exists and is not a file overfit wrote; recap replaces such a file only when you confirm at the prompt, never from a script"
            ))
        #expect(try String(contentsOfFile: directory + "/kept.md", encoding: .utf8) == "mine\n")
    }

    @Test func aReplayedFileCannotWriteARecap() throws {
        let (session, terminal, directory) = session([])
        defer { removeTemporary(directory) }
        let file = SessionFile(entries: [.command("recap \(directory)/planted.md")])
        session.replay(file, echo: false)
        #expect(!FileManager.default.fileExists(atPath: directory + "/planted.md"))
        #expect(terminal.output.contains("error: "))
    }

    @Test func anEmptyFileNameIsRefused() {
        let (session, terminal, directory) = session([])
        defer { removeTemporary(directory) }
        #expect(!session.execute("recap \"\""))
        #expect(terminal.output.contains("error: recap needs a file name, not an empty one"))
    }
}
