import OverfitData
import OverfitLessons
import OverfitTraining

/// One learner's tutor session: the knobs, the runs so far, and the log of commands that
/// replays it. Driven a line at a time through `execute(_:)`, or by `runLoop()` over a `Terminal`.
public final class Session {
    public struct Options: Sendable {
        /// The data directory whose session history the session is autosaved into after every
        /// command (nil: no autosave).
        public var dataDirectory: String?
        /// Whether this tutor holds the data directory's lock (a second tutor does not: it keeps
        /// its own session and leaves shared files, such as lesson progress, alone).
        public var ownsDataDirectory: Bool
        public var unicode: Bool
        public var explanations: KnobExplanations
        /// `explain`'s words in the other languages (`lessons/ko/knobs.txt`), when they loaded.
        public var translatedExplanations: [Language: KnobExplanations] = [:]
        /// The diagnosis's words when no lessons are loaded (the lessons' `diagnosis.txt` wins).
        public var diagnosis: DiagnosisTemplates
        public var toolVersion: String
        /// A run estimated past it is refused before it starts (`RunEstimate`).
        public var memoryBudget: MemoryBudget
        /// Where files are written (tests fill the disk through it).
        public var disk: Disk
        /// A resume that takes longer than this shows how far it is (tests make it zero).
        public var loadProgressAfter: Duration = .seconds(1)

        public init(
            dataDirectory: String? = nil, ownsDataDirectory: Bool = true, unicode: Bool = true,
            explanations: KnobExplanations = .empty, toolVersion: String = OverfitVersion.current,
            memoryBudget: MemoryBudget = .machineDefault, diagnosis: DiagnosisTemplates = DiagnosisTemplates(),
            disk: Disk = .system
        ) {
            self.diagnosis = diagnosis
            self.dataDirectory = dataDirectory
            self.ownsDataDirectory = ownsDataDirectory
            self.unicode = unicode
            self.explanations = explanations
            self.toolVersion = toolVersion
            self.memoryBudget = memoryBudget
            self.disk = disk
        }
    }

    /// One finished (or cancelled, or diverged) run and the settings of the run before it.
    public struct RunRecord {
        public let id: Int
        /// The run (with `repeats`: its first seed's figures, under the knobs as set).
        public let result: RunResult
        public let previous: RunConfig
        /// Every seed's run, in seed order, each under its own seed with `repeats 1`; one
        /// element (`result`) without repeats.
        public let seeds: [RunResult]

        public init(id: Int, result: RunResult, previous: RunConfig, seeds: [RunResult]? = nil) {
            self.id = id
            self.result = result
            self.previous = previous
            self.seeds = seeds ?? [result]
        }
    }

    public static let prompt = "overfit> "
    /// Where the learner is: `overfit 5/11> ` in a lesson, `overfit> ` outside one.
    public var currentPrompt: String { guide?.prompt ?? Self.prompt }
    /// Longer lines are refused whole rather than parsed.
    public static let maxLineBytes = 4096

