import Foundation
import OverfitLessons
import OverfitTraining
import Testing

@testable import OverfitTutor

/// Files, session files, replay and resume in a Korean session: every error, hint and note the
/// files area says is Korean (no English sentence left), a hostile file's bytes still pass the
/// sanitiser, and English says what it said before (the other suites pin it word for word).
@Suite struct KoreanFileMessagesTests {
    /// The blocks of `text` that start with one of `starts`, each with its indented lines (a
    /// wrapped message, its hint) joined back with spaces: the files area's words, apart from
    /// the run reports and prompts around them.
    static func blocks(_ text: String, _ starts: [String]) -> String {
        var out: [String] = []
        var inBlock = false
        for line in text.components(separatedBy: "\n") {
            if starts.contains(where: line.hasPrefix) {
                out.append(line)
                inBlock = true
            } else if inBlock, line.hasPrefix("  "), let last = out.popLast() {
                out.append(last + " " + line.trimmingCharacters(in: .whitespaces))
            } else {
                inBlock = false
            }
        }
        return out.joined(separator: "\n")
    }

    static func korean(_ lines: [String] = [], dataDirectory: String? = nil, disk: Disk = .system) -> (
        Session, TranscriptTerminal
    ) {
        let (session, terminal, _) = makeSession(lines, width: 100, dataDirectory: dataDirectory, disk: disk)
        session.language = .korean
        return (session, terminal)
    }

    static func expectKorean(
        _ text: String, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(text.contains(fragment), "\(text)", sourceLocation: sourceLocation)
        #expect(UntranslatedText.englishRuns(in: text).isEmpty, "English in: \(text)", sourceLocation: sourceLocation)
        expectNoControlBytes(text, sourceLocation: sourceLocation)
    }

