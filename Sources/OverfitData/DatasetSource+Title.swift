extension DatasetSource {
    /// How reports and progress lines name the dataset: `MNIST`, `Fashion-MNIST`, or the
    /// directory's path as given (shown through `VisibleText`, since it came from a file).
    public var title: String {
        switch self {
        case .mnist: return "MNIST"
        case .fashion: return "Fashion-MNIST"
        case .directory(let path): return VisibleText.escaped(path)
        }
    }

    /// The image size of the built-in datasets (28×28 grey), known before loading; nil for a
    /// directory, whose files say.
    public var knownImageSize: (rows: Int, cols: Int)? {
        switch self {
        case .mnist, .fashion: return (28, 28)
        case .directory: return nil
        }
    }
}
