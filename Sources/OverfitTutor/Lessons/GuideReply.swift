import OverfitTraining

/// What the lesson guide asks of the session after a command: words to show, and the knobs
/// (and the baseline `reset` returns to) to set. The guide reads the session — its runs, knobs,
/// style — but never writes it; `Session.apply` does what the reply asks.
struct GuideReply {
    var text = ""
    /// The knobs the lesson sets, when it sets them.
    var config: RunConfig?
    /// What `reset` returns to from now on (a lesson's start), when it changes.
    var baseline: RunConfig?

    mutating func say(_ words: String) { text += words }

    /// The knobs the session will have once this reply is applied.
    func configAfter(_ current: RunConfig) -> RunConfig { config ?? current }
}

extension Session {
    /// Does what the guide asked: the baseline and knobs first, then the words.
    func apply(_ reply: GuideReply) {
        if let baseline = reply.baseline { state.baseline = baseline }
        if let config = reply.config { state.config = config }
        if !reply.text.isEmpty { write(reply.text) }
    }
}
