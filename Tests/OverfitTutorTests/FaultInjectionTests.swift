import Foundation
import OverfitTraining
import Testing

@testable import OverfitTutor

/// kill -9 at seeded random points of the real binary: during runs, saves and `--resume`. After
/// every kill, whatever the tutor had shown as done is in the history, whole; every saved file
/// is whole; and `overfit --resume` brings the session back.
@Suite(.serialized) struct FaultInjectionTests {
    /// A command and the text its output starts with (what the learner sees when it is done).
    static let script: [(command: String, done: String)] = [
        ("set epochs 3 train_size 100", "train_size 300 → 100"), ("run", "── run 1:"), ("save SAVED", "saved "),
        ("set seed 1", "seed 0 → 1"), ("run", "── run 2:"), ("save SAVED", "saved "),
        ("set dropout 0.1", "dropout 0 → 0.1"), ("run", "── run 3:"), ("save SAVED", "saved "),
        ("set seed 2", "seed 1 → 2"), ("run", "── run 4:"), ("save SAVED", "saved "), ("runs", "run  status"),
    ]

    /// How many of `script`'s commands `output` shows done, in order.
    static func done(_ output: String) -> Int {
        var rest = Substring(output), count = 0
        for step in script {
            guard let range = rest.range(of: step.done) else { break }
            rest = rest[range.upperBound...]
            count += 1
        }
        return count
    }

