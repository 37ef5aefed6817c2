import OverfitData
import OverfitLessons
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
        /// The diagnosis's words when no lessons are loaded (the lessons' `diagnosis.txt` wins).
        public var diagnosis: DiagnosisTemplates
        public var toolVersion: String
        /// A run estimated past it is refused before it starts (`RunEstimate`).
        public var memoryBudget: MemoryBudget

        public init(dataDirectory: String? = nil, continuing: Bool = false, unicode: Bool = true,
                    explanations: KnobExplanations = .empty, toolVersion: String = OverfitVersion.current,
                    memoryBudget: MemoryBudget = .machineDefault, diagnosis: DiagnosisTemplates = DiagnosisTemplates()) {
            self.diagnosis = diagnosis
            self.dataDirectory = dataDirectory
            self.continuing = continuing
            self.unicode = unicode
            self.explanations = explanations
            self.toolVersion = toolVersion
            self.memoryBudget = memoryBudget
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
    /// Where the command being performed came from, when the learner did not type it.
    var origin: CommandOrigin?
    /// How deep `perform` is nested (`next` performs a lesson step's command): a guard against
    /// a lesson whose step runs itself.
    private var performDepth = 0
    /// Whether the last line that ran a command failed: an interactive session's exit status.
    private(set) var lastCommandFailed = false
    private var ranCommand = false
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

    /// Reads and executes lines until end of input or `quit`. Returns the exit status: for a
    /// person at a terminal, 0 after `quit` and otherwise 1 only if the last command failed (a
    /// typo an hour ago is no failure of the session); for a script, 1 if any command failed.
    public func runLoop() -> Int32 {
        while !wantsQuit, let line = terminal.readLine(prompt: Self.prompt) {
            execute(line)
        }
        guard terminal.isInteractive else { return failures > 0 ? 1 : 0 }
        write(farewell())
        return !wantsQuit && lastCommandFailed ? 1 : 0
    }

    /// Executes one line: a failed command prints its error and the session carries on.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        var succeeded = true
        ranCommand = false
        do {
            try perform(line)
        } catch {
            succeeded = false
            failures += 1
            if !muted { terminal.writeError(error.render(style: style)) }
        }
        // A blank line or a comment, which ran nothing, leaves the status of the command before it.
        if !succeeded || ranCommand { lastCommandFailed = !succeeded }
        autosaveIfChanged()
        return succeeded
    }

    func perform(_ typed: String) throws(HintedError) {
        performDepth += 1
        defer { performDepth -= 1 }
        guard performDepth <= Self.maxPerformDepth else {
            throw HintedError("`\(Text.shown(typed))` was not run: a lesson step may not run another step",
                             hint: "the lesson file is at fault; `lessons` lists the others")
        }
        let line = guide?.rewrite(typed, isCommand: { CommandTable.find($0) != nil }) ?? typed
        // Enter on a lesson step runs the step's command: it comes from the lesson file.
        if line != typed, typed.trimmingCharacters(in: " \t").isEmpty, let step = guide?.stepOrigin {
            try perform(line, from: step)
            return
        }
        let size = line.utf8.count
        guard size <= Self.maxLineBytes else {
            throw HintedError("line too long (\(Text.grouped(size)) bytes; at most \(Text.grouped(Self.maxLineBytes)))",
                             hint: "commands are short, e.g. set dropout 0.2")
        }
        let words = try Tokenizer.split(line)
        guard let name = words.first, !name.hasPrefix("#") else { return }
        let command = try CommandTable.command(named: name)
        ranCommand = true
        if let origin, !command.mayRunFromFile { throw origin.refusal(of: line, name: command.name) }
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

    /// `perform` for a line a file supplied: refused if the command may not run from a file.
    func perform(_ line: String, from source: CommandOrigin) throws(HintedError) {
        let outer = origin
        origin = source
        defer { origin = outer }
        try perform(line)
    }

    /// `next` inside `next` inside `next`: deeper than any lesson needs.
    static let maxPerformDepth = 3

    func write(_ text: String) {
        if !muted { terminal.write(text) }
    }

    func autosaveIfChanged() {
        guard let autosave, savedEntries != entries, entries.contains(where: \.isWorthKeeping) else { return }
        savedEntries = entries
        // The warning names the data directory, which comes from the environment.
        if let warning = autosave.save(file) { terminal.writeError(Text.visible(warning)) }
    }

    func farewell() -> String {
        guard let path = autosavePath, !entries.isEmpty else { return "bye\n" }
        return "bye: this session is autosaved in \(VisibleText.escaped(path)); `overfit --resume` continues it\n"
    }
}
