import OverfitTraining

extension RunReport {
    /// `Fashion-MNIST ` before "training images" for any dataset but MNIST, which every
    /// report before the `dataset` knob took for granted.
    static func datasetWord(_ result: RunResult) -> String {
        result.config.dataset == .mnist ? "" : result.config.dataset.title + " "
    }

    /// Says which epochs measured only some test images (`test_eval N`), since their test
    /// figures are not the whole test set's: nil when every epoch measured all of them.
    static func sampledTestNote(_ result: RunResult) -> String? {
        let sampled = result.history.filter { $0.sampledTestImages != nil }
        guard let images = sampled.first?.sampledTestImages else { return nil }
        let whole = result.history.filter { $0.sampledTestImages == nil }.map { String($0.epoch) }
        let rest =
            whole.isEmpty
            ? "no epoch measured all of them"
            : "epoch\(whole.count == 1 ? "" : "s") \(whole.joined(separator: ", ")) measured all of them"
        return "test figures of \(sampled.count) epoch\(sampled.count == 1 ? "" : "s") are on the first "
            + "\(Text.grouped(images)) test images only (test_eval \(images)); \(rest)"
    }
}
