import Foundation
import Testing

@testable import OverfitTutor

@Suite struct SavedBeforeShownTests {
    @Test func whatALearnerSeesIsAlreadySaved() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let lines = ["set epochs 3", "run", "set seed 2", "run", "set dropout 0.1"]
        let terminal = SavedBeforeShownTerminal(lines: lines, directory: directory)
        let session = Session(
            terminal: terminal, backend: FakeBackend(), options: Session.Options(dataDirectory: directory))
        #expect(session.runLoop() == 0)
        let acknowledgements = [
            ("epochs 100 → 3", 1, 0), ("── run 1:", 2, 1), ("seed 0 → 2", 3, 1), ("── run 2:", 4, 2),
            ("dropout 0 → 0.1", 5, 2),
        ]
        for (text, commands, runs) in acknowledgements {
            let write = try #require(terminal.seen.first { $0.text.hasPrefix(text) }, "never shown: \(text)")
            #expect(
                write.commands >= commands && write.runs >= runs,
                "`\(text)` was shown when the history held \(write.commands) commands and \(write.runs) runs")
        }
    }
}
