import OverfitEngine
import Testing

/// OVERFIT_KERNELS and OVERFIT_THREADS: what they accept, and the one-line errors for the rest.
@Suite struct KernelSettingsTests {
    /// The environment this test process runs under is one the engine accepts (CI runs the suite
    /// under each path; a typo there must fail loudly, not fall back to the default).
    @Test func thisProcessesEnvironmentIsValid() {
        if case .failure(let error) = Engine.environmentSettings { Issue.record("\(error.message)") }
    }

    @Test func unsetOrEmptyMeansTheFastestPathAndEveryCore() throws {
        #expect(try KernelSettings.fromEnvironment([:]) == .automatic)
        #expect(try KernelSettings.fromEnvironment(["OVERFIT_KERNELS": "", "OVERFIT_THREADS": ""]) == .automatic)
        #expect(KernelSettings.automatic.path == KernelPath.fastest && KernelPath.fastest.isSupported)
        #expect(KernelPath.portable.isSupported)
    }

    @Test func everySupportedPathAndAThreadCountCanBeChosen() throws {
        for path in KernelPath.supported {
            let settings = try KernelSettings.fromEnvironment([
                "OVERFIT_KERNELS": path.rawValue.uppercased(), "OVERFIT_THREADS": "3",
            ])
            #expect(settings == KernelSettings(path: path, threads: 3))
        }
    }

    @Test func badValuesAreRefusedNamingWhatIsAllowed() {
        let runs = KernelPath.supported.map(\.rawValue).joined(separator: ", ")
        var cases: [([String: String], String)] = [
            (
                ["OVERFIT_KERNELS": "sse"],
                "OVERFIT_KERNELS must be one of portable, avx2, avx512 (got `sse`); this CPU runs \(runs)"
            ),
            (
                ["OVERFIT_THREADS": "0"],
                "OVERFIT_THREADS must be a whole number in [1, 256] (got `0`); this machine has \(Engine.onlineCores) cores"
            ),
            (
                ["OVERFIT_THREADS": "two"],
                "OVERFIT_THREADS must be a whole number in [1, 256] (got `two`); this machine has \(Engine.onlineCores) cores"
            ),
            (
                ["OVERFIT_THREADS": "257"],
                "OVERFIT_THREADS must be a whole number in [1, 256] (got `257`); this machine has \(Engine.onlineCores) cores"
            ),
        ]
        for path in KernelPath.allCases where !path.isSupported {
            cases.append(
                (
                    ["OVERFIT_KERNELS": path.rawValue],
                    "OVERFIT_KERNELS=\(path.rawValue) needs a CPU with \(path.rawValue.uppercased()), and this one lacks it; this CPU runs \(runs)"
                ))
        }
        for (environment, message) in cases {
            #expect(throws: KernelSettingsError(message)) { try KernelSettings.fromEnvironment(environment) }
        }
    }

    /// `withSettings` holds for its thread only and is undone after.
    @Test func settingsOverrideHoldsInsideOnly() {
        let outside = Engine.settings
        let chosen = KernelSettings(path: .portable, threads: 7)
        Engine.withSettings(chosen) {
            #expect(Engine.settings == chosen)
        }
        #expect(Engine.settings == outside)
    }
}
