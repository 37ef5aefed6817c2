import OverfitTraining

/// A session on disk: the commands typed (those that succeeded and change or show something) and,
/// after each `run`, the settings that produced it and how it ended. Plain text, one entry a line:
///
///     overfit-session 2
///     tool 0.1.0
///     baseline
///     command set dropout 0.2
///     command run
///     result 1 finished 100 train_size=300 subset=first layers=100,100,100,100 …
///     end 2
///
/// `end` counts the commands, so a truncated file is told from a complete one.
///
/// `baseline` is the knobs the session's first command saw (format 2). Format 1 wrote the
/// baseline in force when saving (a lesson's, if one was started); it still loads, and replays
/// from there.
public struct SessionFile: Equatable, Sendable {
    public static let formatVersion = 2
    static let magic = "overfit-session"

    /// How one run ended, as recorded: replay stops a cancelled run after the same epoch.
    public struct RunEntry: Equatable, Sendable {
        public var id: Int
        public var status: String
        public var epochsDone: Int
        public var config: RunConfig
    }

    public enum Entry: Equatable, Sendable {
        case command(String)
        case result(RunEntry)

        /// Whether the entry changed something a learner would miss: a run, or a command that
        /// sets knobs or moves along the lessons. A session of only `help` and `show` is not
        /// autosaved, so it cannot push real work out of the autosave.
        var isWorthKeeping: Bool {
            switch self {
            case .result: return true
            case .command(let line):
                let name = line.split(separator: " ").first.map { $0.lowercased() } ?? ""
                return ["set", "reset", "lesson", "start", "next", "answer", "skip", "back", "continue"].contains(name)
            }
        }
    }

    public var toolVersion: String
    public var baseline: RunConfig
    public var entries: [Entry]
    /// For a file read from disk: its name and the line of each command, so a replayed command
    /// the tutor refuses is reported with its line. Not part of the session (ignored by `==`).
    public var source: (file: String, commandLines: [Int])?

    public static func == (lhs: SessionFile, rhs: SessionFile) -> Bool {
        lhs.toolVersion == rhs.toolVersion && lhs.baseline == rhs.baseline && lhs.entries == rhs.entries
    }

    public init(toolVersion: String = OverfitVersion.current, baseline: RunConfig = RunConfig(), entries: [Entry] = []) {
        self.toolVersion = toolVersion
        self.baseline = baseline
        self.entries = entries
    }

    public var commands: [String] {
        entries.compactMap { if case .command(let line) = $0 { return line } else { return nil } }
    }

    public var results: [RunEntry] {
        entries.compactMap { if case .result(let run) = $0 { return run } else { return nil } }
    }

    /// The file's text.
    public func render() -> String {
        var out = "# overfit session: `overfit --replay FILE` re-runs it, `replay FILE` inside the tutor too\n"
        out += "\(Self.magic) \(Self.formatVersion)\ntool \(toolVersion)\n"
        let changed = baseline.differences(from: RunConfig()).map { "\($0.name)=\($0.new)" }
        out += (["baseline"] + changed).joined(separator: " ") + "\n"
        for entry in entries {
            switch entry {
            case .command(let line):
                out += "command " + Self.escape(line) + "\n"
            case .result(let run):
                let settings = run.config.settings.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
                out += "result \(run.id) \(run.status) \(run.epochsDone) \(settings)\n"
            }
        }
        return out + "end \(commands.count)\n"
    }

    /// Control characters and backslashes written as `\n`, `\t`, `\\`, `\xHH`, so one command is one line.
    static func escape(_ line: String) -> String {
        line.escaping { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\t": return "\\t"
            default: return scalar.value < 0x20 || scalar.value == 0x7F ? "\\x" + scalar.hex(digits: 2, uppercase: true) : nil
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
                      let decoded = Unicode.Scalar(value) else { return nil }
                out.unicodeScalars.append(decoded)
            default: return nil
            }
        }
        return out
    }
}
