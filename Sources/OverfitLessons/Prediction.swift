/// A prediction the learner makes about a run before it happens. It declares what it asks
/// (`kind`), and is graded by exactly that: a direction against an earlier run, yes/no, a
/// number, or which of named options the figure lands nearer.
public struct Prediction: Sendable, Equatable {
    /// The run the prediction is about, and the figure predicted.
    public let run: String
    public let metric: RunFigure
    public let kind: Kind

    public enum Kind: Sendable, Equatable {
        /// "What will it be?": a number, right within a tolerance.
        case number
        /// "Higher, lower or the same as `against`?"
        case direction(against: String)
        /// "Will it keep rising?": yes stands for `yesMeans` against `against`.
        case yesNo(against: String, yesMeans: Direction)
        /// "Nearer the clean run or nearer chance?": the option whose value is nearest wins.
        case nearer([Option])
    }

    /// One answer to a `nearer` question: a name the learner types and the value it stands for,
    /// and the words of the lesson's language that name it too (`answers:`, e.g. 깨끗한 for
    /// `clean`), the first of them shown.
    public struct Option: Sendable, Equatable {
        public let name: String
        public let anchor: Anchor
        public let words: [String]
        public init(name: String, anchor: Anchor, words: [String] = []) {
            self.name = name
            self.anchor = anchor
            self.words = words
        }

        /// How the option is shown: its first word, else its name.
        public var shown: String { words.first ?? name }
    }

    /// Where an option's value comes from: an earlier run's same figure, or a fixed value
    /// (chance is 10% whatever the run).
    public enum Anchor: Sendable, Equatable {
        case run(String)
        case fixed(Double)
    }

    public init(run: String, metric: RunFigure, kind: Kind) {
        self.run = run
        self.metric = metric
        self.kind = kind
    }

    public init(run: String, metric: RunFigure, baseline: String?, yesMeans: Direction? = nil) {
        let kind: Kind
        if let baseline {
            kind = yesMeans.map { .yesNo(against: baseline, yesMeans: $0) } ?? .direction(against: baseline)
        } else {
            kind = .number
        }
        self.init(run: run, metric: metric, kind: kind)
    }

    /// The run a direction or yes/no question compares with; nil for the other kinds.
    public var baseline: String? {
        switch kind {
        case .direction(let against), .yesNo(let against, _): return against
        case .number, .nearer: return nil
        }
    }

    /// For a yes/no question: the outcome "yes" stands for.
    public var yesMeans: Direction? {
        if case .yesNo(_, let yesMeans) = kind { return yesMeans }
        return nil
    }

    /// This prediction with each option's words from `words` (option name → words); options it
    /// does not name keep none.
    public func withAnswerWords(_ words: [String: [String]]) -> Prediction {
        guard case .nearer(let options) = kind else { return self }
        let named = options.map { Option(name: $0.name, anchor: $0.anchor, words: words[$0.name] ?? []) }
        return Prediction(run: run, metric: metric, kind: .nearer(named))
    }

    /// Each option's words, by the option's name (those with none left out).
    public var answerWords: [String: [String]] {
        Dictionary(uniqueKeysWithValues: options.filter { !$0.words.isEmpty }.map { ($0.name, $0.words) })
    }

    /// The options of a `nearer` question, empty for the other kinds.
    public var options: [Option] {
        if case .nearer(let options) = kind { return options }
        return []
    }

    /// The option the figure landed nearest, with each option's value; nil when a run is missing.
    public func nearest(_ figures: (String) -> RunFigures?) -> (winner: Option, values: [Double])? {
        guard case .nearer(let options) = kind, let actual = figures(run)?.value(metric) else { return nil }
        var values: [Double] = []
        for option in options {
            switch option.anchor {
            case .fixed(let value): values.append(value)
            case .run(let name):
                guard let value = figures(name)?.value(metric) else { return nil }
                values.append(value)
            }
        }
        guard let best = values.indices.min(by: { abs(values[$0] - actual) < abs(values[$1] - actual) }) else {
            return nil
        }
        return (options[best], values)
    }

    /// Answers a learner can give to a comparison question.
    public enum Direction: String, Sendable, CaseIterable { case higher, lower, same }

    /// What actually happened, in the terms of the question. "same" means within 1 point
    /// (accuracies) or 5% (losses).
    public func outcome(_ figures: (String) -> RunFigures?) -> Direction? {
        guard let baseline, let after = figures(run)?.value(metric), let before = figures(baseline)?.value(metric)
        else {
            return nil
        }
        let tolerance = metric.isAccuracy ? 0.01 : abs(before) * 0.05
        // A hair of slack so 100% against 99% counts as one point, not a float more.
        if abs(after - before) <= tolerance + 1e-9 { return .same }
        return after > before ? .higher : .lower
    }
}
