/// A piece of text from `lessons/`, as `TemplateParser` reads it: literal text, a `{name}`
/// placeholder, or a `{if CLAIM: … | else: …}` conditional whose branches are pieces again.
indirect enum TemplatePiece: Sendable, Equatable {
    case text(String)
    /// What stood between the braces, trimmed: `base.test_acc`, `drop.test_acc - base.test_acc`.
    case placeholder(String)
    /// `condition` is a claim expression, read when a lesson is loaded (`Claim`).
    case conditional(condition: String, then: [TemplatePiece], otherwise: [TemplatePiece], offset: Int)
}
