import OverfitData
import OverfitLessons
import OverfitTraining

extension SessionFile {
    /// Reads a session file's text. Every problem names the file and line and says what was
    /// expected: a corrupt, truncated or future-version file, or one naming an unknown knob.
    /// The errors are in `language`.
    public static func parse(_ text: String, file: String, language: Language = .english) throws(HintedError)
        -> SessionFile
    {
        try parse(text, file: file, skimming: false, language: language)
    }

    static func parse(_ text: String, file: String, skimming: Bool, language: Language = .english) throws(HintedError)
        -> SessionFile
    {
        var parser = SessionFileParser(file: file, skimming: skimming, language: language)
        // CRLF and a byte-order mark read as plain lines (`TextFile`). Split on the bytes:
        // splitting a 47-run file (1 MB) by Characters cost a resume a quarter of its time.
        let lines = TextFile.normalised(text).utf8.split(
            separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            try parser.read(String(Substring(raw)), number: index + 1)
        }
        return try parser.finish(lineCount: lines.count)
    }
}

/// The grammar of a session file, a line at a time. The session journal (`SessionJournal`) reads
/// its entries with the same `readEntry`, so the two cannot drift apart.
struct SessionFileParser {
    let file: String
    var version: Int?
    var tool: String?
    var started: String?
    var lesson: Int?
    var language: Language?
    var baseline = RunConfig()
    var entries: [SessionFile.Entry] = []
    /// The line of each `command` entry, so a replayed command that is refused is reported with it.
    var commandLines: [Int] = []
    /// The figures of the last `result` while its `epoch` lines are being read.
    var pending: RunOutcome?
    /// The pending run's `sampled_test` field: the epochs measured on the first `images` test images.
    var pendingSampled: (images: Int, epochs: Set<Int>)?
    var ended = false
    var sawContent = false
    /// For listing the history: a run's figures are checked for their shape but their numbers
    /// and predictions are not decoded.
    var skimming = false
    /// The language of the errors.
    let words: FileWords

    init(file: String, version: Int? = nil, skimming: Bool = false, language: Language = .english) {
        self.file = file
        self.version = version
        self.skimming = skimming
        words = FileWords(language)
    }

    /// A NUL or a U+FFFD (what invalid UTF-8 decodes to): one pass over the bytes, not two
    /// searches (a 47-run file has 5,000 lines).
    static func isBinary(_ line: String) -> Bool {
        var run = 0
        for byte in line.utf8 {
            if byte == 0 { return true }
            // U+FFFD is EF BF BD.
            run = byte == 0xEF ? 1 : (run == 1 && byte == 0xBF) ? 2 : (run == 2 && byte == 0xBD) ? 3 : 0
            if run == 3 { return true }
        }
        return false
    }

    func fail(_ number: Int, _ message: String, hint: String? = nil) -> HintedError {
        HintedError(
            words.say(.sessionFileLine, ["file": file, "line": String(number), "message": message]),
            hint: hint ?? words.say(.sessionFileHintDamaged))
    }

    /// `fail` with one of the files area's messages.
    func fail(_ number: Int, _ key: TutorMessages.Key, _ values: [String: String] = [:], hint: String? = nil)
        -> HintedError
    {
        fail(number, words.say(key, values), hint: hint)
    }

    mutating func read(_ line: String, number: Int) throws(HintedError) {
        if Self.isBinary(line) {
            throw fail(number, .sessionFileBinary)
        }
        let trimmed = line.trimmingCharacters(in: " \t")
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        sawContent = true
        if ended { throw fail(number, .sessionFileAfterEnd) }
        let keyword = String(trimmed.prefix { $0 != " " })
        let rest = String(trimmed.dropFirst(keyword.count).drop { $0 == " " })
        guard version != nil || keyword == SessionFile.magic else {
            throw fail(
                number, .sessionFileNotSession,
                [
                    "magic": SessionFile.magic, "version": String(SessionFile.formatVersion),
                    "found": Text.shown(trimmed),
                ], hint: words.say(.fileOriginSession))
        }
        switch keyword {
        case SessionFile.magic: try readVersion(rest, number: number)
        case "tool": tool = rest
        case "started": started = rest
        case "lesson": lesson = Int(rest)
        case "language": try readLanguage(rest, number: number)
        case "baseline": baseline = try readSettings(rest, number: number)
        case "end": try readEnd(rest, number: number)
        default:
            guard try readEntry(keyword, rest, number: number) else {
                let key: TutorMessages.Key =
                    (version ?? 0) >= 3 ? .sessionFileUnknownEntryFigures : .sessionFileUnknownEntry
                throw fail(number, key, ["keyword": Text.shown(keyword)])
            }
        }
    }

