import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// No input may crash the tutor or print a trace: long lines, binary garbage, odd arguments.
@Suite struct RobustnessTests {
    @Test func aMegabyteLineIsRefusedWhole() {
        let (session, terminal, _) = makeSession()
        #expect(!session.execute(String(repeating: "x", count: 1 << 20)))
        #expect(!session.execute("set dropout " + String(repeating: "9", count: 5000)))
        #expect(
            terminal.output == """
                error: line too long (1,048,576 bytes; at most 4,096)
                  hint: commands are short, e.g. set dropout 0.2
                error: line too long (5,012 bytes; at most 4,096)
                  hint: commands are short, e.g. set dropout 0.2

                """)
        #expect(session.file.commands.isEmpty)
    }

    @Test func binaryGarbageIsAnUnknownCommandShownSafely() {
        var generator = SystemRandomNumberGenerator()
        let (session, terminal, _) = makeSession()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 1...300, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            session.execute(String(decoding: bytes, as: UTF8.self))
        }
        let lines = ["\u{0}\u{1}\u{1B}[2J", "set \u{7F}\u{0} 1", "\u{FFFD}\u{FFFD}", "set dropout \u{1B}[31m"]
        for line in lines { #expect(!session.execute(line)) }
        #expect(!terminal.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 })
        #expect(
            terminal.output.hasSuffix(
                """
                error: unknown command `\\x00\\x01\\x1B[2J`
                  hint: `help` lists the commands
                error: unknown knob `\\x7F\\x00`
                  hint: `show` lists the knobs
                error: unknown command `\\?\\?`
                  hint: `help` lists the commands
                error: dropout must be a number in [0, 1) (got `\\x1B[31m`)
                  hint: e.g. set dropout 0.2

                """))
    }

    /// Every command with odd arguments, the real lessons loaded so that the lesson commands do
    /// real work: a command that fails says so with an error and a hint-or-message, one that
    /// succeeds prints no error, and the session file left behind replays with no failure to
    /// the same knobs and the same runs.
    @Test func everyCommandSurvivesOddArguments() throws {
        let odd = [
            "", "-1", "0", "1e309", "nan", "-inf", "99999999999999999999", "#", "#1", "\"", "\"unclosed", "a=b=c", "=",
            "1,,", "∞", "🙂",
        ]
        let library = LessonLibrary.load(directory: packageRoot + "/lessons")
        #expect(library.problems.isEmpty && library.lessons.count >= 11)
        let (session, terminal, _) = makeSession()
        session.guide = LessonGuide(library: library, progressPath: nil)
        #expect(session.execute("set epochs 2") && session.execute("run"))
        var failed = 0, succeeded = 0
        for command in CommandTable.all where !["quit", "save", "replay", "export", "recap"].contains(command.name) {
            for first in odd {
                for second in ["", "1", "loss", "x"] {
                    let line = "\(command.name) \(first) \(second)", errors = terminal.errors.count
                    let newErrors = { String(terminal.errors.dropFirst(errors)) }
                    if session.execute(line) {
                        succeeded += 1
                        #expect(newErrors().isEmpty, "`\(line)` succeeded but printed \(newErrors())")
                    } else {
                        failed += 1
                        #expect(newErrors().hasPrefix("error: "), "`\(line)` failed without an error: \(newErrors())")
                    }
                }
            }
        }
        #expect(session.failures == failed && failed > 0 && succeeded > 0)
        let saved = try SessionFile.parse(session.file.render(), file: "odd.ovf")
        let (replayed, _, _) = makeSession()
        replayed.guide = LessonGuide(library: library, progressPath: nil)
        replayed.replay(saved, echo: false)
        #expect(replayed.failures == 0, "a saved session holds only the commands that succeeded")
        #expect(replayed.state.config == session.state.config)
        #expect(replayed.state.runs.map(\.result.config) == session.state.runs.map(\.result.config))
    }

    @Test func completionComesFromTheTable() {
        let (session, _, _) = makeSession(["set epochs 2", "run", "run"])
        _ = session.runLoop()
        #expect(
            session.completions(before: "", word: "r")
                == .words(["reset", "run", "runs", "replay", "rank", "rotations", "recap"]))
        #expect(session.completions(before: "set ", word: "") == .words(RunConfig.knobs.map(\.name)))
        #expect(session.completions(before: "set ", word: "dr") == .words(["dropout", "dropconnect"]))
        #expect(session.completions(before: "set optimizer ", word: "") == .words(["sgd", "momentum", "adam"]))
        #expect(session.completions(before: "set dropout 0.2 ", word: "ep") == .words(["epochs"]))
        #expect(session.completions(before: "set lr ", word: "") == .words([]))
        #expect(session.completions(before: "set batchnorm ", word: "o") == .words(["on", "off"]))
        #expect(session.completions(before: "explain ", word: "l") == .words(["label_noise", "layers", "lr", "l1"]))
        #expect(session.completions(before: "compare 1 ", word: "") == .words(["1", "2"]))
        #expect(session.completions(before: "plot ", word: "") == .words(["1", "2", "accuracy", "loss", "gap"]))
        #expect(session.completions(before: "save ", word: "s") == .files)
        #expect(session.completions(before: "replay ", word: "") == .files)
        #expect(session.completions(before: "export 1 ", word: "") == .files)
        #expect(session.completions(before: "help ", word: "ex") == .words(["explain", "export"]))
        #expect(session.completions(before: "nosuch ", word: "") == .words([]))
    }

    @Test func quotedFileNamesKeepTheirSpaces() throws {
        #expect(try Tokenizer.split(#"save "my session.ovf" x"#) == ["save", "my session.ovf", "x"])
        #expect(try Tokenizer.split("  set\tlr  0.1 ") == ["set", "lr", "0.1"])
        #expect(try Tokenizer.split(Tokenizer.quote(#"a "b" \c"#)) == [#"a "b" \c"#])
        #expect(throws: HintedError.self) { try Tokenizer.split(#"save "open"#) }
    }
}

