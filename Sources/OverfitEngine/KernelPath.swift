import CKernels

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