    /// `language ko`: one of the tutor's languages, given once, in the header.
    mutating func readLanguage(_ rest: String, number: Int) throws(HintedError) {
        guard language == nil else { throw fail(number, .sessionFileSecondLanguage) }
        guard entries.isEmpty else { throw fail(number, .sessionFileLanguageHeader) }
        guard let chosen = Language(rawValue: rest) else {
            throw fail(
                number, .sessionFileUnknownLanguage, ["language": Text.shown(rest), "codes": Language.codes],
                hint: words.say(.sessionFileHintLanguage))
        }
        language = chosen
    }

    /// Reads one entry line (`command`, `result` and, from format 3, a result's figures).
    /// Returns false for a keyword that is not an entry.
    mutating func readEntry(_ keyword: String, _ rest: String, number: Int) throws(HintedError) -> Bool {
        let figures = (version ?? 0) >= 3
        if pending != nil && !(figures && ["epoch", "predictions"].contains(keyword)) {
            throw fail(number, .sessionFileFound, ["problem": pendingDescription, "keyword": Text.shown(keyword)])
        }
        switch keyword {
        case "command":
            guard let command = SessionFile.unescape(rest) else {
                throw fail(number, .sessionFileBadEscape, ["text": Text.shown(rest)])
            }
            entries.append(.command(command))
            commandLines.append(number)
        case "result": try readResult(rest, number: number)
        case "outcome" where figures: try readOutcome(rest, number: number)
        case "epoch" where figures: try readEpoch(rest, number: number)
        case "predictions" where figures: try readPredictions(rest, number: number)
        default: return false
        }
        return true
    }

    mutating func readVersion(_ rest: String, number: Int) throws(HintedError) {
        guard version == nil else { throw fail(number, .sessionFileSecondHeader, ["magic": SessionFile.magic]) }
        guard let value = Int(rest), value >= 1 else {
            throw fail(number, .sessionFileBadVersion, ["text": Text.shown(rest)])
        }
        guard value <= SessionFile.formatVersion else {
            throw fail(
                number, .sessionFileNewer,
                [
                    "format": String(value), "version": OverfitVersion.current,
                    "supported": String(SessionFile.formatVersion),
                ], hint: words.say(.sessionFileHintUpgrade))
        }
        version = value
    }

    /// `KNOB=VALUE …` on top of the defaults, read as the tutor reads `set`.
    func readSettings(_ text: String, number: Int) throws(HintedError) -> RunConfig {
        do {
            return try KnobSettings(parsing: text).applied(to: RunConfig())
        } catch {
            throw fail(number, error.message, hint: error.hint)
        }
    }

    mutating func readResult(_ rest: String, number: Int) throws(HintedError) {
        let words = rest.split(separator: " ", maxSplits: 3).map(String.init)
        guard words.count >= 3, let id = Int(words[0]), id >= 1, let done = Int(words[2]), done >= 0 else {
            throw fail(number, .sessionFileResultShape)
        }
        guard ["finished", "cancelled", "diverged"].contains(words[1]) else {
            throw fail(number, .sessionFileUnknownStatus, ["status": Text.shown(words[1])])
        }
        // A command may make several runs (`sweep` makes one per value): their results follow it in order.
        guard entries.contains(where: { !$0.isResult }) else {
            throw fail(number, .sessionFileResultFirst)
        }
        let config = try readSettings(words.count > 3 ? words[3] : "", number: number)
        guard done <= config.epochs else {
            throw fail(
                number, .sessionFileResultEpochs,
                ["id": String(id), "done": String(done), "epochs": String(config.epochs)])
        }
        entries.append(.result(SessionFile.RunEntry(id: id, status: words[1], epochsDone: done, config: config)))
    }

