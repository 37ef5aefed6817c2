import OverfitLessons
import OverfitTraining

/// A session on disk: the commands typed (those that succeeded and change or show something) and,
/// after each `run`, the settings that produced it, how it ended and (format 3) every figure it
/// produced. Plain text, one entry a line:
///
///     overfit-session 3
///     tool 0.1.0
///     baseline
///     command set dropout 0.2
///     command run
///     result 1 finished 100 train_size=300 subset=first layers=100,100,100,100 …
///     outcome training_images=300 restored_epoch=- stopped_early_after=- diverged_at=-
///     epoch 1 2.2930 0.0 0.13 - - 2.2999 0.1135
///     …
///     predictions 10000 BASE64
///     end 2
///
/// `end` counts the commands, so a truncated file is told from a complete one. The `outcome`,
/// `epoch` and `predictions` lines are described in `RunOutcome.swift`; with them `--resume`
/// shows the runs again without training, and a replay checks its figures against them.
///
/// `baseline` is the knobs the session's first command saw (formats 2 and 3). Format 1 wrote the
/// baseline in force when saving (a lesson's, if one was started); it still loads, and replays
/// from there. Formats 1 and 2 record no figures: their runs are trained again when resumed.
/// The session history adds two informational header lines, `started DATE` and `lesson N`.
/// `language ko` records that the session was speaking Korean when saved (`--resume` speaks it
/// again); a file without the line was English. Words only: a replay in either language
/// re-makes the same runs.
public struct SessionFile: Equatable, Sendable {
    public static let formatVersion = 3
    static let magic = "overfit-session"

    /// How one run ended, as recorded: replay stops a cancelled run after the same epoch.
    public struct RunEntry: Equatable, Sendable {
        public var id: Int
        public var status: String
        public var epochsDone: Int
        public var config: RunConfig
        /// The run's figures (format 3); nil in files written before them.
        public var outcome: RunOutcome? = nil
    }

    public enum Entry: Equatable, Sendable {
        case command(String)
        case result(RunEntry)

        var isResult: Bool {
            if case .result = self { return true } else { return false }
        }

        /// Whether the entry changed something a learner would miss: a run, or a command the
        /// table marks `changesState` (knobs, the place on the lesson path).
        var isWorthKeeping: Bool {
            switch self {
            case .result: return true
            case .command(let line):
                let name = line.split(separator: " ").first.map(String.init) ?? ""
                return CommandTable.find(name)?.changesState ?? false
            }
        }
    }

    public var toolVersion: String
    public var baseline: RunConfig
    public var entries: [Entry]
    /// The format the file was read from (files made in memory are the current format).
    public var version = SessionFile.formatVersion
    /// When the session began (ISO 8601, UTC), for the session history; not needed to replay.
    public var started: String?
    /// The lesson the learner was in when the session was last saved, for the session history.
    public var lesson: Int?
    /// The language the session spoke when saved; English for files without a `language` line.
    public var language = Language.english
    /// For a file read from disk: its name and the line of each command, so a replayed command
    /// the tutor refuses is reported with its line. Not part of the session (ignored by `==`).
    public var source: (file: String, commandLines: [Int])?

    public static func == (lhs: SessionFile, rhs: SessionFile) -> Bool {
        lhs.toolVersion == rhs.toolVersion && lhs.baseline == rhs.baseline && lhs.entries == rhs.entries
            && lhs.version == rhs.version && lhs.started == rhs.started && lhs.lesson == rhs.lesson
            && lhs.language == rhs.language
    }

    public init(toolVersion: String = OverfitVersion.current, baseline: RunConfig = RunConfig(), entries: [Entry] = [])
    {
        self.toolVersion = toolVersion
        self.baseline = baseline
        self.entries = entries
    }

    /// Whether every run carries its figures, so a replay can check itself against them.
    public var recordsFigures: Bool {
        results.allSatisfy { $0.outcome != nil }
    }

    public var commands: [String] {
        entries.compactMap { if case .command(let line) = $0 { return line } else { return nil } }
    }

    public var results: [RunEntry] {
        entries.compactMap { if case .result(let run) = $0 { return run } else { return nil } }
    }

    /// How many results follow each command: the runs it made, in `commands` order.
    var runsPerCommand: [Int] {
        var counts: [Int] = []
        for entry in entries {
            if case .command = entry { counts.append(0) } else if !counts.isEmpty { counts[counts.count - 1] += 1 }
        }
        return counts
    }

    /// The file's text.
    public func render() -> String {
        var out = "# overfit session: `overfit --replay FILE` re-runs it, `replay FILE` inside the tutor too\n"
        out += "\(Self.magic) \(Self.formatVersion)\ntool \(toolVersion)\n"
        if let started { out += "started \(started)\n" }
        if let lesson { out += "lesson \(lesson)\n" }
        // English is what a file without the line means: older tools read English files unchanged.
        if language != .english { out += "language \(language.rawValue)\n" }
        out += Self.baselineLine(baseline) + "\n"
        for entry in entries { out += Self.lines(entry) }
        return out + "end \(commands.count)\n"
    }

    /// Knob values are written as `set` reads them (`Tokenizer.quote`): a dataset path with a
    /// space or a `"` reads back as one value.
    static func baselineLine(_ baseline: RunConfig) -> String {
        (["baseline"] + baseline.differences(from: RunConfig()).map { setting($0.name, $0.new) }).joined(separator: " ")
    }

    static func setting(_ name: String, _ value: String) -> String { name + "=" + Tokenizer.quote(value) }

    /// One entry's lines, each ending in a newline: what the file and the journal both write.
    static func lines(_ entry: Entry) -> String {
        switch entry {
        case .command(let line):
            return "command " + escape(line) + "\n"
        case .result(let run):
            let settings = run.config.settings.map { setting($0.name, $0.value) }.joined(separator: " ")
            var out = "result \(run.id) \(run.status) \(run.epochsDone) \(settings)\n"
            for line in run.outcome?.lines() ?? [] { out += line + "\n" }
            return out
        }
    }

    /// Control characters and backslashes written as `\n`, `\t`, `\\`, `\xHH`, so one command is one line.
    static func escape(_ line: String) -> String {
        line.escaping { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            default:
                return scalar.value < 0x20 || scalar.value == 0x7F
                    ? "\\x" + scalar.hex(digits: 2, uppercase: true) : nil
            }
        }
    }

    static func unescape(_ text: String) -> String? {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalars.next() {
            case "\\": out += "\\"
            case "n": out += "\n"
            case "t": out += "\t"
            case "x":
                guard let high = scalars.next(), let low = scalars.next(),
                    let value = UInt32(String(high) + String(low), radix: 16),
                    let decoded = Unicode.Scalar(value)
                else { return nil }
                out.unicodeScalars.append(decoded)
            default: return nil
            }
        }
        return out
    }
}

extension SessionFile {
    /// The runs the file holds: a run with `repeats` records one `result` per seed, all with
    /// the run's id, and counts once.
    public var runCount: Int {
        var ids = Set<Int>()
        for result in results { ids.insert(result.id) }
        return ids.count
    }
}

extension SessionFile {
    /// Where the command at `index` (among `commands`) came from, for a refusal that names the
    /// file and its line: a replayed or resumed file is treated as someone else's.
    func origin(ofCommand index: Int) -> CommandOrigin {
        let lines = source?.commandLines ?? []
        return CommandOrigin(
            kind: .replay, file: source?.file ?? "(replayed)", line: index < lines.count ? lines[index] : nil)
    }
}
