/// How the engine computes: which kernel path, and how many threads evaluation (and large
/// training products) may use. Neither changes a result, only the time it takes.
public struct KernelSettings: Equatable, Sendable {
    public var path: KernelPath
    public var threads: Int

    public init(path: KernelPath, threads: Int) {
        precondition(threads >= 1, "at least one thread")
        self.path = path
        self.threads = threads
    }

    /// The most threads OVERFIT_THREADS accepts.
    public static let maximumThreads = 256

    /// The fastest path and one thread per online core, at most `maximumThreads`.
    public static var automatic: KernelSettings {
        KernelSettings(path: .fastest, threads: min(maximumThreads, max(1, Engine.onlineCores)))
    }

    /// The settings `OVERFIT_KERNELS` and `OVERFIT_THREADS` ask for, the automatic ones where
    /// a variable is unset or empty. A value that is unknown, out of range, or a path this
    /// processor cannot run is an error naming the variable, what is allowed and what this CPU runs.
    public static func fromEnvironment(_ environment: [String: String]) throws(KernelSettingsError) -> KernelSettings {
        var settings = automatic
        let supported = KernelPath.supported.map(\.rawValue).joined(separator: ", ")
        if let text = environment["OVERFIT_KERNELS"], !text.isEmpty {
            let allowed = KernelPath.allCases.map(\.rawValue).joined(separator: ", ")
            guard let path = KernelPath(rawValue: text.lowercased()) else {
                throw KernelSettingsError(
                    "OVERFIT_KERNELS must be one of \(allowed) (got `\(text)`); this CPU runs \(supported)")
            }
            guard path.isSupported else {
                throw KernelSettingsError(
                    "OVERFIT_KERNELS=\(path.rawValue) needs a CPU with \(path.rawValue.uppercased()), and this one lacks it; this CPU runs \(supported)"
                )
            }
            settings.path = path
        }
        if let text = environment["OVERFIT_THREADS"], !text.isEmpty {
            guard let threads = Int(text), (1...maximumThreads).contains(threads) else {
                throw KernelSettingsError(
                    "OVERFIT_THREADS must be a whole number in [1, \(maximumThreads)] (got `\(text)`); this machine has \(Engine.onlineCores) cores"
                )
            }
            settings.threads = threads
        }
        return settings
    }

    /// One line for `overfit --version`: the path, what else this CPU runs, and the threads.
    public var description: String {
        let others = KernelPath.supported.map(\.rawValue).joined(separator: ", ")
        return
            "kernels \(path.rawValue) (this CPU runs \(others); OVERFIT_KERNELS), \(threads) thread\(threads == 1 ? "" : "s") (OVERFIT_THREADS)"
    }
}
