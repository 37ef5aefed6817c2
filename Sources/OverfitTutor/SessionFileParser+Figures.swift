import OverfitTraining

/// Format 3's figures after a `result` line: `outcome`, one `epoch` line per epoch recorded,
/// then `predictions`. Each is checked against the result line before it, so a file cannot
/// claim more than it holds, and nothing is allocated from a count the file merely states.
extension SessionFileParser {
    var lastRun: SessionFile.RunEntry? {
        if case .result(let run) = entries.last { return run } else { return nil }
    }

    var pendingDescription: String {
        guard let run = lastRun, let pending else { return "a run's figures are incomplete" }
        let done = pending.history.count
        return done < run.epochsDone
            ? "run \(run.id)'s figures stop after \(done) of \(run.epochsDone) epochs (expected `epoch \(done + 1)`)"
            : "run \(run.id)'s figures have no `predictions` line"
    }

    mutating func readOutcome(_ rest: String, number: Int) throws(HintedError) {
        guard let run = lastRun, run.outcome == nil else {
            throw fail(number, "an `outcome` line with no `result` line before it")
        }
        var fields: [String: String] = [:]
        for pair in rest.split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, fields[parts[0]] == nil else {
                throw fail(number, "expected NAME=VALUE, found `\(Text.shown(String(pair)))`")
            }
            fields[parts[0]] = parts[1]
        }
        let names = ["training_images", "restored_epoch", "stopped_early_after", "diverged_at"]
        let sampledText = fields.removeValue(forKey: RunOutcome.sampledField)
        guard Set(fields.keys) == Set(names) else {
            throw fail(
                number,
                "an `outcome` line holds \(names.joined(separator: ", ")), each once (and \(RunOutcome.sampledField) if sampled)"
            )
        }
        pendingSampled = nil
        if let sampledText {
            let read = RunOutcome.parseSampled(sampledText, epochs: run.epochsDone)
            guard let value = read.value else {
                throw fail(number, read.problem ?? "unreadable \(RunOutcome.sampledField)")
            }
            pendingSampled = value
        }
        guard let images = fields["training_images"].flatMap(Int.init), images >= 0 else {
            throw fail(number, "training_images must be a count (got `\(Text.shown(fields["training_images"] ?? ""))`)")
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
            throw fail(number, "`\(Text.shown(text))` is not one of the run's \(epochs) epochs")
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
            throw fail(
                number,
                "diverged_at=\(Text.shown(diverged)) does not fit a \(run.status) run (expected EPOCH,BATCH for a diverged run, else -)"
            )
        }
    }

    mutating func readEpoch(_ rest: String, number: Int) throws(HintedError) {
        guard var outcome = pending, let run = lastRun else {
            throw fail(number, "an `epoch` line with no `outcome` line before it")
        }
        // Split on the bytes: 4,700 such lines in a 47-run file.
        let words = rest.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
        let epoch = outcome.history.count + 1
        guard epoch <= run.epochsDone else {
            throw fail(number, "run \(run.id) records \(run.epochsDone) epochs, and this is one more")
        }
        guard words.count == 1 + EpochFigures.names.count, Int(words[0]) == epoch else {
            throw fail(
                number,
                "expected `epoch \(epoch)` and \(EpochFigures.names.count) figures (\(EpochFigures.names.joined(separator: ", ")))"
            )
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
                throw fail(number, "\(EpochFigures.names[index]) `\(Text.shown(String(word)))` is not a number")
            }
            values.append(value)
        }
        guard (values[3] == nil) == (values[4] == nil) else {
            throw fail(number, "validation loss and accuracy go together (both, or both -)")
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
            throw fail(number, "a `predictions` line with no `outcome` line before it")
        }
        guard outcome.history.count == run.epochsDone else { throw fail(number, pendingDescription) }
        // The count, then 6,668 characters of base64: cut at the first space, not word by word.
        let space = rest.utf8.firstIndex(of: UInt8(ascii: " "))
        let countText = space.map { Substring(rest.utf8[..<$0]) } ?? Substring(rest)
        let packed = space.map { Substring(rest.utf8[rest.utf8.index(after: $0)...]) } ?? ""
        guard let count = Int(countText), space != nil || count == 0, !packed.utf8.contains(UInt8(ascii: " ")) else {
            throw fail(number, "expected `predictions COUNT BASE64`")
        }
        let decoded = skimming ? ([], nil) : RunOutcome.unpackPredictions(packed, count: count)
        guard let predictions = decoded.predictions else {
            throw fail(number, decoded.problem ?? "unreadable predictions")
        }
        outcome.testPredictions = predictions
        run.outcome = outcome
        entries[entries.count - 1] = .result(run)
        pending = nil
    }
}
