extension RunConfig {
    /// Seed 004's evaluation mistakes this config re-creates, in words (`on raw 0-255 pixels`),
    /// or nil when it is evaluated properly. Such a run's figures measure the mistake, not the
    /// network: the diagnosis gives no verdict on them and the challenge does not rank them.
    public var evaluationMistakes: String? {
        var mistakes: [String] = []
        if evaluationPixels == .raw { mistakes.append("on raw 0-255 pixels") }
        // bn_eval acts only where there is batch norm to evaluate.
        if batchNorm && batchNormEvaluation == .batch { mistakes.append("with batch norm in training mode") }
        return mistakes.isEmpty ? nil : mistakes.joined(separator: " and ")
    }
}
