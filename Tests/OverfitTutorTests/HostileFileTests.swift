import Foundation
import OverfitData
import OverfitTraining
import Testing

@testable import OverfitLessons
@testable import OverfitTutor

/// Session and lesson files written to do harm, run through the real code paths (the session
/// file parser and `replay`, the lesson loader and the guide): they try to write files
/// (absolute paths, `../`), end the learner's session, inject terminal escapes, take a config
/// too large for memory, and make a step run itself. Each test snapshots a temporary tree
/// before and after: nothing outside the data directory may change, and no output byte may be
/// a control character. (The real binary, with `~` and a temporary HOME: `HostileBinaryTests`.)
@Suite struct HostileFileTests {
    /// Escape sequences a file might carry: clear screen, set the window title, a C1 CSI, a
    /// bidi override, a zero-width space, a line separator, BEL, DEL.
    static let escapes = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}evil\u{200B}\u{2028}\u{7F}"

    @Test func aReplayedFileCannotWriteQuitOrNestAndTheRestGoesOn() throws {
        let tree = temporaryDirectory()
        defer { removeTemporary(tree) }
        let data = tree + "/data", work = tree + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try "precious\n".write(toFile: tree + "/victim.txt", atomically: true, encoding: .utf8)
        let file = """
            overfit-session 2
            tool 0.1.0
            baseline
            command set epochs 2
            command run
            result 1 finished 2 epochs=2
            command save \(tree)/victim.txt
            command save \(work)/../stolen.ovf
            command export 1 \(tree)/victim.txt.csv
            command quit
            command replay \(work)/other.ovf
            command set seed 7
            end 8

            """
        try file.write(toFile: work + "/hostile.ovf", atomically: true, encoding: .utf8)
        let before = try TreeSnapshot(tree, excluding: data)
        let (session, terminal, _) = makeSession(
            ["replay \(work)/hostile.ovf", "set dropout 0.1"], width: 400, dataDirectory: data)
        #expect(session.runLoop() == 1)
        #expect(try TreeSnapshot(tree, excluding: data) == before)
        let refusals = terminal.errors.split(separator: "\n").filter { $0.hasPrefix("error:") }.map { String($0) }
        #expect(
            refusals == [
                "error: session file \(work)/hostile.ovf, line 7: `save \(tree)/victim.txt` is not run: a replayed session cannot write files or replay others",
                "error: session file \(work)/hostile.ovf, line 8: `save \(work)/../stolen.ovf` is not run: a replayed session cannot write files or replay others",
                "error: session file \(work)/hostile.ovf, line 9: `export 1 \(tree)/victim.txt.csv` is not run: a replayed session cannot write files or replay others",
                "error: session file \(work)/hostile.ovf, line 10: `quit` is not run: a replayed session cannot end your session",
                "error: session file \(work)/hostile.ovf, line 11: `replay \(work)/other.ovf` is not run: a replayed session cannot write files or replay others",
            ])
        // The rest of the file went on, and so did the learner's own session after it.
        #expect(session.state.config.seed == 7 && session.state.config.dropout == 0.1 && session.state.runs.count == 1)
        #expect(!session.wantsQuit)
    }

    @Test func commandsEchoedFromAFileShowTheirEscapes() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let commands = [
            "# \(Self.escapes)", "set dropout \(Self.escapes)", "show epochs\(Self.escapes)", "\(Self.escapes)",
            "set seed 3",
        ]
        let lines = commands.map { "command " + SessionFile.escape($0) }
        let text =
            "overfit-session 2\ntool \(Self.escapes)\nbaseline\n" + lines.joined(separator: "\n")
            + "\nend \(commands.count)\n"
        try text.write(toFile: directory + "/inject.ovf", atomically: true, encoding: .utf8)
        let (session, terminal, _) = makeSession(["replay \(directory)/inject.ovf"], width: 400)
        _ = session.runLoop()
        expectNoControlBytes(terminal.output)
        #expect(terminal.output.contains(#"overfit> # \x1B[2J\x1B]0;pwned\x07\x9B31m\u202Eevil\u200B\u2028\x7F"#))
        #expect(session.state.config.seed == 3)
    }

    @Test func aSmallFileAskingForAHugeRunIsRefusedBeforeAnythingLoads() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let layers = Array(repeating: "4096", count: 12).joined(separator: ",")
        let text =
            "overfit-session 2\ntool 0\nbaseline\ncommand set layers \(layers) train_size 60000 batch 60000\ncommand run\nend 2\n"
        #expect(text.utf8.count <= 200)
        try text.write(toFile: directory + "/huge.ovf", atomically: true, encoding: .utf8)
        var loaded = false
        let backend = DatasetBackend { _ in
            loaded = true
            throw DataError(kind: .missingFile, path: "none", expected: "", found: "")
        }
        let terminal = TranscriptTerminal(lines: ["replay \(directory)/huge.ovf"], width: 400)
        let session = Session(terminal: terminal, backend: backend)
        #expect(session.runLoop() == 1)
        #expect(!loaded, "MNIST was loaded for a run that cannot fit")
        #expect(
            terminal.errors.hasPrefix(
                "error: this run would need about 47.8 GB of memory (one batch's activations and gradients"))
        #expect(terminal.errors.contains("hint: use smaller batches, e.g. set batch 100"))
        // The knobs turn, so the learner can see and fix them; nothing ran.
        #expect(session.state.config.batchSize == 60_000 && session.state.runs.isEmpty)
    }

    @Test func aHugeSessionFileIsRefusedBeforeItIsRead() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let path = directory + "/huge.ovf"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("overfit-session 2\n".utf8)))
        // Sparse: 100 MB claimed, nothing on disk.
        #expect(truncate(path, 100 << 20) == 0)
        let error = #expect(throws: HintedError.self) { try Session.loadSessionFile(path) }
        #expect(
            error?.message
                == "session file \(path) is 104,857,600 bytes, more than the 67,108,864 a session file may have")
    }

    @Test func lessonStepsThatWriteQuitOrNavigateAreRejectedWithTheirLine() {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let bad = [
            "save /tmp/x.ovf", "export 1 ../x.csv", "quit", "exit", "replay s.ovf", "lesson 2", "next", "back", "skip",
            "continue", "answer higher", "\"save\" x", "Save x",
        ]
        for (index, command) in bad.enumerated() {
            let text = "lesson: \(index + 1)\ntitle: t\ngoal: g\nsources: s\n\nsay:\n  hello\ndo: \(command)\n"
            try? text.write(
                toFile: directory + "/\(String(format: "%02d", index + 1)).lesson", atomically: true, encoding: .utf8)
        }
        let library = LessonLibrary.load(directory: directory)
        #expect(library.lessons.isEmpty)
        #expect(library.problems.count == bad.count)
        for (index, problem) in library.problems.enumerated() {
            #expect(problem.line == 8 && problem.file == "lessons/\(String(format: "%02d", index + 1)).lesson")
            #expect(problem.message.hasPrefix("`do: \(bad[index])` is not allowed: a lesson step may only ask for"))
        }
    }

    @Test func aStepThatRunsItselfStopsAtTheDepthGuard() throws {
        // A lesson made in code, past the parser: the session's own guards must hold.
        let lesson = Lesson(
            file: "lessons/loop.lesson", number: 1, title: "t", goal: "g", sources: "s", start: KnobSettings(),
            rules: KnobSettings(),
            steps: [
                Step(kind: .command("next", note: ""), line: 3, hint: nil),
                Step(kind: .command("save /tmp/overfit-should-not-exist.ovf", note: ""), line: 4, hint: nil),
            ])
        let (session, terminal, _) = makeSession(["lesson 1", "", "next", "skip", ""], width: 400)
        session.guide = LessonGuide(library: LessonLibrary(lessons: [lesson]), progressPath: nil)
        _ = session.runLoop()
        #expect(terminal.errors.contains("error: `next` was not run: a lesson step may not run another step"))
        #expect(
            terminal.errors.contains(
                "error: lessons/loop.lesson, line 4: `save /tmp/overfit-should-not-exist.ovf` is not run: a lesson cannot write files or replay others"
            ))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/overfit-should-not-exist.ovf"))
    }

    @Test func lessonAndKnobTextReachesTheTerminalEscaped() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let lesson = """
            lesson: 1
            title: Title\(Self.escapes)
            goal: Goal\(Self.escapes)
            sources: s\(Self.escapes)

            say:
              Say\(Self.escapes)
              second line
            do: set epochs 2
              Note\(Self.escapes)
            hint: Hint\(Self.escapes)
            run: a
            published: Pub\(Self.escapes)
            say:
              Bad\(Self.escapes)
            """
        try lesson.write(toFile: directory + "/01.lesson", atomically: true, encoding: .utf8)
        try "garbage\(Self.escapes)\n".write(
            toFile: directory + "/02\u{1B}[2J.lesson", atomically: true, encoding: .utf8)
        let explanations = try KnobExplanations.parse("== lr\nKnob\(Self.escapes)\n", file: "knobs.txt")
        let (session, terminal, _) = makeSession(
            ["lessons", "lesson 1", "hint", "where", "", "", "explain lr"], width: 400,
            explanations: explanations)
        session.guide = LessonGuide(library: LessonLibrary.load(directory: directory), progressPath: nil)
        _ = session.runLoop()
        expectNoControlBytes(terminal.output)
        for word in ["Title", "Goal", "Say", "Note", "Hint", "Pub", "Bad", "Knob"] {
            #expect(terminal.output.contains(word + #"\x1B[2J\x1B]0;pwned\x07"#), "\(word) is missing or unescaped")
        }
        #expect(terminal.output.contains(#"lessons/02\x1B[2J.lesson:1: expected `key: value`"#))
    }

    @Test func windowsLineEndsAndAByteOrderMarkReadAsPlainLines() throws {
        let knobs = try String(contentsOfFile: packageRoot + "/lessons/knobs.txt", encoding: .utf8)
        let plain = try KnobExplanations.parse(knobs, file: "knobs.txt")
        let windows = try KnobExplanations.parse(
            "\u{FEFF}" + knobs.replacingOccurrences(of: "\n", with: "\r\n"), file: "knobs.txt")
        #expect(plain.texts.count == RunConfig.knobs.count)
        #expect(windows == plain)

        let session =
            "overfit-session 2\ntool 0.1.0\nbaseline epochs=3\ncommand set dropout 0.2\ncommand run\nresult 1 finished 3 epochs=3 dropout=0.2\nend 2\n"
        let crlf = try SessionFile.parse(
            "\u{FEFF}" + session.replacingOccurrences(of: "\n", with: "\r\n"), file: "s.ovf")
        #expect(crlf == (try SessionFile.parse(session, file: "s.ovf")))
        #expect(crlf.commands == ["set dropout 0.2", "run"])

        let lessonText = try String(contentsOfFile: packageRoot + "/lessons/05-dropout.lesson", encoding: .utf8)
        let lesson = try LessonParser.parse(
            "\u{FEFF}" + lessonText.replacingOccurrences(of: "\n", with: "\r\n"), file: "05.lesson",
            stepCommands: CommandTable.lessonStepCommands)
        let original = try LessonParser.parse(
            lessonText, file: "05.lesson", stepCommands: CommandTable.lessonStepCommands)
        #expect(
            lesson.title == original.title && lesson.steps.count == original.steps.count
                && lesson.startConfig == original.startConfig)
    }

    @Test func everyCommandALessonMayAskForOnlyLooksOrTurnsKnobs() {
        for command in CommandTable.all where command.lessonStep {
            #expect(command.mayRunFromFile, "`\(command.name)` writes files or leaves")
        }
        // Moving along the path from a step would run the step again, without end.
        for name in ["next", "back", "skip", "continue", "lesson", "answer", "run", "quit"] {
            #expect(CommandTable.find(name)?.lessonStep == false, "a lesson step may ask for `\(name)`")
        }
        let refused = CommandTable.all.filter { !$0.mayRunFromFile }.map(\.name).sorted()
        #expect(refused == ["export", "quit", "recap", "replay", "save"])
    }

    @Test func interactiveExitStatusFollowsTheLastCommandOrQuit() {
        func status(_ lines: [String], interactive: Bool) -> Int32 {
            let (session, _, _) = makeSession(lines, interactive: interactive)
            return session.runLoop()
        }
        #expect(status(["bogus", "show epochs"], interactive: true) == 0)
        #expect(status(["show epochs", "bogus"], interactive: true) == 1)
        #expect(status(["bogus", "", "# a comment"], interactive: true) == 1)
        #expect(status(["bogus", "quit"], interactive: true) == 0)
        // A script keeps "1 if any command failed", quit or not.
        #expect(status(["bogus", "show epochs"], interactive: false) == 1)
        #expect(status(["bogus", "quit"], interactive: false) == 1)
        #expect(status(["show epochs"], interactive: false) == 0)
    }
}