    public let terminal: Terminal
    let backend: TrainingBackend
    public let options: Options
    /// What the session keeps: knobs, runs, the record (see `SessionState`).
    var state: SessionState
    /// How it is running: the learner's commands, a replay, or a silent resume.
    var mode = SessionMode.interactive
    /// Commands that count towards exit status: every one that failed. Kept on the session, not in
    /// `state`: a replay or a resume starts the state afresh, but not what the learner did.
    public internal(set) var failures = 0
    /// Whether the last line that ran a command failed: an interactive session's exit status.
    var lastCommandFailed = false
    /// The guided path, when lessons were found; it reads its lessons in the session's language.
    public var guide: LessonGuide? {
        didSet { guide?.language = language }
    }
    /// The language of the texts shown (`--lang`, `lang`): lesson text, guide, diagnosis,
    /// `explain`, `sources`. Words only: it never changes a run. Set it with `choose(language:)`.
    public internal(set) var language = Language.english {
        didSet { guide?.language = language }
    }
    /// Set when Ctrl-C (or SIGTERM/SIGHUP) arrives while a resume is re-training a run.
    var restoreInterrupted = false
    /// Set when a run or a sweep stopped for Ctrl-C (or a signal), which clears the terminal's
    /// flag: a replay checks it to stop rather than go on with the next command.
    var stopSeen = false
    /// While a file's command is re-executed: how many runs the file recorded after it. A sweep
    /// cut short by kill -9 recorded fewer runs than it has values, and re-makes only those.
    var recordedRuns: Int?
    /// While resuming: how many recorded runs there are to re-run, for the one line shown.
    var resumingRuns: Int?
    /// During a replay of a file with figures: how the re-made runs compare with them.
    var replayCheck: ReplayCheck?
    var wantsQuit = false
    /// `verbose on|off`, and whether a sweep is printing its runs briefly.
    var display = DisplaySettings()
    /// Where the command being performed came from, when the learner did not type it.
    var origin: CommandOrigin?
    /// How deep `perform` is nested (`next` performs a lesson step's command): a guard against
    /// a lesson whose step runs itself.
    private var performDepth = 0
    private var ranCommand = false
    let autosave: Autosave?
    /// Output of the command being executed, shown once the command is saved: what the learner
    /// has seen is always in the history, even if the tutor is killed a moment later.
    private var pendingOutput = ""
    private var executing = 0
    /// The prompt the last line was read after (Enter-to-type redraws that line).
    private var lastPrompt = Session.prompt

    public init(
        terminal: Terminal, backend: TrainingBackend, options: Options = Options(), baseline: RunConfig = RunConfig()
    ) {
        self.terminal = terminal
        self.backend = backend
        self.options = options
        state = SessionState(baseline: baseline)
        autosave = options.dataDirectory.map {
            Autosave(
                history: SessionHistory(dataDirectory: $0, owner: options.ownsDataDirectory, disk: options.disk),
                syncInterval: terminal.isInteractive ? 0 : 0.1)
        }
    }

    public var style: RenderStyle {
        // Muted (a resume re-executing commands), nothing is drawn: the terminal is not asked.
        RenderStyle(
            width: mode.muted ? 80 : terminal.width, unicode: options.unicode,
            color: terminal.supportsColor && !mode.muted, language: language)
    }

    /// What `reset` returns to, in words: the defaults, or the lesson's starting knobs.
    var baselineName: String {
        if state.baseline == RunConfig() { return style.say(.baselineDefaults) }
        if let number = guide?.lesson?.number { return style.say(.baselineLesson, ["number": String(number)]) }
        return style.say(.baselineLessonStart)
    }

    /// The session as it would be saved now.
    public var file: SessionFile {
        var file = SessionFile(
            toolVersion: options.toolVersion, baseline: state.startingBaseline, entries: state.entries)
        file.lesson = guide?.lesson?.number
        file.language = language
        return file
    }

    /// The history entry's file the session is saved in, once it has one.
    public var autosavePath: String? { autosave?.entry?.filePath }

    /// Reads and executes lines until end of input or `quit`, then folds the session's journal
    /// into its file. Returns the exit status: for a person at a terminal, 0 after `quit` and
    /// otherwise 1 only if the last command failed (a typo an hour ago is no failure of the
    /// session); for a script, 1 if any command failed.
    public func runLoop() -> Int32 {
        while !wantsQuit && !terminal.hangupRequested() {
            lastPrompt = currentPrompt
            // A line read as the signal came (or cut short by it) is not run: the tutor is stopping.
            guard let line = terminal.readLine(prompt: lastPrompt), !terminal.hangupRequested() else { break }
            execute(line)
        }
        closeAutosave()
        guard terminal.isInteractive else { return failures > 0 ? 1 : 0 }
        write(farewell())
        return !wantsQuit && lastCommandFailed ? 1 : 0
    }

