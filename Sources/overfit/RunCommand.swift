import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// `overfit run`: trains one config without the REPL, for scripts and for checking the engine.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train one configuration headless and print its history.",
        discussion: """
            Defaults are the lab slides' baseline: the first 300 MNIST training images, \
            784-100-100-100-100-10 ReLU, PyTorch's init, SGD lr 0.1, batch 10, 100 epochs, seed 0.
            --set reads knob settings as the tutor's `set` does: knob=value or knob value, \
            one or more after each --set.

            Knobs (default in parentheses):
            \(KnobHelp.table)

            Example: overfit run --set dropout=0.2 epochs=30 --json
            """)

    @Option(
        name: .customLong("set"), parsing: .upToNextOption,
        help: ArgumentHelp("Set knobs, e.g. --set dropout=0.2 epochs=30 (repeatable).", valueName: "knob=value"),
        completion: .custom(KnobHelp.complete))
    var settings: [String] = []

    @Flag(help: "Print one JSON object (config, history, status) instead of a table.")
    var json = false

    @OptionGroup var dataOptions: DataOptions

    @OptionGroup var languageOption: LanguageOption

    func validate() throws {
        let (config, _) = try makeConfig()
        do {
            try RunEstimate(config: config, shape: config.dataset.shape()).check(try dataOptions.budget())
        } catch let error as HintedError {
            throw OptionRefusal.refuse(error)
        }
    }

    /// The lessons' `diagnosis.txt` in `language`; a problem with it is reported and the report
    /// says less. Korean asked for with --lang and not available is an error; asked for by the
    /// environment, a note and the English words.
    func diagnosisTemplates(language: Language) throws -> DiagnosisTemplates {
        guard let directory = LessonsLocator.locate(environment: ProcessInfo.processInfo.environment) else {
            return DiagnosisTemplates()
        }
        let library = LessonLibrary.load(directory: directory)
        for problem in library.problems where problem.file.hasSuffix(DiagnosisTemplates.file) {
            StandardStreams.err("warning: \(problem)\n")
        }
        if let reason = library.unavailable(language) {
            guard languageOption.lang == nil else {
                StandardStreams.err("error: --lang \(language.rawValue): \(reason)\n")
                throw ExitCode(64)
            }
            StandardStreams.err("note: \(reason); the diagnosis is in English\n")
        }
        return (library.texts(in: language) ?? library).diagnosis
    }

    /// The config the flags describe, and the knobs they named.
    func makeConfig() throws -> (config: RunConfig, given: [KnobID]) {
        do {
            let (config, given) = try RunConfig.fromCommandLine(settings)
            return (config, given.sorted())
        } catch {
            throw OptionRefusal.refuse(error)
        }
    }

    func run() throws {
        let (config, given) = try makeConfig()
        let language = try languageOption.chosen(environment: ProcessInfo.processInfo.environment)
        try MessagesCheck.require()
        for note in config.idleKnobNotes(among: given) {
            StandardStreams.err("note: \(HintedError.commandLineSyntax(note))\n")
        }
        if let note = RunEstimate(config: config).durationNote { StandardStreams.err("note: \(note)\n") }
        let trainingData = try DataLoading.trainingData(flag: dataOptions.data, source: config.dataset)
        let style = RenderStyle(width: TerminalInfo.width(), unicode: true, color: TerminalInfo.colorAllowed())
        let progress = LiveProgress(
            display: StandardErrorProgress(), style: style,
            enabled: TerminalInfo.isTTY(STDERR_FILENO) && !TerminalInfo.isDumb(), totalEpochs: config.epochs)
        overfit_interrupt_clear()
        overfit_interrupt_install()
        defer { overfit_interrupt_uninstall() }
        if config.repeats > 1 {
            try runRepeats(config, data: trainingData, style: style)
            return
        }
        let result: RunResult
        do {
            result = try Trainer(data: trainingData, memoryBudget: try dataOptions.budget()).run(
                config, onEvent: progress.handle
            ) {
                overfit_interrupt_pending() != 0
            }
        } catch let error as HintedError {
            // Settings that do not fit the data (train_size past its images, stages too big for
            // its pictures, a run past the budget): bad settings, said in this command's syntax.
            progress.clear()
            StandardStreams.err(VisibleText.escaped("error: \(error.commandLineDescription)") + "\n")
            throw ExitCode(64)
        }
        progress.clear()
        if json {
            StandardStreams.line(result.json())
        } else {
            StandardStreams.out(
                RunReport.render(
                    result, style: style, words: DiagnosisWords(templates: try diagnosisTemplates(language: language))))
        }
        if result.status == .cancelled {
            StandardStreams.err("stopped by Ctrl-C after \(result.history.count) epochs\n")
            throw ExitCode(130)
        }
    }

    /// `repeats N`: the seeds side by side (`SeedRunner`); `--json` prints one object with
    /// every seed's run and the summary (schema `overfit-repeats/1`), else each seed's line and
    /// the mean ± spread.
    func runRepeats(_ config: RunConfig, data: TrainingData, style: RenderStyle) throws {
        let trainer = Trainer(data: data, memoryBudget: try dataOptions.budget())
        let total = config.epochs * config.repeats
        var epochs = 0
        let showProgress = TerminalInfo.isTTY(STDERR_FILENO)
        let seeds = try SeedRunner(trainer: trainer).run(
            config.seedConfigs,
            onReport: { report in
                guard showProgress, case .event(_, .epochFinished) = report else { return }
                epochs += 1
                StandardStreams.err("\r\(config.seedsDescription): \(epochs) of \(total) epochs trained")
            },
            isCancelled: { overfit_interrupt_pending() != 0 })
        if showProgress { StandardStreams.err("\r\u{1B}[K") }
        let repeated = RepeatedRun(seeds)
        if json {
            StandardStreams.line(repeated.jsonValue().text())
        } else {
            StandardStreams.out(RepeatReport.headless(repeated, config: config, style: style))
        }
        if seeds.contains(where: { $0.status == .cancelled }) {
            StandardStreams.err("stopped by Ctrl-C\n")
            throw ExitCode(130)
        }
    }
}
