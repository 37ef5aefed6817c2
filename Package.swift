// swift-tools-version: 6.1
import PackageDescription

// Modules point one way: engine <- data <- training <- tutor <- executable.
// C libraries come in through system-library targets (module maps over Debian's -dev packages).
let package = Package(
    name: "overfit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "overfit", targets: ["overfit"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .systemLibrary(
            name: "CZlib", path: "Sources/CZlib",
            providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(
            name: "CReadline", path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]),
        // A few lines of C: an async-signal-safe Ctrl-C flag, which Swift cannot express safely.
        .target(name: "CInterrupt", path: "Sources/CInterrupt"),
        // Every product the engine computes (dense and sparse; portable, AVX2 and AVX-512 paths).
        // No contraction: the C fuses a·b + c only where it calls fma, so each output's order of
        // operations is the one the code writes, whatever the compiler.
        .target(
            name: "CKernels", path: "Sources/CKernels",
            cSettings: [.unsafeFlags(["-O3", "-ffp-contract=off"])],
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]),

        .target(
            name: "OverfitEngine", dependencies: ["CKernels"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]),
        .target(name: "OverfitData", dependencies: ["OverfitEngine", "CZlib"]),
        .target(name: "OverfitTraining", dependencies: ["OverfitEngine", "OverfitData"]),
        .target(name: "OverfitLessons", dependencies: ["OverfitTraining", "OverfitData"]),
        .target(
            name: "OverfitTutor", dependencies: ["OverfitLessons", "OverfitTraining", "OverfitData", "OverfitEngine"]),
        .executableTarget(
            name: "overfit",
            dependencies: [
                "OverfitTutor", "OverfitLessons", "OverfitTraining", "OverfitData", "OverfitEngine",
                "CReadline", "CInterrupt",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "OverfitEngineTests", dependencies: ["OverfitEngine", "CKernels"]),
        .testTarget(
            name: "OverfitDataTests", dependencies: ["OverfitData"],
            resources: [.copy("Fixtures")]),
        // Fingerprint/ holds the engine's stored fingerprint, read and rewritten in place by FingerprintTests.
        .testTarget(
            name: "OverfitTrainingTests", dependencies: ["OverfitTraining", "OverfitData"],
            exclude: ["Fingerprint"]),
        .testTarget(
            name: "OverfitLessonsTests",
            dependencies: ["OverfitLessons", "OverfitTraining", "OverfitData", "OverfitEngine"]),
        .testTarget(
            name: "OverfitTutorTests",
            dependencies: ["OverfitTutor", "OverfitLessons", "OverfitTraining", "OverfitData"]),
    ]
)
