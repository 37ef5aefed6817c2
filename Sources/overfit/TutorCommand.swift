import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// `overfit` with no arguments: the tutor's REPL. With stdin not a TTY the same commands run
/// from the input with no prompt or progress redraws, and the exit status says if one failed.
struct TutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "The interactive tutor (the default): set knobs, run, compare, save and replay.",
        discussion: """
            Type `help` at the prompt. Every session is kept in the session history in $XDG_DATA_HOME/overfit/sessions \
            (or ~/.local/share/overfit/sessions), saved after every command: `overfit sessions` lists them, \
            `overfit --resume` continues the last. Exit status: 0; 1 if a command failed (at a terminal: the last \
            one, and 0 after `quit`); 3 when `--replay` re-made figures that differ from the ones the file recorded; \
            130 when Ctrl-C stops a resume, a replay or a script; 143 after SIGTERM or SIGQUIT and 129 after SIGHUP, \
            with the session saved; 74 when output cannot be written; 64 for a bad option.
            """)

    @Option(
        help: ArgumentHelp(
            "Re-run a saved session, printing what it printed and checking its figures, then exit.", valueName: "file"))
    var replay: String?

    @Flag(
        help:
            "Continue the last session (`--resume N`: the Nth in `overfit sessions`; `--resume FILE`: a saved file, as a new session)."
    )
    var resume = false

    @Argument(
        help: ArgumentHelp("With --resume: a number from `overfit sessions`, or a session file.", valueName: "session"))
    var target: String?

    @Flag(help: "Draw with ASCII only (no Unicode sparklines, braille or blocks).")
    var ascii = false

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        if replay != nil && resume {
            throw OptionRefusal.refuse(
                HintedError(
                    Phrase(
                        id: TutorMessages.Key.errorReplayWithResume.rawValue,
                        english: "--replay and --resume do not go together: pick one")))
        }
        if let target, !resume {
            throw OptionRefusal.refuse(
                HintedError(
                    Phrase(
                        id: TutorMessages.Key.errorUnexpectedTarget.rawValue, values: ["target": .text(target)],
                        english:
                            "unexpected argument `\(target)`: `overfit --resume \(target)` continues a session; `overfit --help` lists the commands"
                    )))
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language = try languageOption.chosen(environment: environment)
        try MessagesCheck.require()
        let interactive = TerminalInfo.isTTY(STDIN_FILENO) && TerminalInfo.isTTY(STDOUT_FILENO)
        let color = TerminalInfo.colorAllowed(environment: environment)
        let directory: (path: String?, warning: String?) =
            replay == nil ? DataDirectory.prepare(environment: environment, language: language) : (nil, nil)
        // Both name the data directory, which comes from the environment.
        if let warning = directory.warning { StandardStreams.err(VisibleText.escaped(warning) + "\n") }
        let ownership = directory.path.map { DataOwnership.claim($0, language: language, width: TerminalInfo.width()) }
        if let note = ownership?.note { StandardStreams.err(VisibleText.escaped(note, keepingNewlines: true)) }
        let history = directory.path.map { SessionHistory(dataDirectory: $0, owner: ownership?.owner ?? false) }
        if let history, history.owner {
            history.migrateLegacy()
            history.removeStaleTemporaries()
            HistoryFile.trim(history.dataDirectory + "/history")
        }

        var explanations = KnobExplanations.empty
        var translatedExplanations: [Language: KnobExplanations] = [:]
        var library: LessonLibrary?
        if let lessons = LessonsLocator.locate(environment: environment) {
            do { explanations = try KnobExplanations.load(lessonsDirectory: lessons, language: language) } catch {
                StandardStreams.err(error.render(style: RenderStyle(color: false, language: language)))
            }
            let loaded = LessonLibrary.load(directory: lessons)
            library = loaded
            // A malformed lesson is named with its line; the others still work.
            for problem in loaded.problems { StandardStreams.err("warning: \(problem)\n") }
            // A translation's knobs.txt was mirrored with the rest; its words are read as the English ones.
            for other in loaded.translations.keys {
                do {
                    translatedExplanations[other] = try KnobExplanations.load(
                        lessonsDirectory: lessons + "/" + other.subdirectory, language: language)
                } catch {
                    StandardStreams.err(error.render(style: RenderStyle(color: false, language: language)))
                }
            }
        }
        let dataFlag = dataOptions.data
        let budget = try dataOptions.budget()
        let backend = DatasetBackend(memoryBudget: budget) {
            try TrainingData.load($0, mnistDirectory: dataFlag, environment: environment)
        }
        var options = Session.Options(
            dataDirectory: directory.path, ownsDataDirectory: ownership?.owner ?? false,
            unicode: !ascii, explanations: explanations, memoryBudget: budget)
        options.translatedExplanations = translatedExplanations
        var completer: ((String, String) -> Completion)?
        let terminal: Terminal =
            interactive
            ? ReadlineTerminal(
                color: color, plain: TerminalInfo.isDumb(environment: environment),
                historyPath: directory.path.map { $0 + "/history" },
                completer: { completer?($0, $1) ?? .words([]) })
            : StreamTerminal(color: color)
        let session = Session(terminal: terminal, backend: backend, options: options)
        // Progress is the learner's own: a replay must not move it, so it gets no file.
        session.guide = library.map {
            LessonGuide(library: $0, progressPath: replay == nil ? directory.path.map { $0 + "/progress" } : nil)
        }
        completer = { [unowned session] before, word in session.completions(before: before, word: word) }
        try speak(language, in: session)

        Self.catchSignals(interactive: interactive)
        defer { overfit_interrupt_uninstall() }

        if let replay {
            try replaySession(replay, into: session)
            return
        }
        var resumed = false
        if resume {
            guard let history else {
                terminal.writeError(session.style.say(.resumeNoDataDirectory) + "\n")
                return try finish(session, ownership: ownership)
            }
            resumed = try resumeSession(session, history: history, terminal: terminal)
        }
        if interactive {
            terminal.write(banner(session, lastSession: resumed ? nil : history?.latest()))
            if let guide = session.guide {
                // A resumed session has replayed its lesson commands: say where that left it.
                terminal.write(
                    resumed
                        ? (guide.isInLesson ? LessonCommands.whereText(guide) : "")
                        : guide.welcome(style: session.style))
            }
        }
        try finish(session, ownership: ownership)
    }

    /// Runs the loop to the end; the data directory's lock is held until then.
    private func finish(_ session: Session, ownership: DataOwnership?) throws {
        let status = withExtendedLifetime(ownership) { session.runLoop() }
        if let stopped = Self.stoppedStatus() { throw ExitCode(stopped) }
        if status != 0 { throw ExitCode(status) }
        if (session.terminal as? StreamTerminal)?.inputFailed == true { throw ExitCode(1) }
    }

    /// After a signal stopped the tutor (everything saved): 128 + its number, as a shell reports
    /// a process it ended; SIGQUIT counts as SIGTERM. Nil when none did.
    static func stoppedStatus() -> Int32? {
        let signal = overfit_stop_signal()
        guard signal != 0 else { return nil }
        return 128 + (signal == SIGQUIT ? SIGTERM : signal)
    }

    private func replaySession(_ path: String, into session: Session) throws {
        let file: SessionFile
        do { file = try Session.loadSessionFile(path, language: session.language) } catch {
            session.terminal.writeError(error.render(style: session.style))
            throw ExitCode(1)
        }
        let check = session.replay(file, echo: true)
        if check.stopped != nil { throw ExitCode(Self.stoppedStatus() ?? 130) }
        if session.failures > 0 { throw ExitCode(1) }
        if !check.passed { throw ExitCode(3) }
    }

    /// Restores the session `target` names. Returns whether it did; an unreadable or busy one is
    /// reported and a new session starts. Ctrl-C (or a closed window) during it ends the tutor,
    /// leaving the session as it was.
    private func resumeSession(_ session: Session, history: SessionHistory, terminal: Terminal) throws -> Bool {
        var history = history
        history.language = session.language
        let wanted: ResumeTarget = target.map { text in Int(text).map(ResumeTarget.number) ?? .file(text) } ?? .latest
        let found: Resumable
        do { found = try history.resumable(wanted) } catch {
            terminal.writeError(error.render(style: session.style) + session.style.say(.resumeNewSession) + "\n")
            return false
        }
        switch session.restore(found.file, from: found.label) {
        case .restored(let note):
            if let journal = found.journal {
                session.continueSaving(into: journal, rewrite: found.rewrite)
            } else {
                session.saveNow()
            }
            terminal.write(note)
            // The language the session was saved in, unless --lang chose one for this start.
            if languageOption.lang == nil, found.file.language != session.language {
                do { try session.choose(language: found.file.language) } catch {
                    terminal.writeError(
                        session.style.say(
                            .resumeLanguage, ["language": found.file.language.name, "message": error.message]) + "\n")
                }
            }
            if let unchecked = found.uncheckedNote { terminal.write(unchecked) }
            return true
        case .cancelled:
            found.journal?.abandon()
            terminal.writeError(
                session.style.say(.resumeStopped, ["label": VisibleText.escaped(found.label)]) + "\n")
            throw ExitCode(130)
        }
    }

    /// Whatever stdin is: Ctrl-C sets our flag, which stops a run (or a replay); SIGTERM, SIGHUP
    /// (a closed window) and SIGQUIT set it too and end the loop, so a run in progress stops and
    /// the session is saved whole. In a script (stdin not a terminal) Ctrl-C ends it the same
    /// way: no one is there to type the next command. The handlers unblock their signals: a
    /// parent that blocked them (a test runner's worker thread, some process supervisors) would
    /// otherwise make them silently do nothing.
    private static func catchSignals(interactive: Bool) {
        overfit_interrupt_clear()
        if interactive { overfit_interrupt_install() } else { overfit_stop_on_interrupt_install() }
        overfit_hangup_install()
    }

    /// Speaks `language` from the start. Asked for with --lang and not available: an error. Asked
    /// for by the environment (OVERFIT_LANG, a Korean locale): a note, and English.
    private func speak(_ language: Language, in session: Session) throws {
        guard language != session.language else { return }
        do { try session.choose(language: language) } catch {
            guard languageOption.lang == nil else {
                StandardStreams.err("error: --lang \(language.rawValue): \(error.message)\n")
                throw ExitCode(64)
            }
            StandardStreams.err("note: \(error.message); speaking English\n")
        }
    }

    private func banner(_ session: Session, lastSession: HistorySummary?) -> String {
        let style = session.style
        var out =
            session.options.dataDirectory.map {
                style.say(.banner, ["version": OverfitVersion.current, "directory": VisibleText.escaped($0)])
            } ?? style.say(.bannerNoAutosave, ["version": OverfitVersion.current])
        out += "\n"
        if let last = lastSession, last.problem == nil {
            out += HistoryListing.welcome(last, style: session.style) + "\n"
        }
        return out
    }
}
