/// Checks a translated lesson against its English original and joins the two: the experiment
/// (header settings, runs, commands, predictions, claims) is the English lesson's, declared once;
/// the words are the translation's (a `nearer` question's `answers:` too). A translation must mirror the original block for block:
///
/// - the same `lesson:`, `start:` and `rules:` lines;
/// - the same steps in the same order, each with the same key value (`do:` command, `run:` name
///   and `against`, `predict:` spec, `claim:` expression) and a `hint:` where the original has one;
/// - in every text block, the same placeholders and conditionals' conditions (in any order: a
///   sentence may be built the other way round), and as many `recap:` items.
///
/// The first difference is an error on the translation's line naming the original's.
public enum LessonMirror {
    public static func join(english: Lesson, translated: Lesson) throws(LessonError) -> Lesson {
        try checkHeader(english, translated)
        try checkSteps(english, translated)
        try checkRecap(english, translated)
        let steps = zip(english.steps, translated.steps).map { original, words in
            Step(kind: words.kind.words(on: original.kind), line: original.line, hint: words.hint, key: original.key)
        }
        var joined = Lesson(
            file: english.file, number: english.number, title: translated.title, goal: translated.goal,
            sources: translated.sources, start: english.start, rules: english.rules, steps: steps,
            recap: translated.recap, references: english.references)
        joined.header = english.header
        joined.recapLine = english.recapLine
        return joined
    }

    /// The header keys whose values are the experiment's: copied exactly.
    static let copiedHeaderKeys = ["lesson", "start", "rules"]

    private static func checkHeader(_ english: Lesson, _ translated: Lesson) throws(LessonError) {
        for key in copiedHeaderKeys {
            let original = english.header[key], copy = translated.header[key]
            guard original?.value != copy?.value else { continue }
            let message: String
            switch (original, copy) {
            case (let original?, let copy?):
                message =
                    "`\(key): \(copy.value)` does not match the English header at \(english.file):\(original.line) (`\(key): \(original.value)`)"
            case (let original?, nil):
                message =
                    "no `\(key):` line; the English lesson has `\(key): \(original.value)` at \(english.file):\(original.line)"
            case (nil, let copy?):
                message =
                    "`\(key): \(copy.value)` is not in the English lesson \(english.file): a translation copies its header"
            case (nil, nil): continue
            }
            throw LessonError(file: translated.file, line: copy?.line ?? 1, message: message)
        }
    }

    private static func checkSteps(_ english: Lesson, _ translated: Lesson) throws(LessonError) {
        for (index, original) in english.steps.enumerated() {
            guard index < translated.steps.count else {
                throw LessonError(
                    file: translated.file, line: translated.steps.last?.line ?? 1,
                    message:
                        "the English step at \(english.file):\(original.line) (\(describe(original))) has no counterpart: the translation ends \(english.steps.count - index) step\(english.steps.count - index == 1 ? "" : "s") early"
                )
            }
            let copy = translated.steps[index]
            func fail(_ message: String) -> LessonError {
                LessonError(file: translated.file, line: copy.line, message: message)
            }
            let there = "the English step at \(english.file):\(original.line)"
            guard copy.keyword == original.keyword else {
                throw fail("`\(copy.keyword):` stands where \(there) is \(describe(original)): steps keep their order")
            }
            guard copy.key == original.key else {
                throw fail("\(keyName(copy)) `\(copy.key)` does not match \(there) (`\(original.key)`)")
            }
            if let problem = samePlaceholders(
                copy.text, original.text, what: "the `\(copy.keyword):` text", there: there)
            {
                throw fail(problem)
            }
            switch (original.hint, copy.hint) {
            case (nil, nil): break
            case (.some, nil): throw fail("\(there) has a `hint:`; this step has none")
            case (nil, .some): throw fail("this step has a `hint:`; \(there) has none")
            case (let originalHint?, let hint?):
                if let problem = samePlaceholders(hint, originalHint, what: "the `hint:`", there: there) {
                    throw fail(problem)
                }
            }
        }
        if translated.steps.count > english.steps.count {
            let extra = translated.steps[english.steps.count]
            throw LessonError(
                file: translated.file, line: extra.line,
                message:
                    "\(describe(extra)) has no counterpart: the English lesson \(english.file) has \(english.steps.count) steps"
            )
        }
    }