@Suite struct KnobExplanationTests {
    @Test func lessonsKnobsFileExplainsEveryKnob() throws {
        let explanations = try KnobExplanations.load(lessonsDirectory: packageRoot + "/lessons")
        for knob in RunConfig.knobs {
            #expect(!(explanations.texts[knob.name] ?? "").isEmpty, "lessons/knobs.txt has no text for \(knob.name)")
        }
    }

    @Test func explainPrintsTheFileText() {
        let explanations = KnobExplanations(texts: ["seed": "First paragraph\ncontinues.\n\nSecond one."])
        let (session, terminal, _) = makeSession(["explain seed"], explanations: explanations)
        _ = session.runLoop()
        #expect(terminal.output.hasSuffix("\nFirst paragraph continues.\n\nSecond one.\n"))
    }

    @Test(arguments: [
        ("stray text\n== lr\nx\n", "k.txt, line 1: text before the first `== KNOB` section"),
        (
            "== lr\nx\n== speed\ny\n",
            "k.txt, line 3: `speed` is not a knob (knobs: \(RunConfig.knobs.map(\.name).joined(separator: ", ")))"
        ),
        ("# c\n== lr\nx\n== lr\ny\n", "k.txt, line 4: `lr` has two sections"),
    ])
    func badExplanationFilesNameTheLine(text: String, message: String) {
        do {
            _ = try KnobExplanations.parse(text, file: "k.txt")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == message)
        }
    }

    /// The same problems in a Korean session: the problem itself in Korean, not only its frame.
    @Test(arguments: [
        ("stray text\n== lr\nx\n", "k.txt, 1번째 줄: 첫 `== KNOB` 섹션 앞에 글이 있습니다"),
        (
            "== lr\nx\n== speed\ny\n",
            "k.txt, 3번째 줄: 없는 설정입니다: `speed` (설정: \(RunConfig.knobs.map(\.name).joined(separator: ", ")))"
        ),
        ("# c\n== lr\nx\n== lr\ny\n", "k.txt, 4번째 줄: `lr` 섹션이 두 번 나옵니다"),
    ])
    func badExplanationFilesAreSaidInKorean(text: String, message: String) {
        do {
            _ = try KnobExplanations.parse(text, file: "k.txt", language: .korean)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == message)
            #expect(UntranslatedText.englishRuns(in: error.message).isEmpty, "\(error.message)")
        }
    }

    /// A damaged knobs.txt is named as what it is, with a hint about that file, not about
    /// session files.
    @Test func aKnobsFileThatIsNotTextSaysSo() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try Data([0x3D, 0x3D, 0x20, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: directory + "/knobs.txt"))
        #expect(
            throws: HintedError(
                "knob explanations \(directory)/knobs.txt is not text (invalid UTF-8)", hint: KnobExplanations.origin)
        ) {
            try KnobExplanations.load(lessonsDirectory: directory)
        }
        #expect(!KnobExplanations.origin.contains("session"))
    }
}

@Suite struct ExportTests {
    /// `export` writes the run schema, the same object `overfit run --json` prints, and a failed
    /// export suggests another export, not a `save`.
    @Test func exportWritesTheRunSchemaAndFailsWithItsOwnHint() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (session, terminal, _) = makeSession(
            [
                "set epochs 3", "run", "export 1 \(directory)/r.json", "export 1 /nonexistent-dir/r.csv",
                "export 1 \(directory)",
            ], width: 300)
        _ = session.runLoop()
        let written =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/r.json")))
            as? NSDictionary
        let record = try #require(session.state.runs.first)
        let printed = try JSONSerialization.jsonObject(with: Data(record.result.json(id: 1).utf8)) as? NSDictionary
        #expect(written != nil && written == printed)
        #expect(written?["schema"] as? String == "overfit-run/1" && written?["run"] as? Int == 1)
        #expect(
            terminal.errors == """
                error: cannot write /nonexistent-dir/r.csv: No such file or directory
                  hint: choose a directory you can write to, e.g. export 1 ~/run1.csv
                error: export writes .csv or .json files (got `\(directory)`)
                  hint: e.g. export 1 run1.csv

                """)
    }
}
