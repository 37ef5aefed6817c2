import ArgumentParser
import CInterrupt
import Foundation
import OverfitData
import OverfitLessons
import OverfitTraining
import OverfitTutor

/// `overfit check-lessons`: runs every lesson's experiments headless and reports, per claim and
/// seed, whether it held and the figures. Exits non-zero if any claim did not hold. Each lesson's
/// text is walked in English and in every translation (`lessons/ko/`), over the same runs; a
/// translation that is missing a file or does not mirror its original fails the check.
struct CheckLessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-lessons",
        abstract: "Run every lesson's experiments and check its claims across seeds.")

    @Option(
        help: ArgumentHelp("Seeds to run: numbers and ranges, e.g. 0,1,2 or 0-9.", valueName: "list"),
        transform: NumberList.parse)
    var seeds = NumberList(values: [0, 1, 2])

    @Option(
        help: ArgumentHelp("Only these lessons: numbers and ranges, e.g. 1,4-6.", valueName: "list"),
        transform: NumberList.parse)
    var lessons: NumberList?

    @Option(
        help: ArgumentHelp(
            "Skip lessons whose runs add up to more than this many GFLOP (a quick CI subset).", valueName: "n"))
    var maxGflop: Double?

    @Flag(
        name: .customLong("no-narration"),
        help: "Check the claims only: do not read each lesson's text and audit the figures it prints.")
    var noNarration = false

    @Flag(help: "Print the table as Markdown (for the README).")
    var markdown = false

    @Flag(
        help: "Print one JSON object: every claim check and every run (schema overfit-check/1, runs as overfit-run/1).")
    var json = false

    @Option(help: ArgumentHelp("The directory holding MNIST's four .gz files.", valueName: "dir"))
    var data: String?

    @Option(name: .customLong("lessons-dir"), help: ArgumentHelp("The directory of .lesson files.", valueName: "dir"))
    var lessonsDirectory: String?

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "Walk the narration in this language only: en or ko (default: English and every translation found).",
            valueName: "en|ko"),
        completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?

    func validate() throws {
        if let lang {
            do { _ = try Language.parse(lang) } catch { throw ValidationError(error.description) }
        }
        if markdown && json { throw ValidationError("--markdown and --json do not go together: pick one") }
        // The seed knob's own range, so that every seed checked is one a learner can set.
        do {
            let knob = RunConfig.knob(.seed)
            for seed in seeds.values { _ = try knob.parse(String(seed)) }
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The languages whose narration is walked: --lang's, else English and every translation
    /// that loaded (one with problems fails the check through its problems).
    func narrationLanguages(_ library: LessonLibrary) throws -> [Language] {
        guard let lang else { return Language.allCases.filter { library.texts(in: $0) != nil } }
        let language = try Language.parse(lang)
        if let reason = library.unavailable(language) {
            StandardStreams.err("error: --lang \(language.rawValue): \(reason)\n")
            throw ExitCode(2)
        }
        return [language]
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let trainers = try DataLoading.trainers(flag: data)
        guard let directory = lessonsDirectory ?? LessonsLocator.locate(environment: environment) else {
            StandardStreams.err("error: no lessons directory found; give --lessons-dir\n")
            throw ExitCode(2)
        }
        let library = LessonLibrary.load(directory: directory)
        for problem in library.problems + library.allTranslationProblems {
            StandardStreams.err("error: \(problem)\n")
        }
        let languages = try narrationLanguages(library)
        let wanted = lessons.map { Set($0.values) }
        let seedList = seeds.values.map { UInt64($0) }
        if let wanted {
            let unknown = wanted.filter { library.lesson(number: $0) == nil }.sorted()
            guard unknown.isEmpty else {
                StandardStreams.err(
                    "error: no lesson \(unknown.map(String.init).joined(separator: ", ")); the lessons are \(library.lessons.map { String($0.number) }.joined(separator: ", "))\n"
                )
                throw ExitCode(2)
            }
        }
        var chosen = library.lessons.filter { wanted?.contains($0.number) ?? true }
        if let maxGflop {
            chosen = chosen.filter { lesson in
                // A run with `repeats N` trains N seeds.
                LessonPlan(lesson).runs.reduce(0) {
                    $0 + Workload(config: $1.config).totalFLOP * Double(max(1, $1.config.repeats))
                } / 1e9 <= maxGflop
            }
        }

        overfit_interrupt_clear()
        overfit_interrupt_install()
        defer { overfit_interrupt_uninstall() }
        let cache = RunCache()
        let check = LessonCheck(trainers: trainers, cache: cache)
        var checks: [LessonCheck.Checked] = []
        var narration: [LessonCheckReport.Narration] = []
        let started = Date()
        let isCancelled = { overfit_interrupt_pending() != 0 }
        for lesson in chosen {
            for seed in seedList {
                StandardStreams.err("lesson \(lesson.number) (\(lesson.title)), seed \(seed)…\n")
                let checked = try check.check(
                    lesson, seed: seed, onRun: { name in StandardStreams.err("  run \(name)\n") },
                    isCancelled: isCancelled)
                checks.append(checked)
                if isCancelled() { throw ExitCode(130) }
                guard !noNarration else { continue }
                // The lesson as the learner reads it, on the runs the claims just judged, in
                // each language: the words differ, the runs are the same ones.
                // A translation is read at 80 columns too: its wide characters wrap and align
                // differently, and a terminal is often that narrow.
                for language in languages {
                    for width in language == .english ? [110] : [80, 110] {
                        StandardStreams.err("  reading its text (\(language.rawValue), \(width) columns)\n")
                        let backend = LessonCheckBackend(trainers: trainers, cache: cache, seed: seed)
                        let blocks = LessonWalk.walk(
                            lesson, library: library, backend: backend, language: language, width: width,
                            isCancelled: isCancelled)
                        if isCancelled() { throw ExitCode(130) }
                        for config in backend.trained {
                            let knobs = config.differences(from: RunConfig()).map { "\($0.name)=\($0.new)" }
                            StandardStreams.err("  trained for the text only: \(knobs.joined(separator: " "))\n")
                        }
                        let audit = NarrationAudit(
                            blocks,
                            runs: Dictionary(checked.runs.map { ($0.name, $0.result) }, uniquingKeysWith: { $1 }),
                            language: language, width: width)
                        let label =
                            language == .english
                            ? "" : width == 110 ? "in \(language.name): " : "in \(language.name) at \(width) columns: "
                        narration.append(
                            .init(
                                lesson: lesson.number, seed: seed, figures: audit.figures, held: audit.held,
                                findings: audit.findings.map { label + $0.description }))
                    }
                }
            }
        }
        let report = LessonCheckReport(checks: checks, lessons: chosen, seeds: seedList, narration: narration)
        StandardStreams.out(json ? report.json() + "\n" : markdown ? report.markdown() : report.text())
        let seconds = Date().timeIntervalSince(started)
        StandardStreams.err(
            String(format: "%d claims × %d seeds in %.0f s\n", report.claimCount, seedList.count, seconds))
        if !library.problems.isEmpty || !library.allTranslationProblems.isEmpty || report.failures > 0
            || report.narrationFindings > 0
        {
            throw ExitCode(1)
        }
    }
}