    /// Executes one line: a failed command prints its error and the session carries on.
    @discardableResult
    public func execute(_ line: String) -> Bool {
        var succeeded = true
        ranCommand = false
        executing += 1
        do {
            try perform(line)
        } catch {
            succeeded = false
            failures += 1
            flushOutput()
            if !mode.muted { terminal.writeError(error.render(style: style)) }
        }
        // A blank line or a comment, which ran nothing, leaves the status of the command before it.
        if !succeeded || ranCommand { lastCommandFailed = !succeeded }
        executing -= 1
        let warning = autosaveIfChanged()
        flushOutput()
        if let warning { terminal.writeError(warning) }
        return succeeded
    }

    func perform(_ typed: String) throws(HintedError) {
        performDepth += 1
        defer { performDepth -= 1 }
        guard performDepth <= Self.maxPerformDepth else {
            throw HintedError(
                "`\(Text.shown(typed))` was not run: a lesson step may not run another step",
                hint: "the lesson file is at fault; `lessons` lists the others")
        }
        let line =
            guide?.rewrite(
                typed, isCommand: { CommandTable.find($0) != nil },
                interactive: terminal.isInteractive && performDepth == 1 && !mode.replaying) ?? typed
        // Enter on a lesson step runs the step's command: it comes from the lesson file.
        let enter = line != typed && typed.trimmingCharacters(in: " \t").isEmpty
        if performDepth == 1 && !mode.replaying && line != "hint" {
            guide?.countTyped(enter ? line : typed, byEnter: enter)
        }
        // Enter typed the command: it goes on the prompt line, so scrollback shows what ran.
        if enter && performDepth == 1 && !mode.replaying {
            terminal.showTyped(VisibleText.escaped(line), prompt: lastPrompt)
        }
        if enter, let step = guide?.stepOrigin {
            try perform(line, from: step)
            return
        }
        let size = line.utf8.count
        guard size <= Self.maxLineBytes else {
            // From a file, the file and line say where to look; the line itself is never shown whole.
            let sizes = ["size": Text.grouped(size), "limit": Text.grouped(Self.maxLineBytes)]
            if let origin {
                throw HintedError(
                    style.say(
                        .errorLineTooLongIn,
                        sizes.merging(["place": VisibleText.escaped(origin.place(FileWords(language)))]) { $1 }),
                    hint: style.say(.hintLineTooLongFile))
            }
            throw HintedError(style.say(.errorLineTooLong, sizes), hint: style.say(.hintLineTooLong))
        }
        let words = try Tokenizer.split(line)
        guard let name = words.first, !name.hasPrefix("#") else { return }
        let command = try CommandTable.command(named: name, style: style)
        ranCommand = true
        if let origin, !command.mayRunFromFile {
            throw origin.refusal(of: line, name: command.name, language: language)
        }
        let mark = state.entries.count
        if command.recorded { state.entries.append(.command(line.trimmingCharacters(in: " \t"))) }
        do {
            try command.handler(self, Array(words.dropFirst()))
        } catch {
            state.entries.removeSubrange(mark...)
            throw error
        }
        if let reply = guide?.commandSucceeded(line, session: self) { apply(reply) }
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
        guard !mode.muted else { return }
        if executing > 0 { pendingOutput += text } else { terminal.write(text) }
    }

    /// Shows what the current command has printed so far (before a run starts, and once saved).
    func flushOutput() {
        guard !pendingOutput.isEmpty else { return }
        terminal.write(pendingOutput)
        pendingOutput = ""
    }

