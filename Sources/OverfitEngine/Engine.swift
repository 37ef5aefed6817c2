#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Engine-wide settings.
public enum Engine {
    /// BLAS threads for large products: one per online core.
    public static let defaultThreadCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}
