import CKernels

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Engine-wide settings: the kernel path and thread count products use.
public enum Engine {
    /// Online cores, the default thread count.
    public static let onlineCores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// What OVERFIT_KERNELS and OVERFIT_THREADS ask for, or why they cannot be used. The
    /// executable refuses to start on an error; a test process reports it in a test.
    public static let environmentSettings: Result<KernelSettings, KernelSettingsError> = {
        do throws(KernelSettingsError) {
            return .success(try KernelSettings.fromEnvironment(environment()))
        } catch {
            return .failure(error)
        }
    }()

    /// The process's settings: the environment's, else (on an error) the automatic ones.
    public static var processSettings: KernelSettings {
        (try? environmentSettings.get()) ?? .automatic
    }

    /// The settings products on this thread use: those of the innermost `withSettings` on this
    /// thread (or copied to it by the engine), else the process's.
    public static var settings: KernelSettings {
        let process = processSettings
        let path = KernelPath(code: overfit_thread_override_path()) ?? process.path
        let threads = overfit_thread_override_threads()
        return KernelSettings(path: path, threads: threads > 0 ? Int(threads) : process.threads)
    }

    /// Runs `body` with `settings` for every product it starts on this thread or on threads the
    /// engine starts for it: how tests run the same computation under each path and thread
    /// count while other tests run beside it.
    public static func withSettings<Result>(_ settings: KernelSettings, _ body: () throws -> Result) rethrows -> Result
    {
        precondition(settings.path.isSupported, "kernel path \(settings.path.rawValue) is not supported here")
        let savedPath = overfit_thread_override_path(), savedThreads = overfit_thread_override_threads()
        overfit_thread_override_set(settings.path.code, Int32(settings.threads))
        defer { overfit_thread_override_set(savedPath, savedThreads) }
        return try body()
    }

    private static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in ["OVERFIT_KERNELS", "OVERFIT_THREADS"] {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}

// MARK: - KernelSettings

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

// MARK: - KernelSettingsError

/// An OVERFIT_KERNELS or OVERFIT_THREADS value the engine cannot use.
public struct KernelSettingsError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

// MARK: - KernelPath

/// Which implementation computes the engine's products. Every path takes each output as one
/// chain of fused multiply-adds over its terms in increasing order, vectorised across outputs
/// only, so the path changes the speed and never a bit of the result.
public enum KernelPath: String, CaseIterable, Sendable {
    /// Plain C loops: runs on any processor (arm64 included).
    case portable
    /// x86-64 with AVX2 and FMA.
    case avx2
    /// x86-64 with AVX-512F.
    case avx512

    /// The C side's number for this path.
    var code: Int32 {
        switch self {
        case .portable: return Int32(OVERFIT_PATH_PORTABLE)
        case .avx2: return Int32(OVERFIT_PATH_AVX2)
        case .avx512: return Int32(OVERFIT_PATH_AVX512)
        }
    }

    /// Called for every product (the thread's override), so it allocates nothing.
    init?(code: Int32) {
        switch code {
        case Int32(OVERFIT_PATH_PORTABLE): self = .portable
        case Int32(OVERFIT_PATH_AVX2): self = .avx2
        case Int32(OVERFIT_PATH_AVX512): self = .avx512
        default: return nil
        }
    }

    /// Whether this build and this processor run the path.
    public var isSupported: Bool { overfit_path_supported(code) != 0 }

    /// The paths this processor runs, slowest first.
    public static var supported: [KernelPath] { allCases.filter(\.isSupported) }

    /// The fastest path this processor runs: the default.
    public static var fastest: KernelPath { KernelPath(code: overfit_path_fastest()) ?? .portable }
}
