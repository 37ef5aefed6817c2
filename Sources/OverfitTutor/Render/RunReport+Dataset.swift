import OverfitLessons
import OverfitTraining

extension RunReport {
    /// `Fashion-MNIST ` before "training images" for any dataset but MNIST, which every
    /// report before the `dataset` knob took for granted.
    static func datasetName(_ result: RunResult) -> String? {
        result.config.dataset == .mnist ? nil : result.config.dataset.title
    }

    /// Says which epochs measured only some test images (`test_eval N`), since their test
    /// figures are not the whole test set's: nil when every epoch measured all of them.
    static func sampledTestNote(_ result: RunResult, style: RenderStyle = .plain) -> String? {
        let sampled = result.history.filter { $0.sampledTestImages != nil }
        guard let images = sampled.first?.sampledTestImages else { return nil }
        let whole = result.history.filter { $0.sampledTestImages == nil }.map { String($0.epoch) }
        let rest =
            whole.isEmpty
            ? style.say(.runSampledNoneWhole)
            : style.say(
                whole.count == 1 ? .runSampledWholeOne : .runSampledWhole, ["epochs": whole.joined(separator: ", ")])
        return style.say(
            sampled.count == 1 ? .runSampledOne : .runSampled,
            [
                "count": String(sampled.count), "images": Text.grouped(images), "test_eval": String(images),
                "rest": rest,
            ])
    }
}
