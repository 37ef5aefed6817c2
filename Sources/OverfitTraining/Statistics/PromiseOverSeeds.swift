/// A verdict's promise judged over the seeds of two runs with `repeats`: the run before the
/// advice and the run that followed it. By the test `compare` uses (Welch's t on the seeds'
/// final figures, 95%), an advice has kept its promise only when the promised figure moved the
/// promised way by more than seed-to-seed noise explains; a move whose interval holds zero is
/// noise, whichever way its mean went.
public struct PromiseOverSeeds: Sendable {
    public enum Outcome: String, Sendable {
        /// The figure moved the promised way, clearly, and test accuracy did not clearly fall by
        /// more than a point.
        case kept
        /// The figure's interval holds zero: these seeds cannot say whether the advice helped.
        case noise
        /// The figure moved clearly the wrong way.
        case broken
        /// The figure moved the promised way, clearly, but test accuracy clearly fell by more
        /// than a point: narrowing the gap by losing test accuracy is no remedy.
        case costTestAccuracy = "cost test accuracy"
        /// Every seed of both runs ended with the same figure: no spread, and no move at all.
        case unmoved
    }

    public let promise: Diagnosis.Promise
    /// The promised figure, after minus before, over the seeds.
    public let figure: WelchComparison
    /// Test accuracy, after minus before (the promise not to lose more than a point of it).
    public let testAccuracy: WelchComparison
    public let outcome: Outcome

    /// Nil for a promise without a figure (finishing without NaN) or when either run has fewer
    /// than two finished seeds (no spread of its own to weigh the change against).
    public init?(_ promise: Diagnosis.Promise, before: [RunResult], after: [RunResult]) {
        guard let read = Self.figure(of: promise) else { return nil }
        let old = RepeatedRun(before), new = RepeatedRun(after)
        guard let oldFigure = old.summary(read), let newFigure = new.summary(read),
            let oldTest = old.summary(\.testAccuracy), let newTest = new.summary(\.testAccuracy),
            let figure = WelchComparison(oldFigure, newFigure), let test = WelchComparison(oldTest, newTest)
        else { return nil }
        self.promise = promise
        self.figure = figure
        testAccuracy = test
        // The gap should fall; the accuracies should rise.
        let promisedWay = promise == .gapNarrows ? figure.difference < 0 : figure.difference > 0
        if figure.degrees == nil && figure.difference == 0 {
            outcome = .unmoved
        } else if !figure.isClear {
            outcome = .noise
        } else if !promisedWay {
            outcome = .broken
        } else if test.isClear && test.difference < -Self.testAccuracySlack {
            outcome = .costTestAccuracy
        } else {
            outcome = .kept
        }
    }

    /// More than a point of test accuracy lost breaks any promise (as `Promise.kept` for one seed).
    public static let testAccuracySlack = 0.01

    /// The final figure a promise is about.
    static func figure(of promise: Diagnosis.Promise) -> ((EpochMetrics) -> Double)? {
        switch promise {
        case .gapNarrows: return \.gap
        case .testAccuracyRises: return \.testAccuracy
        case .trainAccuracyRises: return \.trainAccuracy
        case .finishesWithoutNaN: return nil
        }
    }
}
