import OverfitTraining

/// Reads a lesson file. The format is line-based, made for authors who never recompile:
///
///     # a comment
///     lesson: 5
///     title: Dropout
///     goal: One line: what the learner will see.
///     sources: the lab slides (PyTorch), Deep Learning from Scratch (chapter 6)
///     start: layers=100,100,100,100 epochs=100      (knob settings on top of the defaults)
///     rules: train_size=300                         (settings a run must keep to be ranked)
///
///     say:
///       Prose, indented by two spaces; {base.test_acc} is filled from the run called base.
///     do: set dropout 0.2
///       Why this command (optional).
///     hint: A nudge for the step above.
///     predict: drop.test_acc vs base
///       Will test accuracy go up, down, or stay?
///     predict: noisy.test_acc nearer clean or chance=10%
///       Nearer the clean run or nearer chance?
///     answers:                                    (after a `nearer` question: more words for
///       clean = the clean run, true labels         each option, in the lesson's language)
///       chance = guessing, 10%
///     run: drop against base                      (`against`: the run its report compares with)
///     claim: drop.test_acc > base.test_acc
///       What the claim shows, said after it is checked.
///     published: the lab slides: test 79.54% (batch 100, 15 epochs)
///
/// Every problem is reported with the file and line.
public enum LessonParser {
    /// `stepCommands`: the commands a `do:` step may ask for, from the tutor's command table
    /// (each declared there as a lesson step).
    public static func parse(_ text: String, file: String, stepCommands: Set<String>) throws(LessonError) -> Lesson {
        var reader = BlockReader(text: text)
        var header: [String: (value: String, line: Int)] = [:]
        let headerKeys = Set(Self.headerKeys)
        var steps: [Step] = []
        var runs = Set<String>()
        var settings: [String: KnobSettings] = [:]
        var recap: [String]?
        var references: [String: String] = [:]
        var recapLine = 0

        while let block = reader.next() {
            func fail(_ message: String) -> LessonError { LessonError(file: file, line: block.line, message: message) }
            if let malformed = block.malformed { throw fail(malformed) }
            if headerKeys.contains(block.key) {
                guard steps.isEmpty else { throw fail("`\(block.key):` belongs to the header, before the first step") }
                guard header[block.key] == nil else { throw fail("`\(block.key):` is given twice") }
                guard block.body.isEmpty else {
                    throw fail("`\(block.key):` takes one line; indented text may follow only steps")
                }
                header[block.key] = (block.value, block.line)
                if settingKeys.contains(block.key) {
                    do { settings[block.key] = try KnobSettings(parsing: block.value) } catch {
                        throw fail(error.description)
                    }
                }
                continue
            }
            do throws(LessonError.Problem) {
                if block.key == "recap" {
                    guard recap == nil else { throw LessonError.Problem("`recap:` is given twice") }
                    recap = try recapItems(block, runs: runs)
                    recapLine = block.line
                    continue
                }
                if block.key == "answers" {
                    guard let last = steps.popLast(), case .predict(let prediction, let question) = last.kind,
                        case .nearer(let options) = prediction.kind
                    else {
                        throw LessonError.Problem(
                            "`answers:` must follow a `predict: RUN.FIGURE nearer A or B` step (it gives words for its options)"
                        )
                    }
                    guard prediction.answerWords.isEmpty else {
                        throw LessonError.Problem("the prediction above already has `answers:`")
                    }
                    let words = try answerWords(block, options: options.map(\.name))
                    steps.append(
                        Step(
                            kind: .predict(prediction.withAnswerWords(words), question: question), line: last.line,
                            hint: last.hint, key: last.key))
                    continue
                }
                if block.key == "hint" {
                    guard let last = steps.popLast() else {
                        throw LessonError.Problem("`hint:` must follow the step it helps with")
                    }
                    guard last.hint == nil else { throw LessonError.Problem("the step above already has a hint") }
                    steps.append(
                        Step(kind: last.kind, line: last.line, hint: joined(block.value, block.body), key: last.key))
                    continue
                }
                let kind = try stepKind(block, runs: &runs, references: &references, stepCommands: stepCommands)
                let keyed = ["do", "run", "predict", "claim"].contains(block.key)
                steps.append(Step(kind: kind, line: block.line, hint: nil, key: keyed ? block.value : ""))
            } catch {
                throw LessonError(file: file, line: error.line ?? block.line, message: error.message)
            }
        }

        for key in ["lesson", "title", "goal", "sources"] where header[key] == nil {
            throw LessonError(file: file, line: 1, message: "the header has no `\(key):` line")
        }
        guard let numberLine = header["lesson"], let number = Int(numberLine.value), (1...99).contains(number) else {
            throw LessonError(
                file: file, line: header["lesson"]?.line ?? 1, message: "`lesson:` must be a number in [1, 99]")
        }
        guard !steps.isEmpty else { throw LessonError(file: file, line: 1, message: "the lesson has no steps") }
        var lesson = Lesson(
            file: file, number: number, title: header["title"]?.value ?? "", goal: header["goal"]?.value ?? "",
            sources: header["sources"]?.value ?? "", start: settings["start"] ?? KnobSettings(),
            rules: settings["rules"] ?? KnobSettings(), steps: steps, recap: recap ?? [], references: references)
        lesson.header = header
        lesson.recapLine = recapLine
        return lesson
    }

