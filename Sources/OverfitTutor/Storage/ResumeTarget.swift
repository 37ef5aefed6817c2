/// What `--resume` names: the last session, the Nth of `overfit sessions`, or a file.
public enum ResumeTarget: Equatable, Sendable {
    case latest
    case number(Int)
    case file(String)
}
