import OverfitData
import OverfitLessons
import OverfitTraining

/// The challenge's two boards, as competitions keep them. The public board ranks runs by their
/// validation accuracy (images held out of the training subset) and hides test accuracy; the
/// private board shows the test accuracy of the runs submitted, once each. A run chosen because
/// its validation figure was the highest of many is partly chosen for luck: how far its test
/// accuracy falls below that figure is the winner's curse, measured.
struct Leaderboard {
    /// One run's place on the boards. With `repeats`, the figures are the means of its seeds.
    struct Entry: Equatable {
        let id: Int
        let validation: Double
        let test: Double
        let train: Double
        let validationImages: Int
        let testImages: Int
        let seeds: Int
        /// Knobs changed from the defaults (`dropout 0.2`), besides the ones the rules fix and
        /// the ones every ranked run shares.
        var changes: [String]
        /// Later runs with the same knobs and seed (the same bits): listed once, under this id.
        var sameAs: [Int] = []

        /// Test minus validation accuracy: negative when the run did worse on new images.
        var drop: Double { test - validation }
    }

    /// Best validation accuracy first; on ties the earlier run.
    let publicBoard: [Entry]
    /// The submitted runs, best test accuracy first; on ties the earlier run.
    let privateBoard: [Entry]
    /// Knob changes every ranked run shares (two runs or more), said once in the header.
    let shared: [String]
    /// The runs left off the public board because they have no validation split.
    let withoutValidation: [Int]
    let rules: KnobSettings
    let dataset: DatasetSource

    /// The boards over `runs` that keep `rules` on `dataset`: finished, evaluated without the lab
    /// slides' mistakes, with a validation split. `submitted` are run ids in the order submitted.
    init(runs: [Session.RunRecord], rules: KnobSettings, dataset: DatasetSource, submitted: [Int]) {
        self.rules = rules
        self.dataset = dataset
        var entries: [Entry] = []
        var configs: [RunConfig] = []
        var withoutValidation: [Int] = []
        let fixed = Set(rules.settings.map(\.knob.name))
        for record in runs
        where Self.refusal(of: record, rules: KnobSettings(), dataset: dataset, needsValidation: false) == nil {
            // Without a validation split a run cannot be ranked, whatever else it keeps: said apart.
            guard record.result.config.validationSize > 0 else {
                withoutValidation.append(record.id)
                continue
            }
            guard rules.hold(in: record.result.config) else { continue }
            if let index = configs.firstIndex(of: record.result.config) {
                entries[index].sameAs.append(record.id)
                continue
            }
            guard let entry = Self.entry(record, fixed: fixed) else { continue }
            entries.append(entry)
            configs.append(record.result.config)
        }
        // A knob every ranked run sets alike (`test_eval 1000` in a lesson) is said once, above.
        let counts = Dictionary(entries.flatMap(\.changes).map { ($0, 1) }, uniquingKeysWith: +)
        let common = entries.count > 1 ? (entries.first?.changes ?? []).filter { counts[$0] == entries.count } : []
        for index in entries.indices { entries[index].changes.removeAll { common.contains($0) } }
        shared = common
        publicBoard = entries.sorted { ($0.validation, -$0.id) > ($1.validation, -$1.id) }
        let chosen = Set(submitted)
        privateBoard = entries.filter { chosen.contains($0.id) }.sorted { ($0.test, -$0.id) > ($1.test, -$1.id) }
        self.withoutValidation = withoutValidation
    }

    static func entry(_ record: Session.RunRecord, fixed: Set<String>) -> Entry? {
        let finals = record.seeds.compactMap(\.final)
        let validations = finals.compactMap(\.validationAccuracy)
        guard !finals.isEmpty, validations.count == finals.count else { return nil }
        let count = Double(finals.count)
        let config = record.result.config
        let changes = config.differences(from: RunConfig()).filter { !fixed.contains($0.name) }
        return Entry(
            id: record.id, validation: validations.reduce(0, +) / count,
            test: finals.map(\.testAccuracy).reduce(0, +) / count,
            train: finals.map(\.trainAccuracy).reduce(0, +) / count, validationImages: config.validationSize,
            testImages: record.result.testPredictions.count, seeds: finals.count,
            changes: changes.map { "\($0.name) \($0.new)" })
    }