    static let headerKeys = ["lesson", "title", "goal", "sources", "start", "rules"]
    /// Header keys whose value is knob settings, read as `set` reads them.
    static let settingKeys: Set = ["start", "rules"]

    private static func stepKind(
        _ block: BlockReader.Block, runs: inout Set<String>, references: inout [String: String],
        stepCommands: Set<String>
    ) throws(LessonError.Problem) -> Step.Kind {
        let body = block.body
        switch block.key {
        case "say":
            let text = joined(block.value, body)
            guard !text.isEmpty else { throw .init("`say:` has no text") }
            try validate(text, firstLine: block.value.isEmpty ? block.line + 1 : block.line, runs: runs)
            return .say(text)
        case "do":
            guard !block.value.isEmpty else {
                throw .init("`do:` needs the command to type, e.g. `do: set dropout 0.2`")
            }
            try validateCommand(block.value, allowed: stepCommands)
            try validate(body, firstLine: block.line + 1, runs: runs)
            return .command(block.value, note: body)
        case "run":
            let words = block.value.split(separator: " ").map(String.init)
            let name = words.first ?? ""
            if words.count > 1 {
                // `run: he1 against depth1`: the run its report is measured against, like for like.
                guard words.count == 3, words[1] == "against", runs.contains(words[2]) else {
                    throw .init(
                        "`run:` takes NAME or NAME against EARLIER_RUN (got `\(block.value)`); hint: the run named after `against` must be made by an earlier `run:` step"
                    )
                }
                references[name] = words[2]
            }
            guard isName(name) else { throw .init("`run:` needs a name of letters, digits and _ (got `\(name)`)") }
            guard !runs.contains(name) else { throw .init("a run called `\(name)` was already made in this lesson") }
            runs.insert(name)
            try validate(body, firstLine: block.line + 1, runs: runs)
            return .run(name: name, note: body)
        case "predict":
            try validate(body, firstLine: block.line + 1, runs: runs)
            return .predict(
                try prediction(block.value, runs: runs), question: body.isEmpty ? defaultQuestion(block.value) : body)
        case "claim":
            let claim = try ClaimParser.parse(block.value, runs: runs)
            try validate(body, firstLine: block.line + 1, runs: runs)
            return .claim(claim, note: body)
        case "published":
            let text = joined(block.value, body)
            guard !text.isEmpty else { throw .init("`published:` has no text") }
            return .published(text)
        default:
            let known = ["say", "do", "hint", "predict", "answers", "run", "claim", "published", "recap"] + headerKeys
            let suggestion = Suggestion.closest(to: block.key, among: known).map { "; did you mean `\($0):`?" } ?? ""
            throw .init("unknown key `\(block.key):`\(suggestion) (keys: \(known.joined(separator: ", ")))")
        }
    }

