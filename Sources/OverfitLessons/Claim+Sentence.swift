import OverfitTraining

extension Claim {
    /// The claim as a sentence with the measured numbers, for people: `test accuracy of `small`
    /// is more than 10 points below `full`'s: 75.43% vs 96.57%`, not the expression it is
    /// written as. Nil if a run it names is missing. The words are `words`' (`claim.*` and
    /// `figure.*` in `lessons/messages.txt`): a translation words the same claim, never another.
    public func sentence(
        _ figures: (String) -> RunFigures?, words: TutorMessages = .installed(.english)
    ) -> String? {
        assembled(figures, words: words).map(Particle.resolved)
    }

    private func assembled(_ figures: (String) -> RunFigures?, words: TutorMessages) -> String? {
        let points = words.text(.unitPoints, ["value": "{value}"])
        switch form {
        case .compare(let left, let comparison, let right):
            guard let leftValue = left.value(figures), let rightValue = right.value(figures) else { return nil }
            guard let run = left.run, let figure = left.figure else { return nil }
            if figure.isFlag, right.run == nil {
                // `huge_lr.diverged == 1`: a yes-or-no figure reads as a statement.
                let key: TutorMessages.Key = figure == .diverged ? .claimFlagDiverged : .claimFlagLossTurnedUp
                return words.text(key, ["run": run, "answer": words.text(leftValue == 1 ? .answerYes : .answerNo)])
            }
            // The run's own figure (the claim's offset is in the relation's words), cited as printed.
            let shownLeft =
                left.factor == 1
                ? figures(run)?.shown(figure) ?? figure.format(leftValue - left.constant, points: points)
                : figure.format(leftValue - left.constant, points: points)
            guard let otherRun = right.run, let otherFigure = right.figure else {
                let relation = comparison.words(
                    offset: 0, figure: figure, other: figure.format(right.constant, points: points), words: words)
                return words.text(
                    .claimBound, ["figure": figure.words(words), "run": run, "relation": relation, "value": shownLeft])
            }
            var other: String
            if otherFigure == figure {
                other = words.text(.claimOtherSame, ["run": otherRun])
            } else if otherRun == run && words.language == .korean {
                // Korean names the run once: "`stopped`의 복원된 에폭은 에폭 수보다 이릅니다", not
                // "… `stopped`의 에폭 수보다 이릅니다" (English keeps "of `stopped`" on both).
                other = otherFigure.words(words)
            } else {
                other = words.text(.claimOtherFigure, ["run": otherRun, "figure": otherFigure.words(words)])
            }
            if right.factor != 1 {
                other = words.text(.claimOtherTimes, ["other": other, "factor": Claim.number(right.factor, like: nil)])
            }
            let relation = comparison.words(offset: right.constant, figure: figure, other: other, words: words)
            let shownRight =
                figures(otherRun)?.shown(otherFigure)
                ?? otherFigure.format((rightValue - right.constant) / right.factor, points: points)
            return words.text(
                .claimVersus,
                [
                    "figure": figure.words(words), "run": run, "relation": relation, "value": shownLeft,
                    "other_value": shownRight,
                ])
        case .within(let operand, let low, let high):
            guard let value = operand.value(figures), let run = operand.run, let figure = operand.figure else {
                return nil
            }
            let shown = figures(run)?.shown(figure) ?? figure.format(value, points: points)
            return words.text(
                .claimWithin,
                [
                    "figure": figure.words(words), "run": run, "low": figure.format(low, points: points),
                    "high": figure.format(high, points: points), "value": shown,
                ])
        }
    }
}

