import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// The same knob settings through every door they come in by: the tutor's `set`, a lesson's
/// `do: set` and `start:`, a session file's `baseline` line, and `overfit run --set` (its words
/// split as a shell splits them). Each door must give the same outcome, and the right one.
@Suite struct SettingsGrammarTests {
    static let cases: [(settings: String, outcome: String)] = [
        ("layers 100, 100", "ok layers=100,100"),
        ("layers=100, 100 epochs 3", "ok layers=100,100 epochs=3"),
        ("DROPOUT 0.2 Optimiser ADAM", "ok optimizer=adam dropout=0.2"),
        ("dropout = 0.2", "ok dropout=0.2"),
        ("augment \"rotate:15, 30\"", "ok augment=rotate:15,30"),
        ("augment rotate: 15, 30", "ok augment=rotate:15,30"),
        (
            "dropout 0.2 dropout=0.4",
            "error dropout is given twice (0.2, then 0.4); give each knob once, e.g. set dropout 0.4"
        ),
        ("lr 0.1 LEARNING_RATE 0.2", "error lr is given twice (0.1, then 0.2); give each knob once, e.g. set lr 0.2"),
        ("dropout", "error dropout needs a value: a number in [0, 1); e.g. set dropout 0.2"),
        ("dropuot 0.2", "error unknown knob `dropuot`; did you mean `dropout`?; `show` lists the knobs"),
        ("epochs 3 dropout 2", "error dropout must be in [0, 1) (got 2); e.g. set dropout 0.2"),
        (
            "layers 100,,x",
            """
            error layers must be convolution stages (convN, or convNkK for a K×K kernel) then hidden widths in [1, 4096], \
            separated by commas or dashes, or none (got an empty item at position 2 of `100,,x`); e.g. set layers conv16,conv32,100
            """
        ),
    ]

    static func outcome(_ config: RunConfig) -> String {
        "ok " + config.differences(from: RunConfig()).map { "\($0.name)=\($0.new)" }.joined(separator: " ")
    }

    static func tutor(_ settings: String) -> String {
        let (session, _, _) = makeSession()
        do {
            try session.perform("set " + settings)
            return outcome(session.state.config)
        } catch {
            return "error " + error.description
        }
    }

    static func lesson(_ settings: String, asStart: Bool) -> String {
        let header = "lesson: 1\ntitle: t\ngoal: g\nsources: s\n"
        let text = asStart ? header + "start: \(settings)\nrun: a\n" : header + "do: set \(settings)\nrun: a\n"
        do {
            let lesson = try LessonParser.parse(text, file: "x", stepCommands: CommandTable.lessonStepCommands)
            return outcome(LessonPlan(lesson).runs[0].config)
        } catch {
            return "error " + error.message
        }
    }

    static func sessionFile(_ settings: String) -> String {
        let prefix = "session file s.ovf, line 3: "
        do {
            return outcome(
                try SessionFile.parse("overfit-session 2\ntool 0.1.0\nbaseline \(settings)\nend 0\n", file: "s.ovf")
                    .baseline)
        } catch {
            return "error "
                + (error.description.hasPrefix(prefix)
                    ? String(error.description.dropFirst(prefix.count)) : error.description)
        }
    }

    static func commandLine(_ settings: String) -> String {
        do {
            return outcome(try RunConfig.fromCommandLine(try Tokenizer.split(settings)).config)
        } catch {
            return "error " + error.description
        }
    }

    @Test(arguments: cases)
    func everyDoorGivesTheSameOutcome(settings: String, outcome: String) {
        #expect(Self.tutor(settings) == outcome, "set")
        #expect(Self.lesson(settings, asStart: false) == outcome, "lesson do: set")
        #expect(Self.lesson(settings, asStart: true) == outcome, "lesson start:")
        #expect(Self.sessionFile(settings) == outcome, "session file")
        #expect(Self.commandLine(settings) == outcome, "overfit run --set")
    }
}
