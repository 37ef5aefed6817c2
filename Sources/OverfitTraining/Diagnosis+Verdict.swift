extension Diagnosis {
    public enum Verdict: String, Equatable, Sendable, CaseIterable {
        /// Train accuracy well above test accuracy (gap at least `overfittingGap`).
        case overfitting
        /// Both accuracies low and close together: the network has not learned the training set.
        case underfitting
        /// The loss became NaN or infinite.
        case diverged
        /// Train accuracy climbed, then fell back a long way (`unstableDrop` or more) and ended
        /// short of fitting: the steps overshoot.
        case unstable
        /// A small gap and a good fit.
        case healthy
        /// Back at chance (train loss near ln 10, one class predicted) with a regulariser on, and
        /// enough steps to have learned: the brake outweighed what the images teach.
        case collapsed
        /// Not fitted after fewer than `fewSteps` gradient steps: too short a run to judge.
        case tooFewSteps = "too_few_steps"
        /// Evaluated on raw pixels or with batch norm in training mode (the lab slides'
        /// mistakes): the figures measure the mistake, not the network, so no verdict on them.
        case evaluationMistake = "evaluation_mistake"
        /// Cancelled before the first epoch finished: nothing to judge.
        case noEpochs = "no_epochs"
        /// Every training label replaced at random (`label_noise 1`): the images say nothing about
        /// their labels, so there is nothing to generalise and no knob can raise test accuracy.
        case randomLabels = "random_labels"

        /// What following the verdict's first advice should do: the figure the verdict is about
        /// and the way it should move. Nil where the verdict promises nothing.
        public var promise: Promise? {
            switch self {
            case .overfitting: return .gapNarrows
            case .collapsed: return .testAccuracyRises
            case .tooFewSteps, .underfitting, .unstable: return .trainAccuracyRises
            case .diverged: return .finishesWithoutNaN
            case .healthy, .evaluationMistake, .noEpochs, .randomLabels: return nil
            }
        }
    }

    /// What following this run's first advice should do. The verdict's promise, except for a
    /// network its own brakes keep from fitting: its advice eases a brake, which raises test
    /// accuracy and may well widen the gap, so that is what it promises.
    public var promise: Promise? {
        easesABrake ? .testAccuracyRises : verdict.promise
    }

    /// Whether the first advice eases a brake the run uses (overfitting while held back).
    public var easesABrake: Bool {
        verdict == .overfitting && heldBack && (config.batchNormShared || !config.regularisersInUse.isEmpty)
    }

    /// Overfitting, yet short of fitting its own training images with brakes on: held back already.
    public var heldBack: Bool {
        guard let final, verdict == .overfitting else { return false }
        return final.trainAccuracy < 0.99 && (!config.regularisersInUse.isEmpty || config.batchNorm)
    }

    /// A verdict's promise, checked against a run that followed its first advice. Every promise
    /// also promises that test accuracy does not fall (by more than a point): narrowing the gap
    /// by losing test accuracy is no remedy.
    public enum Promise: String, Sendable {
        case gapNarrows = "the gap narrows"
        case testAccuracyRises = "test accuracy rises"
        case trainAccuracyRises = "train accuracy rises"
        case finishesWithoutNaN = "the run finishes without NaN"

        /// Whether `after` (the advice followed) kept the promise against `before`.
        public func kept(before: RunResult, after: RunResult) -> Bool {
            guard after.status != .cancelled else { return false }
            if self == .finishesWithoutNaN { return after.status == .finished }
            guard let old = before.final, let new = after.final, after.status == .finished else { return false }
            // Half a point of slack for noise; more than a point lost breaks any promise.
            guard new.testAccuracy >= old.testAccuracy - 0.01 else { return false }
            switch self {
            case .gapNarrows: return new.gap < old.gap
            case .testAccuracyRises: return new.testAccuracy > old.testAccuracy
            case .trainAccuracyRises: return new.trainAccuracy > old.trainAccuracy
            case .finishesWithoutNaN: return true
            }
        }
    }
}
