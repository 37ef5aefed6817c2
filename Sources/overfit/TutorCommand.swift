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
        discussion: "Type `help` at the prompt. Sessions are autosaved after every command in $XDG_DATA_HOME/overfit (or ~/.local/share/overfit).")

    @Option(help: ArgumentHelp("Re-run a saved session, printing what it printed, then exit.", valueName: "file"))
    var replay: String?

    @Flag(help: "Continue the autosaved session.")
    var resume = false

    @Flag(help: "Draw with ASCII only (no Unicode sparklines, braille or blocks).")
    var ascii = false

    @Option(help: ArgumentHelp("The directory holding MNIST's four .gz files (default: the package's datasets/, or $OVERFIT_DATA).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("The most memory a run may take, e.g. 16GB or 512MB (default: half this machine's RAM).", valueName: "size"))
    var memoryBudget: String?

    func validate() throws {
        if replay != nil && resume { throw ValidationError("--replay and --resume do not go together: pick one") }
        _ = try RunCommand.budget(memoryBudget)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let interactive = TerminalInfo.isTTY(STDIN_FILENO) && TerminalInfo.isTTY(STDOUT_FILENO)
        let color = TerminalInfo.colorAllowed(environment: environment)
        let directory: (path: String?, warning: String?) = replay == nil ? DataDirectory.prepare(environment: environment) : (nil, nil)
        if let warning = directory.warning { StandardStreams.err(VisibleText.escaped(warning) + "\n") }

        var explanations = KnobExplanations.empty
        var library: LessonLibrary?
        if let lessons = LessonsLocator.locate(environment: environment) {
            do { explanations = try KnobExplanations.load(lessonsDirectory: lessons) } catch {
                StandardStreams.err(error.render(style: RenderStyle(color: false)))
            }
            library = LessonLibrary.load(directory: lessons)
            // A malformed lesson is named with its line; the others still work.
            for problem in library?.problems ?? [] { StandardStreams.err("warning: \(problem)\n") }
        }
        let dataFlag = data
        let budget = try RunCommand.budget(memoryBudget)
        let backend = DatasetBackend(memoryBudget: budget) { try TrainingData.mnist(directory: dataFlag, environment: environment) }
        let options = Session.Options(dataDirectory: directory.path, continuing: resume, unicode: !ascii, explanations: explanations,
                                      memoryBudget: budget)
        var completer: ((String, String) -> Completion)?
        let terminal: Terminal = interactive
            ? ReadlineTerminal(color: color, historyPath: directory.path.map { $0 + "/history" }, completer: { completer?($0, $1) ?? .words([]) })
            : StreamTerminal(color: color)
        let session = Session(terminal: terminal, backend: backend, options: options)
        // Progress is the learner's own: a replay must not move it, so it gets no file.
        session.guide = library.map { LessonGuide(library: $0, progressPath: replay == nil ? directory.path.map { $0 + "/progress" } : nil) }
        completer = { [unowned session] before, word in session.completions(before: before, word: word) }

        if interactive { Self.catchInterrupts() }
        defer { if interactive { overfit_interrupt_uninstall() } }

        if let replay {
            try replaySession(replay, into: session)
            return
        }
        if resume { resumeSession(session, terminal: terminal) }
        if interactive {
            terminal.write(banner(session))
            if let guide = session.guide {
                // A resumed session has replayed its lesson commands: say where that left it.
                terminal.write(resume ? (guide.isInLesson ? LessonCommands.whereText(guide) : "") : guide.welcome(style: session.style))
            }
        }
        let status = session.runLoop()
        if status != 0 { throw ExitCode(status) }
    }

    private func replaySession(_ path: String, into session: Session) throws {
        let file: SessionFile
        do { file = try Session.loadSessionFile(path) } catch {
            session.terminal.writeError(error.render(style: session.style))
            throw ExitCode(1)
        }
        session.replay(file, echo: true)
        if session.failures > 0 { throw ExitCode(1) }
    }

    private func resumeSession(_ session: Session, terminal: Terminal) {
        guard let path = session.autosavePath, FileManager.default.fileExists(atPath: path) else {
            terminal.writeError("no autosaved session to resume: starting a new one\n")
            return
        }
        do {
            let file = try Session.loadSessionFile(path)
            let note = session.resume(file, from: path)
            terminal.clearProgress()
            terminal.write(note)
        } catch {
            session.startFreshAutosave()
            terminal.writeError(error.render(style: session.style) + "starting a new session (the unreadable one is kept as previous-session.ovf)\n")
        }
    }

    /// Ctrl-C sets our flag. SIGINT is unblocked first: a parent that blocked it (a test runner's
    /// worker thread, some process supervisors) would otherwise make Ctrl-C silently do nothing.
    private static func catchInterrupts() {
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        overfit_interrupt_clear()
        overfit_interrupt_install()
    }

    private func banner(_ session: Session) -> String {
        """
        overfit \(OverfitVersion.current): make a small network overfit MNIST, then fix it.
        Type `help` for the commands, `show` for the knobs, `run` to train. Ctrl-D or `quit` leaves;
        every command is autosaved\(session.autosavePath.map { " in \(VisibleText.escaped($0))" } ?? " (autosave is off)").

        """
    }
}