    @Test func killedDuringRunsAndSavesNothingShownIsLost() throws {
        var random = SessionFormatTests.Figures(state: 20261127)
        var kills = 0
        for trial in 0..<8 {
            let home = temporaryDirectory()
            defer { removeTemporary(home) }
            let saved = home + "/saved.ovf"
            let lines = Self.script.map { $0.command.replacingOccurrences(of: "SAVED", with: saved) + "\n" }.joined()
            // Wait for step `after` to show as done, then a little more: the kill lands inside
            // the next command at a different point each time.
            let after = Int(random.next() % UInt64(Self.script.count - 1))
            let extra = Double(random.next() % 120) / 1000
            let tutor = try RunningTutor([], dataHome: home, errorPath: home + "/stderr")
            tutor.send(lines)
            #expect(
                tutor.waitFor { Self.done($0) > after },
                "trial \(trial): step \(after) never done: \(tutor.text)\(tutor.errors)")
            Thread.sleep(forTimeInterval: extra)
            if tutor.kill9() { kills += 1 }
            try Self.check(home: home, saved: saved, output: tutor.text, trial: trial)
        }
        #expect(kills >= 7, "only \(kills) of 8 kills landed")
    }

    /// After a kill: the history holds every command and run shown done, the saved file is
    /// whole, and the real binary resumes the session.
    static func check(home: String, saved: String, output: String, trial: Int) throws {
        let shown = done(output)
        let commands = script.prefix(shown).map(\.command).filter { !$0.hasPrefix("save") }
        let runs = commands.count { $0 == "run" }
        let list = SessionHistory(dataDirectory: home + "/overfit", owner: false).list()
        if !commands.isEmpty {
            let stored = try #require(
                list.first.map { try $0.entry.load().file }, "trial \(trial): no session after \(shown) commands")
            #expect(Array(stored.commands.prefix(commands.count)) == commands, "trial \(trial): \(stored.commands)")
            #expect(stored.results.count >= runs && stored.recordsFigures, "trial \(trial)")
        }
        if FileManager.default.fileExists(atPath: saved) {
            let file = try Session.loadSessionFile(saved)
            let expected = script.map(\.command).filter { !$0.hasPrefix("save") }
            #expect(
                Array(expected.prefix(file.commands.count)) == file.commands && file.recordsFigures, "trial \(trial)")
        }
        let resumed = try EndToEndTests.run(
            try RunningTutor.binary(), ["--resume"], input: "runs\n",
            environment: ["XDG_DATA_HOME": home, "COLUMNS": "100"])
        #expect(resumed.status == 0, "trial \(trial): \(resumed.err)")
        if !list.isEmpty {
            #expect(resumed.out.hasPrefix("resumed session 1 "), "trial \(trial): \(resumed.out)\(resumed.err)")
            let rows = resumed.out.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("finished") }
            #expect(rows.count >= runs, "trial \(trial): \(resumed.out)")
        }
    }

    /// A session of 47 runs (100 epochs, 10,000 predictions each) and 5,000 commands, made with
    /// the fake trainer and put in `home`'s history; returns its file's path and bytes.
    static func bigSession(home: String) throws -> (path: String, bytes: Data, file: SessionFile) {
        var lines = ["set epochs 100"]
        for index in 1...4_952 {
            lines.append("set seed \(index)")
            if index % 106 == 1 { lines.append("run") }
        }
        let session = Session(terminal: TranscriptTerminal(lines: lines), backend: FakeBackend(testImages: 10_000))
        #expect(session.runLoop() == 0)
        let file = session.file
        #expect(file.results.count == 47 && file.commands.count == 5_000)
        let directory = home + "/overfit/sessions"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/20250101T000000Z-big00001.ovf"
        try file.render().write(toFile: path, atomically: true, encoding: .utf8)
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)), file)
    }

    /// kill -9 while `--resume` restores the session, and while it saves it over and over.
    @Test func killedDuringResumeAndSaveTheFilesStayWhole() throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let big = try Self.bigSession(home: home)
        let copy = home + "/copy.ovf"
        let saves = String(repeating: "save \(copy)\n", count: 30)

        // Uninterrupted, to know how long the resume and the saves take here.
        let clock = ContinuousClock()
        var start = clock.now
        let whole = try RunningTutor(["--resume"], dataHome: home, errorPath: home + "/stderr")
        whole.send(saves)
        #expect(whole.waitFor { $0.hasPrefix("resumed") })
        let resumeTime = (clock.now - start).seconds
        #expect(whole.finish() == 0)
        let allTime = (clock.now - start).seconds
        #expect(try Data(contentsOf: URL(fileURLWithPath: big.path)) == big.bytes)
        try FileManager.default.removeItem(atPath: copy)
        print(
            "--resume of 47 runs and 5,000 commands (real binary): \(resumeTime) s to the note; with 30 saves: \(allTime) s"
        )

        var random = SessionFormatTests.Figures(state: 47)
        var kills = 0
        for trial in 0..<16 {
            let duringSaves = trial % 2 == 1
            let delay =
                duringSaves
                ? resumeTime + Double(random.next() % 1000) / 1000 * max(0.05, allTime - resumeTime)
                : Double(random.next() % 1000) / 1000 * resumeTime * 1.2
            start = clock.now
            let tutor = try RunningTutor(["--resume"], dataHome: home, errorPath: home + "/stderr")
            tutor.send(duringSaves ? saves : "")
            while (clock.now - start).seconds < delay && tutor.process.isRunning {
                Thread.sleep(forTimeInterval: 0.001)
            }
            if tutor.kill9() { kills += 1 }
            // The entry's file is as it was, and reads back whole.
            #expect(try Data(contentsOf: URL(fileURLWithPath: big.path)) == big.bytes, "trial \(trial)")
            let stored = try storedSession(home + "/overfit")
            #expect(stored.entries == big.file.entries, "trial \(trial)")
            if FileManager.default.fileExists(atPath: copy) {
                #expect(try Session.loadSessionFile(copy).entries == big.file.entries, "trial \(trial)")
            }
        }
        #expect(kills >= 14, "only \(kills) of 16 kills landed")
    }

    /// Two tutors on one data directory: the second is told, keeps its own session, and neither
    /// loses a command; a third cannot resume the session the first has open.
    @Test func twoTutorsOnOneDataDirectory() throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let first = try RunningTutor([], dataHome: home, errorPath: home + "/first-stderr")
        first.send("set seed 1\n")
        #expect(first.waitFor { $0.contains("seed 0 → 1") })
        let second = try EndToEndTests.run(
            try RunningTutor.binary(), [], input: "set seed 2\nset dropout 0.1\n",
            environment: ["XDG_DATA_HOME": home, "COLUMNS": "400"])
        #expect(second.status == 0)
        #expect(
            second.err.hasPrefix(
                "note: another overfit (pid \(first.pid)) is using \(home)/overfit. This tutor keeps a session of its own there"
            ), "\(second.err)")
        let third = try EndToEndTests.run(
            try RunningTutor.binary(), ["--resume", "2"], input: "set seed 4\n",
            environment: ["XDG_DATA_HOME": home, "COLUMNS": "400"])
        #expect(third.err.contains("is open in another overfit"), "\(third.err)")
        first.send("set seed 3\n")
        #expect(first.waitFor { $0.contains("seed 1 → 3") })
        #expect(first.finish() == 0)
        let sessions = try SessionHistory(dataDirectory: home + "/overfit", owner: false).list().map {
            try $0.entry.load().file.commands
        }
        #expect(Set(sessions) == [["set seed 1", "set seed 3"], ["set seed 2", "set dropout 0.1"], ["set seed 4"]])
    }

    /// The window closes (tmux kill-server: SIGHUP) in the middle of a run: the run stops as at
    /// Ctrl-C, and the commands typed and the cancelled run are in the history.
    @Test func closingTheWindowDuringARunKeepsEverything() throws {
        let binary = try RunningTutor.binary()
        let tmux = try #require(EndToEndTests.tmux, "tmux is needed (apt-get install tmux; .ci/run installs it)")
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let socket = "overfit-hup-\(UUID().uuidString.prefix(8))"
        let screenFile = home + "/screen.txt"
        func tmuxRun(_ arguments: [String]) {
            EndToEndTests.spawnAndWait(
                [tmux, "-L", socket] + arguments, stdout: arguments.first == "capture-pane" ? screenFile : "/dev/null")
        }
        func waitFor(_ text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                tmuxRun(["capture-pane", "-p", "-J", "-S", "-200", "-t", "hup"])
                if ((try? String(contentsOfFile: screenFile, encoding: .utf8)) ?? "").contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        defer { tmuxRun(["kill-server"]) }
        tmuxRun([
            "new-session", "-d", "-s", "hup", "-x", "100", "-y", "40", "env XDG_DATA_HOME=\(home) TERM=xterm \(binary)",
        ])
        #expect(waitFor("overfit>", seconds: 10))
        tmuxRun(["send-keys", "-t", "hup", "set epochs 3 train_size 60000 batch 1 lr 0.01", "Enter"])
        #expect(waitFor("train_size 300 → 60000", seconds: 10))
        tmuxRun(["send-keys", "-t", "hup", "run", "Enter"])
        #expect(waitFor("epoch 1/3", seconds: 60))
        tmuxRun(["kill-server"])
        // The tutor has ended once the data directory's lock is free.
        let deadline = Date().addingTimeInterval(30)
        var free = false
        while !free && Date() < deadline {
            if case .acquired = DataDirectoryLock.acquire(directory: home + "/overfit") {
                free = true
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        #expect(free, "the tutor did not end after SIGHUP")
        let stored = try storedSession(home + "/overfit")
        #expect(stored.commands == ["set epochs 3 train_size 60000 batch 1 lr 0.01", "run"])
        #expect(stored.results.map(\.status) == ["cancelled"] && stored.recordsFigures)
    }

    /// `overfit --replay` of a file whose figures were changed exits 3 and names the difference.
    @Test func replayExitsThreeWhenTheFiguresDiffer() throws {
        let home = temporaryDirectory()
        defer { removeTemporary(home) }
        let path = home + "/s.ovf"
        let binary = try RunningTutor.binary()
        let made = try EndToEndTests.run(
            binary, [], input: "set epochs 2 train_size 100\nrun\nsave \(path)\n", environment: ["XDG_DATA_HOME": home])
        #expect(made.status == 0, "\(made.err)")
        let same = try EndToEndTests.run(binary, ["--replay", path], environment: ["COLUMNS": "200"])
        #expect(
            same.status == 0 && same.out.hasSuffix("replay check: 1 run identical to the recorded figures\n"),
            "\(same.out)\(same.err)")
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("epoch 2 ") })
        var fields = lines[index].components(separatedBy: " ")
        fields[fields.count - 1] = String(try #require(Double(fields[fields.count - 1])) + 0.0001)
        lines[index] = fields.joined(separator: " ")
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let changed = try EndToEndTests.run(binary, ["--replay", path], environment: ["COLUMNS": "200"])
        #expect(changed.status == 3, "\(changed.out)\(changed.err)")
        #expect(
            changed.out.contains("replay check: run 1 differs from the recorded figures at epoch 2: test accuracy "))
        #expect(changed.out.hasSuffix("(-0.01 points); 0 of 1 recorded run identical\n"), "\(changed.out)")
    }
}
