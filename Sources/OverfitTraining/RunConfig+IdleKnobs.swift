extension RunConfig {
    /// Notes for knobs among `knobs` that the other knobs leave without effect, e.g.
    /// `bn_shared on` while batch norm is off: accepted (the learner may turn batchnorm on next),
    /// but worth a word, since a run would silently ignore them.
    public func idleKnobNotes(among knobs: [KnobID]) -> [String] {
        var notes: [String] = []
        for knob in knobs {
            let name = knob.rawValue
            switch knob {
            case .batchNormShared where !batchNorm && batchNormShared,
                .batchNormEvaluation where !batchNorm && batchNormEvaluation != .running:
                notes.append("\(name) does nothing while batchnorm is off: set batchnorm on to use it")
            case .dropout where layers.isEmpty && dropout > 0, .dropConnect where layers.isEmpty && dropConnect > 0,
                .batchNorm where layers.isEmpty && batchNorm:
                notes.append("\(name) acts on hidden layers, and layers is none")
            case .momentum where optimizer != .momentum:
                notes.append("momentum acts only with optimizer momentum (optimizer is \(optimizer.rawValue))")
            default:
                break
            }
        }
        return notes
    }
}
