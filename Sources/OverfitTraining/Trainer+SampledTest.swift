import OverfitEngine

extension Trainer {
    /// After a sampled test evaluation (`TestEvaluation.sampled`), measures the network the run
    /// hands back on the whole test set, and puts those figures (and predictions) in place of
    /// the sampled ones of `epoch`, the epoch whose weights it holds. Nothing to do when that
    /// epoch already measured everything.
    func measureWholeTestSet(
        _ network: Network, epoch: Int?, history: inout [EpochMetrics],
        predictions: inout [UInt8], with evaluator: Evaluator
    ) {
        guard let epoch, let index = history.firstIndex(where: { $0.epoch == epoch }),
            history[index].sampledTestImages != nil
        else { return }
        let tested = predictions.withUnsafeMutableBufferPointer {
            evaluator.measure(network, predictions: $0.baseAddress)
        }
        history[index].testLoss = tested.loss
        history[index].testAccuracy = tested.accuracy
        history[index].sampledTestImages = nil
    }
}