extension Claim.Comparison {
    /// `lower than 70.00%`, `more than 10 points below `full`'s`, `at least 99.90%`: the
    /// comparison against `other` moved by `offset` (the claim's `+ 3%` or `- 10%`), in the
    /// figure's own unit.
    func words(offset: Double, figure: RunFigure, other: String, words: TutorMessages) -> String {
        // Epochs come earlier or later; counts are fewer or more; a gap or a spread is smaller or
        // larger, not lower or higher (the same words in English: lower, higher).
        let (down, up): (TutorMessages.Key, TutorMessages.Key) =
            figure.isEpoch
            ? (.claimEarlier, .claimLater)
            : figure.unit == .count
                ? (.claimFewer, .claimMore)
                : figure.isDistance ? (.claimSmaller, .claimLarger) : (.claimLower, .claimHigher)
        let values = ["other": other, "amount": figure.formatAmount(abs(offset), words: words)]
        let key: TutorMessages.Key
        switch (self, offset.sign == .minus, offset == 0) {
        case (.less, _, true): key = down
        case (.greater, _, true): key = up
        case (.lessOrEqual, _, true): key = .claimAtMost
        case (.greaterOrEqual, _, true): key = .claimAtLeast
        case (.equal, _, true): key = .claimEqual
        case (.less, true, false), (.lessOrEqual, true, false): key = .claimMoreBelow
        case (.less, false, false), (.lessOrEqual, false, false): key = .claimLessAbove
        case (.greater, false, false), (.greaterOrEqual, false, false): key = .claimMoreAbove
        case (.greater, true, false), (.greaterOrEqual, true, false): key = .claimLessBelow
        case (.equal, _, false): key = offset < 0 ? .claimBelow : .claimAbove
        }
        return words.text(key, values)
    }
}

extension RunFigure {
    /// Figures that are 1 or 0: whether something happened.
    var isFlag: Bool { self == .diverged || self == .testLossTurnedUp }

    /// Figures that are a distance between two others (the train-test gap, the spread over
    /// seeds): small or large, not low or high.
    var isDistance: Bool { self == .gap || self == .testAccuracyRange }

    var isEpoch: Bool { [.bestTestEpoch, .lowestTestLossEpoch, .restoredEpoch, .firstFitEpoch].contains(self) }

    /// The figure in the words of a catalogue (`figure.test_acc`): `test accuracy`, `테스트 정확도`.
    public func words(_ words: TutorMessages) -> String {
        guard let key = TutorMessages.Key(rawValue: "figure." + rawValue) else { return self.words }
        return words.text(key)
    }

    /// An offset in the figure's unit: `10 points`, `1 point`, `0.1`, `5` (`10%p` in Korean).
    func formatAmount(_ value: Double, words: TutorMessages = .installed(.english)) -> String {
        guard unit == .fraction else { return formatDifference(value) }
        let points = value * 100
        let text = points == points.rounded() ? String(Int(points)) : FigureFormat.fixed(points, digits: 2)
        return words.text(points == 1 ? .unitPoint : .unitPoints, ["value": text])
    }
}

/// Korean particles that depend on the word before them: a template writes `(은)는`, `(이)가`,
/// `(을)를` or `(과)와` after a placeholder, and the filled sentence gets 은 after a word that ends
/// in a consonant (`테스트 손실은`) and 는 after one that ends in a vowel (`테스트 정확도는`). After a
/// word whose sound is not known from its letters (a run's ASCII name) the marker stays in the
/// written form Korean uses for either, `은(는)`. Text without a marker (English) is unchanged.
enum Particle {
    static let markers: [(marker: String, afterConsonant: String, afterVowel: String)] = [
        ("(은)는", "은", "는"), ("(이)가", "이", "가"), ("(을)를", "을", "를"), ("(과)와", "과", "와"),
    ]

    static func resolved(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var out = text
        for (marker, consonant, vowel) in markers {
            while let range = out.range(of: marker) {
                let before = out[..<range.lowerBound].last { !"`'\")]".contains($0) }
                let chosen = before.flatMap(endsInConsonant).map { $0 ? consonant : vowel } ?? "\(consonant)(\(vowel))"
                out.replaceSubrange(range, with: chosen)
            }
        }
        return out
    }

    /// Whether a Hangul syllable or a digit, as read aloud, ends in a consonant (a 받침); nil when
    /// the letters do not say (Latin letters, symbols).
    static func endsInConsonant(_ character: Character) -> Bool? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0xAC00...0xD7A3: return (scalar.value - 0xAC00) % 28 != 0
        // 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구 (and 십, 백, 천 for a final 0).
        case 0x30...0x39:
            return [true, true, false, true, false, false, true, true, true, false][Int(scalar.value) - 0x30]
        case 0x25: return false  // % is read 퍼센트
        default: return nil
        }
    }
}
