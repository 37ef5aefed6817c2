import OverfitTraining

/// One learner's tutor session: the knobs, the runs so far, and the log of commands that
/// replays it. Driven a line at a time through `execute(_:)`, or by `runLoop()` over a `Terminal`.
public final class Session {
    public struct Options: Sendable {
        /// Where the session is autosaved after every command (nil: no autosave).
        public var dataDirectory: String?
        /// Continue writing the existing autosave (after --resume) rather than setting it aside.
        public var continuing: Bool
        public var unicode: Bool
        public var explanations: KnobExplanations
        public var toolVersion: String

        public init(dataDirectory: String? = nil, continuing: Bool = false, unicode: Bool = true,
                    explanations: KnobExplanations = .empty, toolVersion: String = OverfitVersion.current) {
            self.dataDirectory = dataDirectory
            self.continuing = continuing
            self.unicode = unicode
            self.explanations = explanations
            self.toolVersion = toolVersion
        }
    }

    /// One finished (or cancelled, or diverged) run and the settings of the run before it.
    public struct RunRecord {
        public let id: Int
        public let result: RunResult
        public let previous: RunConfig
    }

    public static let prompt = "overfit> "
    /// Longer lines are refused whole rather than parsed.
    public static let maxLineBytes = 4096

    public let terminal: Terminal
    let backend: TrainingBackend
    public let options: Options
    /// What `show` marks changes against and `reset` returns to (the lessons set it per lesson).
    public var baseline: RunConfig
    /// The baseline the session's first command saw: what a saved file starts its replay from
    /// (a lesson started later changes `baseline`, and the file re-runs that `lesson` command).
    var startingBaseline: RunConfig
    public var config: RunConfig
    /// The guided path, when lessons were found.
    public var guide: LessonGuide?
    public internal(set) var runs: [RunRecord] = []
    /// Commands that count towards exit status: every one that failed.
    public private(set) var failures = 0
    var entries: [SessionFile.Entry] = []
    /// During a replay: the recorded runs still to come, so a cancelled run stops where it did.
    var replayQueue: [SessionFile.RunEntry] = []
    var replaying = false
    var muted = false
    /// While resuming: how many recorded runs there are to re-run, for the one line shown.
    var resumingRuns: Int?
    var wantsQuit = false
    private var savedEntries: [SessionFile.Entry]?
    let autosave: Autosave?

    public init(terminal: Terminal, backend: TrainingBackend, options: Options = Options(), baseline: RunConfig = RunConfig()) {
        self.terminal = terminal
        self.backend = backend
        self.options = options
        self.baseline = baseline
        startingBaseline = baseline
        config = baseline
        autosave = options.dataDirectory.map { Autosave(directory: $0, continuing: options.continuing) }
    }

    public var style: RenderStyle {
        RenderStyle(width: terminal.width, unicode: options.unicode, color: terminal.supportsColor && !muted)
    }

    /// What `reset` returns to, in words: the defaults, or the lesson's starting knobs.
    var baselineName: String {
        if baseline == RunConfig() { return "the defaults" }
        if let number = guide?.lesson?.number { return "lesson \(number)'s start" }
        return "the lesson's start"
    }

    /// The session as it would be saved now.
    public var file: SessionFile {
        SessionFile(toolVersion: options.toolVersion, baseline: startingBaseline, entries: entries)
    }

    /// Where the session is autosaved, if it is.
    public var autosavePath: String? { autosave?.path }

    /// After a failed `--resume`: the unreadable autosave is set aside, not overwritten.
    public func startFreshAutosave() {
        autosave?.rotated = false
    }

    /// Reads and executes lines until end of input or `quit`. Returns the exit status: 1 if any
    /// command failed, else 0.
    public func runLoop() -> Int32 {
        while !wantsQuit, let line = terminal.readLine(prompt: Self.prompt) {
            execute(line)
        }
        if terminal.isInteractive { write(farewell()) }
        return failures > 0 ? 1 : 0
    }

    /// Executes one line: a failed command prints its error and the session carries on.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        var succeeded = true
        do {
            try perform(line)
        } catch {
            succeeded = false
            failures += 1
            if !muted { terminal.writeError(error.render(style: style)) }
        }
        autosaveIfChanged()
        return succeeded
    }

    func perform(_ typed: String) throws(HintedError) {
        let line = guide?.rewrite(typed, isCommand: { CommandTable.find($0) != nil }) ?? typed
        let size = line.utf8.count
        guard size <= Self.maxLineBytes else {
            throw HintedError("line too long (\(Text.grouped(size)) bytes; at most \(Text.grouped(Self.maxLineBytes)))",
                             hint: "commands are short, e.g. set dropout 0.2")
        }
        let words = try Tokenizer.split(line)
        guard let name = words.first, !name.hasPrefix("#") else { return }
        let command = try CommandTable.command(named: name)
        let mark = entries.count
        if command.recorded { entries.append(.command(line.trimmingCharacters(in: " \t"))) }
        do {
            try command.handler(self, Array(words.dropFirst()))
        } catch {
            entries.removeSubrange(mark...)
            throw error
        }
        guide?.commandSucceeded(line, session: self)
    }

    func write(_ text: String) {
        if !muted { terminal.write(text) }
    }

    func autosaveIfChanged() {
        guard let autosave, savedEntries != entries, entries.contains(where: \.isWorthKeeping) else { return }
        savedEntries = entries
        if let warning = autosave.save(file) { terminal.writeError(warning) }
    }

    func farewell() -> String {
        guard let path = autosavePath, !entries.isEmpty else { return "bye\n" }
        return "bye: this session is autosaved in \(path); `overfit --resume` continues it\n"
    }
}