    /// Saves what the last command added; returns a warning to show if saving failed. Nothing
    /// is written during a replay or a resume (they save once, when whole), and nothing until
    /// the session holds something worth keeping.
    @discardableResult
    func autosaveIfChanged() -> String? {
        guard let autosave, !mode.replaying, state.entries.count != autosave.saved else { return nil }
        if autosave.entry == nil {
            guard state.entries[min(state.checkedForWorth, state.entries.count)...].contains(where: \.isWorthKeeping)
            else {
                state.checkedForWorth = state.entries.count
                return nil
            }
        }
        // The warning names the data directory, which comes from the environment.
        return autosave.save(file).map(Text.visible)
    }

    /// Saves what the command being executed has added so far, then shows what it printed: a
    /// sweep keeps each run as it finishes (kill -9 before the next loses none), and what the
    /// learner saw is on disk first.
    func saveProgress() {
        let warning = autosaveIfChanged()
        flushOutput()
        if let warning { terminal.writeError(warning) }
    }

    /// Whether Ctrl-C or a signal asked to stop (a replay stops at the next command).
    var stopRequested: Bool { stopSeen || terminal.interruptRequested() || terminal.hangupRequested() }

    /// Folds the journal into the history entry's file and releases it (at exit).
    public func closeAutosave() {
        autosave?.close(file)
    }

    func farewell() -> String {
        guard let path = autosavePath, !state.entries.isEmpty else { return style.say(.farewell) + "\n" }
        return style.sayWrapped(.farewellKept, ["path": VisibleText.escaped(path)]) + "\n"
    }
}

// MARK: - Run labels

extension Session {
    /// What a run is called on screen: its lesson name when it has one that still reaches it
    /// (the current lesson's names first, then the latest run of a name), else `run N`.
    func runLabel(_ id: Int) -> String {
        if let guide {
            if let name = guide.runIDs.filter({ $0.value == id }).keys.min() { return name }
            if let name = guide.namedRuns.filter({ $0.value == id }).keys.min() { return name }
        }
        return "run \(id)"
    }

    /// Whether `word` names a run: a number, `#N`, or a lesson run's name.
    func isRunReference(_ word: String) -> Bool {
        let digits = word.hasPrefix("#") ? String(word.dropFirst()) : word
        if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return true }
        return guide?.runID(named: word) != nil || guide?.lesson?.runNames.contains(word) == true
    }
}

// MARK: - Budget

extension Session {
    /// The memory a run may take now. A run a replayed file asks for (`--replay`, `replay FILE`)
    /// gets a budget that fits a laptop (`MemoryBudget.forReplayedFiles`) unless the learner set
    /// one: a two-line file must not be able to take gigabytes without the learner's say.
    var runBudget: MemoryBudget {
        mode == .replaying || origin?.kind == .replay ? options.memoryBudget.forReplayedFiles : options.memoryBudget
    }
}

// MARK: - Reuse

extension Session {
    /// An earlier finished run of this session (or one seed of an earlier run with `repeats`)
    /// with exactly `member`'s knobs and seed, whose figures a new run can take instead of
    /// training (same settings give the same bits). None when a replayed file recorded this run
    /// as cancelled: the replay stops it where it stopped.
    func reusableRun(_ member: RunConfig, recorded: SessionFile.RunEntry?) -> (id: Int, result: RunResult)? {
        if !state.replayQueue.isEmpty, recorded?.status != RunStatus.finished.name { return nil }
        for record in state.runs.reversed() {
            if let seed = record.seeds.last(where: { $0.status == .finished && $0.config == member }) {
                return (record.id, seed)
            }
        }
        return nil
    }

    static func reuseNote(_ earlier: Int) -> String {
        "Same knobs and seed as run \(earlier), so the same numbers, bit for bit: its figures are reused, not trained again."
    }
}

// MARK: - Resume

/// `--resume`: a session brought back from its file or history entry. Runs that recorded their
/// figures (format 3) are restored from them, not trained, so 47 runs come back in well under a
/// second; older files' runs are trained again. Nothing is written until the session is whole:
/// a resume cut short (Ctrl-C, kill -9, a closed window) leaves the file as it was.
extension Session {
    public enum RestoreOutcome: Equatable {
        /// The one-line note to show.
        case restored(String)
        /// Ctrl-C or a closed window while older runs were being trained again.
        case cancelled
    }

