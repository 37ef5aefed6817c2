import OverfitTraining

extension Claim {
    /// The claim as a sentence with the measured numbers, for people: `test accuracy of `small`
    /// is more than 10 points below `full`'s: 75.43% vs 96.57%`, not the expression it is
    /// written as. Nil if a run it names is missing.
    public func sentence(_ figures: (String) -> RunFigures?) -> String? {
        switch form {
        case .compare(let left, let comparison, let right):
            guard let leftValue = left.value(figures), let rightValue = right.value(figures) else { return nil }
            guard let run = left.run, let figure = left.figure else { return nil }
            if figure.isFlag, right.run == nil {
                // `huge_lr.diverged == 1`: a yes-or-no figure reads as a statement.
                return "`\(run)` \(figure.flagWords): \(leftValue == 1 ? "yes" : "no")"
            }
            let subject = "\(figure.words) of `\(run)`"
            // The run's own figure (the claim's offset is in the relation's words), cited as printed.
            let shownLeft =
                left.factor == 1
                ? figures(run)?.shown(figure) ?? figure.format(leftValue - left.constant)
                : figure.format(leftValue - left.constant)
            guard let otherRun = right.run, let otherFigure = right.figure else {
                return
                    "\(subject) is \(comparison.words(offset: 0, figure: figure)) \(figure.format(right.constant)): \(shownLeft)"
            }
            let other = otherFigure == figure ? "`\(otherRun)`'s" : "\(otherFigure.words) of `\(otherRun)`"
            var relation = comparison.words(offset: right.constant, figure: figure)
            if right.factor != 1 { relation += " \(Claim.number(right.factor, like: nil)) times" }
            let shownRight =
                figures(otherRun)?.shown(otherFigure)
                ?? otherFigure.format((rightValue - right.constant) / right.factor)
            return "\(subject) is \(relation) \(other): \(shownLeft) vs \(shownRight)"
        case .within(let operand, let low, let high):
            guard let value = operand.value(figures), let run = operand.run, let figure = operand.figure else {
                return nil
            }
            let shown = figures(run)?.shown(figure) ?? figure.format(value)
            return "\(figure.words) of `\(run)` is between \(figure.format(low)) and \(figure.format(high)): \(shown)"
        }
    }
}

extension Claim.Comparison {
    /// `lower than`, `more than 10 points below`, `at least`: the comparison against a value
    /// moved by `offset` (the claim's `+ 3%` or `- 10%`), in the figure's own unit.
    func words(offset: Double, figure: RunFigure) -> String {
        let (down, up) = figure.isEpoch ? ("earlier than", "later than") : ("lower than", "higher than")
        let amount = figure.formatAmount(abs(offset))
        switch (self, offset.sign == .minus, offset == 0) {
        case (.less, _, true): return down
        case (.greater, _, true): return up
        case (.lessOrEqual, _, true): return "at most"
        case (.greaterOrEqual, _, true): return "at least"
        case (.equal, _, true): return "equal to"
        case (.less, true, false), (.lessOrEqual, true, false): return "more than \(amount) below"
        case (.less, false, false), (.lessOrEqual, false, false): return "less than \(amount) above"
        case (.greater, false, false), (.greaterOrEqual, false, false): return "more than \(amount) above"
        case (.greater, true, false), (.greaterOrEqual, true, false): return "less than \(amount) below"
        case (.equal, _, false): return "\(amount) \(offset < 0 ? "below" : "above")"
        }
    }
}

extension RunFigure {
    /// Figures that are 1 or 0: whether something happened.
    var isFlag: Bool { self == .diverged || self == .testLossTurnedUp }

    /// A flag as a question answered yes or no: `diverged (its loss became NaN or infinite)`.
    var flagWords: String {
        self == .diverged
            ? "diverged (its loss became NaN or infinite)"
            : "test loss turned up (it ended 10% or more above its lowest)"
    }

    var isEpoch: Bool { [.bestTestEpoch, .lowestTestLossEpoch, .restoredEpoch, .firstFitEpoch].contains(self) }

    /// An offset in the figure's unit: `10 points`, `0.1`, `5`.
    func formatAmount(_ value: Double) -> String {
        guard unit == .fraction else { return formatDifference(value) }
        let points = value * 100
        let text = points == points.rounded() ? String(Int(points)) : FigureFormat.fixed(points, digits: 2)
        return text + (points == 1 ? " point" : " points")
    }
}