    /// The errors of every command that reads or writes a file the learner names.
    @Test func fileCommandErrorsAreKorean() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        try "someone's notes\n".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        let cases: [(command: String, fragment: String)] = [
            ("save /nonexistent/x", "쓸 수 없습니다: /nonexistent/x — 그런 파일이나 디렉터리가 없습니다"),
            ("save \(directory)", "디렉터리입니다"),
            ("save \(directory)/notes.txt", "overfit이 쓴 파일이 아닙니다"),
            ("replay /etc/passwd", "overfit 세션 파일이 아닙니다"),
            ("replay \(directory)/missing.ovf", "그런 파일이 없어 읽을 수 없습니다"),
            ("replay \(directory)", "일반 파일이 아니라서(디렉터리)"),
            ("export 1 /nonexistent/run1.csv", "쓸 수 없습니다: /nonexistent/run1.csv"),
            ("export 1 \(directory)", ".csv나 .json 파일만"),
        ]
        for (command, fragment) in cases {
            let (session, terminal) = Self.korean(["run", command])
            _ = session.runLoop()
            Self.expectKorean(Self.blocks(terminal.errors + terminal.output, ["오류"]), containing: fragment)
        }
    }

    /// Damaged and hostile session files: each problem is said in Korean with its line, and the
    /// same file read in English says what it always said.
    @Test func sessionFileProblemsAreKorean() {
        let figures = """
            overfit-session 3
            tool x
            baseline
            command run
            result 1 finished 1 epochs=1
            outcome training_images=300 restored_epoch=- stopped_early_after=- diverged_at=-
            """
        let files: [(text: String, fragment: String, english: String)] = [
            ("# only a comment\n", "비어 있습니다", "is empty"),
            ("hello\n", "overfit 세션 파일이 아닙니다", "not an overfit session file"),
            ("overfit-session 99\n", "더 새로운 overfit", "written by a newer overfit"),
            ("overfit-session 3\ntool x\ncommand run\n", "중간에 잘렸습니다", "is truncated"),
            ("overfit-session 3\ntool x\nbogus\nend 0\n", "알 수 없는 항목", "unknown entry"),
            ("overfit-session 3\ntool x\nresult 1 finished 1\nend 0\n", "앞에 명령이 없는", "no command before"),
            ("overfit-session 3\ntool x\nlanguage xx\nend 0\n", "알 수 없는 언어", "unknown language"),
            ("overfit-session 3\ntool x\ncommand run\nend 5\n", "줄이 빠졌습니다", "lines are missing"),
            ("overfit-session 3\nend 0\n", "`tool` 줄", "no `tool` line"),
            ("overfit-session 3\ntool \u{1B}[31mx\ncommand \u{0}\n", "바이너리 데이터", "binary data"),
            (figures + "\nepoch 1 x 0 0.5 - - 1 0.5\npredictions 0\nend 1\n", "훈련 손실 값이 숫자가 아닙니다", "is not a number"),
            (figures + "\nepoch 1 1 0 0.5 1 - 1 0.5\npredictions 0\nend 1\n", "함께 있거나", "go together"),
            (figures + "\nepoch 1 1 0 0.5 - - 1 0.5\npredictions 2 /w==\nend 1\n", "0-9의 숫자가 아닙니다", "not a digit"),
            (figures + "\nepoch 1 1 0 0.5 - - 1 0.5\nend 1\n", "`predictions` 줄이 없습니다", "no `predictions` line"),
            (figures + "\nepoch 2 1 0 0.5 - - 1 0.5\n", "`epoch 1`", "expected `epoch 1`"),
        ]
        for (text, fragment, english) in files {
            do {
                _ = try SessionFile.parse(text, file: "s.ovf", language: .korean)
                Issue.record("parsed: \(text)")
            } catch {
                Self.expectKorean(error.message + "\n" + (error.hint ?? ""), containing: fragment)
                #expect(error.message.hasPrefix("세션 파일 s.ovf"), "\(error.message)")
            }
            do {
                _ = try SessionFile.parse(text, file: "s.ovf")
            } catch {
                #expect(error.message.contains(english), "\(error.message)")
                #expect(error.message.hasPrefix("session file s.ovf"), "\(error.message)")
            }
        }
    }

    /// A replayed file's refused command, and the replay check, in Korean.
    @Test func replayRefusalAndCheckAreKorean() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let (recorder, _) = Self.korean(["set epochs 2", "run", "save \(directory)/s.ovf"])
        _ = recorder.runLoop()
        let saved = try String(contentsOfFile: directory + "/s.ovf", encoding: .utf8)

        let (same, sameTerminal) = Self.korean(["replay \(directory)/s.ovf"])
        _ = same.runLoop()
        let checkLine = sameTerminal.output.components(separatedBy: "\n").filter { $0.hasPrefix("재생 검사") }
        #expect(checkLine == ["재생 검사: 기록된 수치와 똑같습니다(실행 1개)"], "\(sameTerminal.output)")

        // One figure changed: the check names the run, the epoch and the figure in Korean.
        var lines = saved.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("epoch 2 ") })
        var words = lines[index].split(separator: " ").map(String.init)
        words[2] = "0.5"
        lines[index] = words.joined(separator: " ")
        let edited = lines.joined(separator: "\n").replacingOccurrences(
            of: "command run\n", with: "command run\ncommand save x.ovf\n"
        )
        .replacingOccurrences(of: "\nend 2\n", with: "\nend 3\n")
        try edited.write(toFile: directory + "/d.ovf", atomically: true, encoding: .utf8)
        let (differing, terminal) = Self.korean(["replay \(directory)/d.ovf"])
        _ = differing.runLoop()
        let said = Self.blocks(terminal.output, ["재생 검사", "오류"])
        Self.expectKorean(said, containing: "재생 검사: 실행 1: 에폭 2에서 기록된 수치와 다릅니다: 훈련 손실: 지금")
        Self.expectKorean(said, containing: "재생하는 세션은 파일을 쓰거나 다른 세션을 재생할 수 없습니다")
        #expect(!FileManager.default.fileExists(atPath: directory + "/x.ovf"))
    }

    /// The stopped replay's summary and a difference's words, Korean for each form.
    @Test func replayCheckSummariesAreKorean() {
        var file = SessionFile(entries: [.command("run")])
        file.entries.append(
            .result(SessionFile.RunEntry(id: 1, status: "finished", epochsDone: 1, config: RunConfig())))
        var check = ReplayCheck(file, language: .korean)
        check.stop(commandsLeft: 1, of: 3, runsLeft: 1, made: 2)
        Self.expectKorean(check.summary(), containing: "재생을 멈췄습니다: 명령 3개 중 1개, 기록된 실행 1개 중 1개가 남았습니다")
        var unmade = ReplayCheck(file, language: .korean)
        unmade.notReplayed(file.results)
        Self.expectKorean(unmade.summary(), containing: "재생 검사: 기록된 실행 1: 재생에서 다시 만들어지지 않았습니다")
        let words = FileWords(.korean)
        Self.expectKorean(
            ReplayCheck.describe(6, now: 0.8125, recorded: 0.8123, words: words),
            containing: "테스트 정확도: 지금 81.25%, 기록 81.23%(+0.02%p)")
        Self.expectKorean(ReplayCheck.describe(3, now: nil, recorded: 0.5, words: words), containing: "검증 손실: 지금 없음")
        // English, as before.
        #expect(
            ReplayCheck.describe(6, now: 0.8125, recorded: 0.8123)
                == "test accuracy 81.25% now, 81.23% recorded (+0.02 points)")
    }

    /// A resume after kill -9: the note, the history's errors and the listing are Korean.
    @Test func resumeNotesAndTheHistoryAreKorean() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        var empty = SessionHistory(dataDirectory: directory, owner: false)
        empty.language = .korean
        do {
            _ = try empty.resumable(.latest)
            Issue.record("resumed from an empty history")
        } catch {
            Self.expectKorean(error.message + "\n" + (error.hint ?? ""), containing: "이어 할 세션이 없습니다")
        }
        // A session saved command by command, its tutor killed (nothing closed), then resumed.
        do {
            let (first, _) = Self.korean(dataDirectory: directory)
            first.execute("set epochs 2")
            first.execute("run")
            // Not closed: the tutor was killed.
        }
        var history = SessionHistory(dataDirectory: directory, owner: false)
        history.language = .korean
        do {
            _ = try history.resumable(.number(9))
            Issue.record("resumed session 9 of 1")
        } catch {
            Self.expectKorean(error.message, containing: "세션 9: 없는 번호입니다. 기록에는 세션 1 하나뿐입니다")
        }
        let found = try history.resumable(.latest)
        let (second, _) = Self.korean()
        guard case .restored(let note) = second.restore(found.file, from: found.label) else {
            Issue.record("not restored")
            return
        }
        Self.expectKorean(note, containing: "이어 했습니다: 세션 1(마지막 사용 ")
        Self.expectKorean(note, containing: "명령 2개, 실행 1개")
        let listing = HistoryListing.render(
            history.list(), directory: history.directory, style: RenderStyle(width: 100, language: .korean))
        Self.expectKorean(listing, containing: "마지막 사용")
        let summaries = history.list()
        Self.expectKorean(
            HistoryListing.welcome(summaries[0], style: RenderStyle(width: 300, language: .korean)),
            containing: "지난 세션(명령 2개, 실행 1개")
    }

    /// A full disk: the autosave warning and `save`'s error name the reason in Korean.
    @Test func aFullDiskIsSaidInKorean() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let filling = FillableDisk()
        filling.budget = 0
        let (session, terminal) = Self.korean(dataDirectory: directory + "/data", disk: filling.disk)
        session.execute("set epochs 3")
        session.execute("save \(directory)/s.ovf")
        let said = terminal.errors + terminal.output
        Self.expectKorean(said, containing: "경고: 자동 저장에 실패했습니다")
        Self.expectKorean(said, containing: "디스크에 남은 공간이 없습니다")
    }

    /// No lessons directory: the error names OVERFIT_LESSONS, every path tried and a hint; a
    /// messages.txt that cannot be read points at `check-lessons`.
    @Test func missingTextsSayWhereTheyWereLookedFor() throws {
        let directory = temporaryDirectory()
        defer { removeTemporary(directory) }
        let given = directory + "/mine", installed = directory + "/installed"
        let environment = ["OVERFIT_LESSONS": given, "OVERFIT_LANG": "ko"]
        let missing = MissingTexts.problem(searched: [given, installed], environment: environment)
        #expect(missing.hasPrefix("error: no lessons directory was found"), "\(missing)")
        #expect(missing.contains("    \(given) (from OVERFIT_LESSONS)\n    \(installed)\n"), "\(missing)")
        #expect(missing.contains("OVERFIT_LANG=ko") && missing.contains("  hint: set OVERFIT_LESSONS"), "\(missing)")
        try FileManager.default.createDirectory(atPath: installed, withIntermediateDirectories: true)
        try "== nothing\n".write(toFile: installed + "/messages.txt", atomically: true, encoding: .utf8)
        let broken = MissingTexts.problem(searched: [given, installed], environment: environment)
        #expect(broken.contains("\(installed)/messages.txt cannot be read"), "\(broken)")
        #expect(broken.contains("overfit check-lessons --lessons-dir \(installed)"), "\(broken)")
        // The installed catalogue is found here, so the tutor starts.
        #expect(MissingTexts.problem(environment: [:]) == nil)
    }
}
