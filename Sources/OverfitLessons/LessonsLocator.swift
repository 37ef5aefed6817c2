import Foundation

/// Finds the `lessons/` directory: `$OVERFIT_LESSONS`, else the lessons installed with the
/// program. Never the working directory or its parents: a lesson file types commands for the
/// learner and `knobs.txt` is printed to them, so a `lessons/` planted in a downloaded folder
/// must not take the place of the real ones.
public enum LessonsLocator {
    public static let environmentVariable = "OVERFIT_LESSONS"

    public static func locate(environment: [String: String]) -> String? {
        locate(environment: environment, executablePath: executablePath(), sourceFile: #filePath)
    }

    /// The search, with every input injectable for tests.
    static func locate(environment: [String: String], executablePath: String?, sourceFile: String) -> String? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        return installedCandidates(executablePath: executablePath, sourceFile: sourceFile)
            .first { FileManager.default.fileExists(atPath: $0 + "/knobs.txt") }
    }

    /// Every directory the tutor's own texts (`messages.txt`) are looked for in, in order:
    /// `$OVERFIT_LESSONS` when set, then the installed places (`installedCandidates`).
    public static func searched(environment: [String: String]) -> [String] {
        var directories: [String] = []
        if let located = locate(environment: environment) { directories.append(located) }
        for candidate in installedCandidates(executablePath: executablePath(), sourceFile: #filePath)
        where !directories.contains(candidate) {
            directories.append(candidate)
        }
        return directories
    }

    /// Where an installed overfit keeps its lessons, most specific first: beside the package
    /// the executable was built in (`.build/release/overfit` is a link into
    /// `.build/<triple>/release/`, so two or three levels up), a `share/overfit/lessons` beside
    /// an installed `bin/`, and the source tree this file was compiled from.
    static func installedCandidates(executablePath: String?, sourceFile: String) -> [String] {
        var candidates: [String] = []
        if let executablePath {
            let directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            for levels in [2, 3] {
                var root = directory
                for _ in 0..<levels { root.deleteLastPathComponent() }
                candidates.append(root.appendingPathComponent("lessons").path)
            }
            candidates.append(
                directory.deletingLastPathComponent().appendingPathComponent("share/overfit/lessons").path)
        }
        // Sources/OverfitLessons/LessonsLocator.swift -> the package root.
        var root = URL(fileURLWithPath: sourceFile)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent("lessons").path)
        return candidates
    }

    /// The running binary with every link resolved: /proc/self/exe on Linux, else argv[0].
    static func executablePath() -> String? {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath().path
    }
}
