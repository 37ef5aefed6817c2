import Dispatch
import OverfitEngine

/// What measuring one epoch found, before the run records it.
struct EpochNumbers {
    var trained: Evaluator.Measurement
    var validation: Evaluator.Measurement?
    var tested: Evaluator.Measurement
    /// How many test images `tested` covers.
    var testedImages: Int
    var penalty: Double
    var predictions: [UInt8]
    /// When the measurement ended.
    var ended: ContinuousClock.Instant
}

/// The evaluators an epoch is measured with, and how: on the training thread, or on a second
/// thread while the next epoch trains (`EpochMeasurement`).
struct EpochMeasurer: @unchecked Sendable {
    let train: Evaluator
    let validation: Evaluator?
    let penalty: Penalty
    let testImages: Int

    /// Measures `network` on the training images, the validation split and `test` (writing its
    /// predictions), sharing the rows with `team`'s helper if there is one.
    func measure(_ network: Network, test: Evaluator, team: InferenceTeam?) -> EpochNumbers {
        let trained = train.measure(network, team: team)
        let validated = validation?.measure(network, team: team)
        var predictions = [UInt8](repeating: 0, count: testImages)
        let tested = predictions.withUnsafeMutableBufferPointer {
            test.measure(network, predictions: $0.baseAddress, team: team)
        }
        return EpochNumbers(
            trained: trained, validation: validated, tested: tested, testedImages: test.count,
            penalty: penalty.value(network.parameters), predictions: predictions, ended: .now)
    }
}

/// One epoch measured on a second thread, on a copy of the weights taken when the epoch ended,
/// while the training thread goes on with the next epoch: training uses one core, and the test
/// set's evaluation would otherwise leave the second idle. The copy measures exactly what the
/// weights would have measured in place, so the history is the same to the bit.
final class EpochMeasurement: @unchecked Sendable {
    /// Whether `config`'s network, of `parameters` weights and biases, is measured this way (with
    /// two threads or more). Its copy costs twice its parameters (values and gradients), at most
    /// 32 MB; a larger network is measured in place, its evaluation split between the threads. So
    /// is a convolutional one: its evaluation is nine tenths of its epoch, and its training and
    /// evaluation side by side slowed each other (the CNN workload: 7.7 s against 6.8 s in place).
    static func overlaps(_ config: RunConfig, parameters: Int, threads: Int = Engine.settings.threads) -> Bool {
        threads >= 2 && parameters <= 4_000_000 && config.convolutions.isEmpty
    }

    let epoch: Int
    let started: ContinuousClock.Instant
    private let team: InferenceTeam
    private let network: Network
    private let test: Evaluator
    private let measurer: EpochMeasurer
    private let group = DispatchGroup()
    private var numbers: EpochNumbers?

    /// Starts measuring `network` (which nothing else may touch until `finish`) on another thread.
    init(
        epoch: Int, started: ContinuousClock.Instant, network: Network, test: Evaluator, measurer: EpochMeasurer,
        team: InferenceTeam
    ) {
        self.epoch = epoch
        self.started = started
        self.team = team
        self.network = network
        self.test = test
        self.measurer = measurer
        team.startRound()
        let settings = Engine.settings
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            Engine.withSettings(settings) {
                numbers = self.measurer.measure(self.network, test: self.test, team: self.team)
            }
            self.team.endRound()
        }
    }

    /// True once the numbers are in (`finish` then returns at once).
    var isDone: Bool { group.wait(timeout: .now()) == .success }

    /// The numbers, after helping with what is left of the measurement.
    func finish() -> EpochNumbers {
        team.help()
        group.wait()
        // The measuring thread sets the numbers before it leaves the group.
        guard let numbers else { preconditionFailure("an epoch's measurement ended without its numbers") }
        return numbers
    }
}