    /// Lesson prose checked by `Template`, a problem placed on its line of the file.
    private static func validate(_ text: String, firstLine: Int, runs: Set<String>) throws(LessonError.Problem) {
        do { try Template.validate(text, runs: runs) } catch {
            throw LessonError.Problem(error.message, line: firstLine + (error.line ?? 0))
        }
    }

    /// A `recap:` block's items: each starts with `- `; lines that do not continue the item above.
    private static func recapItems(_ block: BlockReader.Block, runs: Set<String>) throws(LessonError.Problem)
        -> [String]
    {
        guard block.value.isEmpty else {
            throw .init("`recap:` takes its items on the lines below it, each starting with `- `")
        }
        var items: [String] = []
        for line in block.body.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("- ") {
                items.append(String(line.dropFirst(2)))
            } else if let last = items.popLast() {
                items.append(last + " " + line)
            } else {
                throw .init("a `recap:` item starts with `- ` (got `\(line.prefix(30))`)")
            }
        }
        guard !items.isEmpty else { throw .init("`recap:` has no items: write three lines, each starting with `- `") }
        try validate(block.body, firstLine: block.line + 1, runs: runs)
        return items
    }

    /// `drop.test_acc vs base` (higher/lower/same), `drop.test_acc vs base yes=higher` (a yes/no
    /// question: "yes" stands for that outcome) or `drop.test_acc` (a number).
    private static func prediction(_ text: String, runs: Set<String>) throws(LessonError.Problem) -> Prediction {
        var words = text.split(separator: " ").map(String.init)
        if words.count > 2, words[1] == "nearer" { return try nearer(words, text: text, runs: runs) }
        var yesMeans: Prediction.Direction?
        if words.count == 4, words[3].hasPrefix("yes=") {
            yesMeans = Prediction.Direction(rawValue: String(words.removeLast().dropFirst(4)))
            guard yesMeans != nil else { throw .init("`yes=` takes higher, lower or same (got `\(text)`)") }
        }
        guard words.count == 1 || (words.count == 3 && words[1] == "vs") else {
            throw .init(
                "`predict:` takes RUN.FIGURE, RUN.FIGURE vs EARLIER_RUN or RUN.FIGURE vs EARLIER_RUN yes=higher (got `\(text)`)"
            )
        }
        let parts = words[0].split(separator: ".").map(String.init)
        guard parts.count == 2, isName(parts[0]), let figure = RunFigure(rawValue: parts[1]) else {
            throw .init(
                "`\(words[0])` should be RUN.FIGURE with a figure among \(RunFigure.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        guard !runs.contains(parts[0]) else {
            throw .init("a prediction comes before its run, but `\(parts[0])` has already run")
        }
        if words.count == 3 {
            guard runs.contains(words[2]) else {
                throw .init("`predict:` compares with run `\(words[2])`, which no earlier `run:` step made")
            }
            return Prediction(run: parts[0], metric: figure, baseline: words[2], yesMeans: yesMeans)
        }
        return Prediction(run: parts[0], metric: figure, baseline: nil)
    }

    /// `noisy.test_acc nearer clean or chance=10%`: which option the figure lands nearer, each
    /// an earlier run (its same figure) or `NAME=VALUE`.
    private static func nearer(_ words: [String], text: String, runs: Set<String>) throws(LessonError.Problem)
        -> Prediction
    {
        let target = try predicted(words[0], runs: runs)
        let optionWords = Array(words.dropFirst(2))
        guard optionWords.count >= 3, optionWords.count % 2 == 1,
            stride(from: 1, to: optionWords.count, by: 2).allSatisfy({ optionWords[$0] == "or" })
        else {
            throw .init(
                "`predict: RUN.FIGURE nearer A or B` takes two or more options joined by `or`, each an earlier run or NAME=VALUE (got `\(text)`); hint: e.g. `predict: noisy.test_acc nearer clean or chance=10%`"
            )
        }
        var options: [Prediction.Option] = []
        for word in stride(from: 0, to: optionWords.count, by: 2).map({ optionWords[$0] }) {
            let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 {
                let digits = pair[1].hasSuffix("%") ? String(pair[1].dropLast()) : pair[1]
                guard isName(pair[0]), let number = Double(digits), number.isFinite else {
                    throw .init("option `\(word)` should be NAME=VALUE, e.g. `chance=10%`")
                }
                options.append(.init(name: pair[0], anchor: .fixed(pair[1].hasSuffix("%") ? number / 100 : number)))
            } else {
                guard runs.contains(word) else {
                    throw .init("`predict:` names option `\(word)`, which is no earlier run (or write NAME=VALUE)")
                }
                options.append(.init(name: word, anchor: .run(word)))
            }
        }
        guard Set(options.map(\.name)).count == options.count else {
            throw .init("`predict:` names an option twice (got `\(text)`)")
        }
        return Prediction(run: target.run, metric: target.metric, kind: .nearer(options))
    }

    /// An `answers:` block: one line an option, `NAME = word, word, …`, each NAME an option of the
    /// question above; no word given twice, nor the name of another option.
    private static func answerWords(_ block: BlockReader.Block, options: [String]) throws(LessonError.Problem)
        -> [String: [String]]
    {
        guard block.value.isEmpty else {
            throw .init(
                "`answers:` takes its lines below it, each `OPTION = word, word` (e.g. `clean = the clean run`)")
        }
        var words: [String: [String]] = [:]
        var owner: [String: String] = Dictionary(uniqueKeysWithValues: options.map { ($0.lowercased(), $0) })
        for (offset, line) in block.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let number = block.line + 1 + offset
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw .init("an `answers:` line is `OPTION = word, word` (got `\(line)`)", line: number)
            }
            let name = parts[0]
            guard options.contains(name) else {
                throw .init(
                    "`answers:` names option `\(name)`, which the question above does not have (options: \(options.joined(separator: ", ")))",
                    line: number)
            }
            guard words[name] == nil else { throw .init("`answers:` gives option `\(name)` twice", line: number) }
            let list = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: " ") }
            guard !list.isEmpty, !list.contains(where: \.isEmpty) else {
                throw .init("option `\(name)` has an empty word in `answers:` (got `\(line)`)", line: number)
            }
            for word in list {
                if let other = owner[word.lowercased()], other != name {
                    throw .init("the word `\(word)` already names option `\(other)`", line: number)
                }
                owner[word.lowercased()] = name
            }
            words[name] = list
        }
        guard !words.isEmpty else { throw .init("`answers:` has no lines: write `OPTION = word, word` below it") }
        return words
    }

    /// `RUN.FIGURE` of a run not made yet.
    private static func predicted(_ word: String, runs: Set<String>) throws(LessonError.Problem) -> (
        run: String, metric: RunFigure
    ) {
        let parts = word.split(separator: ".").map(String.init)
        guard parts.count == 2, isName(parts[0]), let figure = RunFigure(rawValue: parts[1]) else {
            throw .init(
                "`\(word)` should be RUN.FIGURE with a figure among \(RunFigure.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        guard !runs.contains(parts[0]) else {
            throw .init("a prediction comes before its run, but `\(parts[0])` has already run")
        }
        return (parts[0], figure)
    }

    private static func defaultQuestion(_ text: String) -> String {
        "Predict \(text): higher, lower, or about the same?"
    }

    /// A `do:` step's command: one of `allowed` (the tutor's lesson-step commands). `set` and
    /// `reset` are read here as the tutor reads them.
    private static func validateCommand(_ command: String, allowed: Set<String>) throws(LessonError.Problem) {
        let name = command.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard name.isEmpty || allowed.contains(name) else {
            throw .init(
                "`do: \(command)` is not allowed: a lesson step may only ask for \(allowed.sorted().joined(separator: ", ")) (use `run: NAME` for a run; a lesson cannot write files, quit or move along the path)"
            )
        }
        do { _ = try KnobCommand.parse(line: command) } catch { throw .init(error.description) }
    }

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && text.first?.isLetter == true
    }

    private static func joined(_ first: String, _ body: String) -> String {
        [first, body].filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