    /// Why `record` may not be on the public board, or nil if it may, in `words`' language.
    static func refusal(
        of record: Session.RunRecord, rules: KnobSettings, dataset: DatasetSource, needsValidation: Bool = true,
        words: TutorMessages = .installed(.english)
    ) -> HintedError? {
        let config = record.result.config
        let id = String(record.id)
        if record.seeds.contains(where: { $0.status != .finished || $0.final == nil }) {
            let status: TutorMessages.Key =
                switch record.result.status {
                case .finished: .statusFinished
                case .cancelled: .statusCancelled
                case .diverged: .statusDiverged
                }
            return HintedError(
                words.text(.rankRefusedUnfinished, ["id": id, "status": words.text(status)]),
                hint: words.text(.hintRankListsBoard))
        }
        if let mistakes = mistakes(config) {
            return HintedError(
                words.text(.rankRefusedMistakes, ["id": id, "mistakes": words.text(mistakes)]),
                hint: words.text(.hintRankMistakes))
        }
        if config.dataset != dataset {
            return HintedError(
                words.text(
                    .rankRefusedDataset, ["id": id, "dataset": config.dataset.title, "board": dataset.title]),
                hint: words.text(.hintRankDataset, ["name": String(describing: config.dataset)]))
        }
        if needsValidation && config.validationSize == 0 {
            return HintedError(
                words.text(.rankRefusedNoValidation, ["id": id]),
                hint: words.text(.hintRankNoValidation, ["size": rules.validationSize]))
        }
        let broken = rules.settings.filter { $0.knob.typedValue(in: config) != $0.value }
        if !broken.isEmpty {
            let got = broken.map { "\($0.knob.name) \($0.knob.value(in: config))" }.joined(separator: ", ")
            return HintedError(
                words.text(.rankRefusedRules, ["id": id, "got": got, "rules": rules.words]),
                hint: words.text(.hintRankRules, ["settings": rules.setWords]))
        }
        return nil
    }

    /// The lab slides' evaluation mistakes a config re-creates (`RunConfig.evaluationMistakes`), as
    /// the message that words them; nil when it is evaluated properly.
    static func mistakes(_ config: RunConfig) -> TutorMessages.Key? {
        guard config.evaluationMistakes != nil else { return nil }
        let raw = config.evaluationPixels == .raw
        let batch = config.batchNorm && config.batchNormEvaluation == .batch
        return raw && batch ? .rankMistakeBoth : raw ? .rankMistakeRawPixels : .rankMistakeBnTraining
    }

    /// The entry that stands for run `id` (itself, or the earlier run with the same knobs and seed).
    func entry(for id: Int) -> Entry? {
        publicBoard.first { $0.id == id || $0.sameAs.contains(id) }
    }

    /// 1 for the public board's leader.
    func publicRank(of entry: Entry) -> Int? { publicBoard.firstIndex { $0.id == entry.id }.map { $0 + 1 } }

    /// The public leader once submitted: its validation and test accuracy, the winner's curse.
    var submittedLeader: Entry? {
        guard let leader = publicBoard.first, privateBoard.contains(where: { $0.id == leader.id }) else { return nil }
        return leader
    }
}

extension KnobSettings {
    /// `train_size 300, val_size 60`: the settings as a sentence writes them.
    var words: String { settings.map { "\($0.knob.name) \($0.value.text)" }.joined(separator: ", ") }

    /// `train_size 300 val_size 60`: the settings as `set` takes them.
    var setWords: String {
        settings.map { "\($0.knob.name) \(Tokenizer.quote($0.value.text))" }.joined(separator: " ")
    }

    /// The validation split the rules fix, or the one the challenge lesson uses.
    var validationSize: String { settings.first { $0.knob.id == .validationSize }?.value.text ?? "60" }
}