    mutating func readEnd(_ rest: String, number: Int) throws(HintedError) {
        if pending != nil { throw fail(number, pendingDescription) }
        let commandCount = entries.count { if case .command = $0 { return true } else { return false } }
        guard let count = Int(rest), count == commandCount else {
            throw fail(number, .sessionFileEndCount, ["said": Text.shown(rest), "count": String(commandCount)])
        }
        ended = true
    }

    func finish(lineCount: Int) throws(HintedError) -> SessionFile {
        guard sawContent else {
            throw HintedError(
                words.say(.sessionFileEmpty, ["file": file]), hint: words.say(.fileOriginSession))
        }
        guard ended else {
            throw HintedError(
                words.say(.sessionFileTruncated, ["file": file, "line": String(lineCount)]),
                hint: words.say(.sessionFileHintCut))
        }
        guard let tool else {
            throw HintedError(
                words.say(.sessionFileNoTool, ["file": file]), hint: words.say(.sessionFileHintDamaged))
        }
        var file = made(tool: tool)
        file.source = (self.file, commandLines)
        return file
    }

    func made(tool: String) -> SessionFile {
        var made = SessionFile(toolVersion: tool, baseline: baseline, entries: entries)
        made.version = version ?? SessionFile.formatVersion
        made.started = started
        made.lesson = lesson
        made.language = language ?? .english
        return made
    }
}

// MARK: - Format 3's figures

/// Format 3's figures after a `result` line: `outcome`, one `epoch` line per epoch recorded,
/// then `predictions`. Each is checked against the result line before it, so a file cannot
/// claim more than it holds, and nothing is allocated from a count the file merely states.
extension SessionFileParser {
    var lastRun: SessionFile.RunEntry? {
        if case .result(let run) = entries.last { return run } else { return nil }
    }

    var pendingDescription: String {
        guard let run = lastRun, let pending else { return words.say(.sessionFileFiguresIncomplete) }
        let done = pending.history.count
        return done < run.epochsDone
            ? words.say(
                .sessionFileFiguresStop,
                [
                    "id": String(run.id), "done": String(done), "epochs": String(run.epochsDone),
                    "next": String(done + 1),
                ])
            : words.say(.sessionFileNoPredictions, ["id": String(run.id)])
    }

