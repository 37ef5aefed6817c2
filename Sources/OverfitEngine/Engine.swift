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