    private static func checkRecap(_ english: Lesson, _ translated: Lesson) throws(LessonError) {
        let line = translated.recapLine > 0 ? translated.recapLine : (translated.steps.last?.line ?? 1)
        guard english.recap.count == translated.recap.count else {
            throw LessonError(
                file: translated.file, line: line,
                message:
                    "`recap:` has \(translated.recap.count) item\(translated.recap.count == 1 ? "" : "s"); the English recap at \(english.file):\(english.recapLine) has \(english.recap.count)"
            )
        }
        for (index, (original, copy)) in zip(english.recap, translated.recap).enumerated() {
            let there = "the English recap at \(english.file):\(english.recapLine)"
            if let problem = samePlaceholders(copy, original, what: "recap item \(index + 1)", there: there) {
                throw LessonError(file: translated.file, line: line, message: problem)
            }
        }
    }

    /// What differs between the placeholders of a translated text and its original's, or nil.
    /// Compared as sets: a sentence turned round may name a figure once where the original
    /// named it twice, but it may neither drop one nor add one.
    static func samePlaceholders(_ text: String, _ original: String, what: String, there: String) -> String? {
        let mine = placeholders(text), theirs = placeholders(original)
        guard mine != theirs else { return nil }
        var parts: [String] = []
        let missing = theirs.subtracting(mine), extra = mine.subtracting(theirs)
        if !missing.isEmpty { parts.append("lacks \(listed(missing))") }
        if !extra.isEmpty { parts.append("has \(listed(extra)), which the English does not") }
        return "\(what) \(parts.joined(separator: " and ")) (\(there))"
    }

    /// Every placeholder `{…}` and conditional `{if COND: …}` of a text, branches included.
    static func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        func collect(_ pieces: [TemplatePiece]) {
            for piece in pieces {
                switch piece {
                case .text: continue
                case .placeholder(let name): found.insert("{\(name)}")
                case .conditional(let condition, let then, let otherwise, _):
                    found.insert("{if \(condition): …}")
                    collect(then)
                    collect(otherwise)
                }
            }
        }
        // A malformed template was already refused by the parser, with its line.
        collect((try? TemplateParser(text).parse()) ?? [])
        return found
    }

    static func listed(_ set: Set<String>) -> String {
        set.sorted().map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func keyName(_ step: Step) -> String {
        switch step.kind {
        case .command: return "command"
        case .run: return "run"
        case .predict: return "prediction"
        case .claim: return "claim"
        case .say, .published: return step.keyword
        }
    }

    /// `claim: x > y`, `say:` — how a step is named in messages.
    private static func describe(_ step: Step) -> String {
        step.key.isEmpty ? "`\(step.keyword):`" : "`\(step.keyword): \(step.key)`"
    }
}

extension Step.Kind {
    /// This step's words (a translation's) on `original`'s experiment: the command, run,
    /// prediction and claim are the original's, declared once; the text is this one's.
    func words(on original: Step.Kind) -> Step.Kind {
        switch (original, self) {
        case (.command(let command, _), .command(_, let note)): return .command(command, note: note)
        case (.run(let name, _), .run(_, let note)): return .run(name: name, note: note)
        case (.predict(let prediction, _), .predict(let translated, let question)):
            // The options are the original's; the words that name them are this language's.
            return .predict(prediction.withAnswerWords(translated.answerWords), question: question)
        case (.claim(let claim, _), .claim(_, let note)): return .claim(claim, note: note)
        default: return self
        }
    }
}