    /// Re-executes `file`'s commands silently, restoring each run from its figures. `label` names
    /// it in the note. The caller then continues saving into the file's history entry
    /// (`continueSaving(into:)`) or, for a file from elsewhere, into a new one.
    public func restore(_ file: SessionFile, from label: String) -> RestoreOutcome {
        let toTrain = file.results.count { $0.outcome == nil }
        // A command that fails when re-executed (lessons no longer installed, say) is kept in
        // the record below; it must not make the learner's exit status a failure.
        let failuresBefore = failures, lastFailedBefore = lastCommandFailed
        defer {
            failures = failuresBefore
            lastCommandFailed = lastFailedBefore
        }
        resetForReplay(file)
        mode = .restoring
        restoreInterrupted = false
        resumingRuns = toTrain > 0 ? toTrain : nil
        defer {
            mode = .interactive
            resumingRuns = nil
            state.replayQueue = []
        }
        let runsPerCommand = file.runsPerCommand, commands = file.commands
        defer { recordedRuns = nil }
        let clock = ContinuousClock(), start = clock.now
        for (index, command) in commands.enumerated() {
            // A load over a second says how far it is (every 256 commands: the clock costs too).
            if index % 256 == 0, terminal.isInteractive, clock.now - start >= options.loadProgressAfter {
                terminal.showProgress(
                    style.say(
                        .resumeProgress,
                        [
                            "label": VisibleText.escaped(label), "done": Text.grouped(index),
                            "total": Text.grouped(commands.count),
                        ]))
            }
            if restoreInterrupted || terminal.interruptRequested() || terminal.hangupRequested() {
                terminal.clearProgress()
                resetForReplay(SessionFile())
                return .cancelled
            }
            // `--resume FILE` may name someone else's file: what it runs may not write files
            // or end the session, as in a replay (`CommandOrigin`).
            origin = file.origin(ofCommand: index)
            recordedRuns = runsPerCommand[index]
            execute(command)
            origin = nil
        }
        terminal.clearProgress()
        // The record is the file's, whatever re-executing made of it: nothing in it is dropped.
        // (Runs trained again for an older file keep their new figures.)
        if commands != file.commands || file.results.count != state.entries.count(where: \.isResult) {
            state.entries = file.entries
        }
        let words = FileWords(language), runCount = file.runCount
        let key: TutorMessages.Key =
            toTrain == 0 ? .resumeDone : toTrain == runCount ? .resumeDoneAllTrained : .resumeDoneSomeTrained
        let values = [
            "label": VisibleText.escaped(label), "commands": words.commands(file.commands.count),
            "runs": words.runs(runCount), "count": String(toTrain),
        ]
        return .restored(words.say(key, values) + "\n")
    }

    /// After `restore`: the session goes on saving into `journal`, the entry it came from. A file
    /// that lacked figures is written whole at the next save, so its runs are never trained again.
    public func continueSaving(into journal: SessionJournal, rewrite: Bool) {
        autosave?.attach(journal)
        if rewrite { journal.requireCompaction() }
    }

    /// Saves now (a session resumed from a file outside the history becomes a new entry at once).
    public func saveNow() {
        if let warning = autosaveIfChanged() { terminal.writeError(warning) }
    }

    var commands: [String] { file.commands }

    /// Back to an empty session with `file`'s baseline, ready to re-execute its commands.
    func resetForReplay(_ file: SessionFile) {
        state.reset(to: file)
    }

    /// Before `replay` replaces this session: its history entry is closed as it is (kept in the
    /// history), and the replayed session is saved as a new entry once the replay is done.
    func startNewEntryForReplay() {
        guard let autosave, autosave.entry != nil else { return }
        autosave.detach(file)
        write(style.say(.resumeKept) + "\n")
    }
}