    mutating func readOutcome(_ rest: String, number: Int) throws(HintedError) {
        guard let run = lastRun, run.outcome == nil else {
            throw fail(number, .sessionFileOutcomeFirst)
        }
        var fields: [String: String] = [:]
        for pair in rest.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, fields[parts[0]] == nil else {
                throw fail(number, .sessionFileNameValue, ["found": Text.shown(String(pair))])
            }
            fields[parts[0]] = parts[1]
        }
        let names = ["training_images", "restored_epoch", "stopped_early_after", "diverged_at"]
        let sampledText = fields.removeValue(forKey: RunOutcome.sampledField)
        guard Set(fields.keys) == Set(names) else {
            throw fail(
                number, .sessionFileOutcomeFields,
                ["names": names.joined(separator: ", "), "sampled": RunOutcome.sampledField])
        }
        pendingSampled = nil
        if let sampledText {
            let read = RunOutcome.parseSampled(sampledText, epochs: run.epochsDone)
            guard let value = read.value else {
                throw fail(
                    number, .sessionFileSampled, ["field": RunOutcome.sampledField, "epochs": String(run.epochsDone)])
            }
            pendingSampled = value
        }
        guard let images = fields["training_images"].flatMap(Int.init), images >= 0 else {
            throw fail(number, .sessionFileTrainingImages, ["got": Text.shown(fields["training_images"] ?? "")])
        }
        let restored = try optionalEpoch(fields["restored_epoch"], number: number, within: run.epochsDone)
        let stopped = try optionalEpoch(fields["stopped_early_after"], number: number, within: run.epochsDone)
        pending = RunOutcome(
            history: [], status: try status(run, diverged: fields["diverged_at"] ?? "-", number: number),
            restoredEpoch: restored, stoppedEarlyAfterEpoch: stopped, testPredictions: [], trainingImages: images)
    }

    func optionalEpoch(_ text: String?, number: Int, within epochs: Int) throws(HintedError) -> Int? {
        guard let text, text != "-" else { return nil }
        guard let epoch = Int(text), (1...max(1, epochs)).contains(epoch) else {
            throw fail(number, .sessionFileNotEpoch, ["text": Text.shown(text), "epochs": String(epochs)])
        }
        return epoch
    }

    func status(_ run: SessionFile.RunEntry, diverged: String, number: Int) throws(HintedError) -> RunStatus {
        let parts = diverged.split(separator: ",").compactMap { Int($0) }
        switch (run.status, diverged) {
        case ("finished", "-"): return .finished
        case ("cancelled", "-"): return .cancelled
        case ("diverged", _) where parts.count == 2 && parts[0] >= 1 && parts[1] >= 1:
            return .diverged(epoch: parts[0], batch: parts[1])
        default:
            throw fail(number, .sessionFileDivergedAt, ["text": Text.shown(diverged), "status": run.status])
        }
    }

    mutating func readEpoch(_ rest: String, number: Int) throws(HintedError) {
        guard var outcome = pending, let run = lastRun else {
            throw fail(number, .sessionFileEpochFirst)
        }
        // Split on the bytes: 4,700 such lines in a 47-run file.
        let words = rest.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        let epoch = outcome.history.count + 1
        guard epoch <= run.epochsDone else {
            throw fail(number, .sessionFileEpochExtra, ["id": String(run.id), "epochs": String(run.epochsDone)])
        }
        guard words.count == 1 + EpochFigures.names.count, Int(words[0]) == epoch else {
            throw fail(
                number, .sessionFileEpochShape,
                [
                    "epoch": String(epoch), "count": String(EpochFigures.names.count),
                    "names": self.words.figureNames.joined(separator: ", "),
                ])
        }
        var values: [Double?] = []
        if skimming {
            outcome.history.append(
                EpochMetrics(
                    epoch: epoch, trainLoss: 0, trainPenalty: 0, trainAccuracy: 0, validationLoss: nil,
                    validationAccuracy: nil, testLoss: 0, testAccuracy: 0, seconds: 0))
            pending = outcome
            return
        }
        for (index, word) in words.dropFirst().enumerated() {
            let optional = index == 3 || index == 4
            if optional && word == "-" { values.append(nil); continue }
            guard let value = RunOutcome.parseNumber(word) else {
                throw fail(
                    number, .sessionFileNotNumber,
                    ["name": self.words.figureNames[index], "text": Text.shown(String(word))])
            }
            values.append(value)
        }
        guard (values[3] == nil) == (values[4] == nil) else {
            throw fail(number, .sessionFileValidationPair)
        }
        outcome.history.append(
            EpochMetrics(
                epoch: epoch, trainLoss: values[0] ?? 0, trainPenalty: values[1] ?? 0,
                trainAccuracy: values[2] ?? 0, validationLoss: values[3], validationAccuracy: values[4],
                testLoss: values[5] ?? 0, testAccuracy: values[6] ?? 0, seconds: 0,
                sampledTestImages: pendingSampled.flatMap { $0.epochs.contains(epoch) ? $0.images : nil }))
        pending = outcome
    }

    mutating func readPredictions(_ rest: String, number: Int) throws(HintedError) {
        guard var outcome = pending, var run = lastRun else {
            throw fail(number, .sessionFilePredictionsFirst)
        }
        guard outcome.history.count == run.epochsDone else { throw fail(number, pendingDescription) }
        // The count, then 6,668 characters of base64: cut at the first space, not word by word.
        let space = rest.utf8.firstIndex(of: UInt8(ascii: " "))
        let countText = space.map { Substring(rest.utf8[..<$0]) } ?? Substring(rest)
        let packed = space.map { Substring(rest.utf8[rest.utf8.index(after: $0)...]) } ?? ""
        guard let count = Int(countText), space != nil || count == 0, !packed.utf8.contains(UInt8(ascii: " ")) else {
            throw fail(number, .sessionFilePredictionsShape)
        }
        let decoded = skimming ? ([], nil) : RunOutcome.unpackPredictions(packed, count: count, words: words)
        guard let predictions = decoded.predictions else {
            throw fail(number, decoded.problem ?? words.say(.sessionFilePredictionsShape))
        }
        outcome.testPredictions = predictions
        run.outcome = outcome
        entries[entries.count - 1] = .result(run)
        pending = nil
    }
}
