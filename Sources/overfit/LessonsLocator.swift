import Foundation

/// Finds the `lessons/` directory: `$OVERFIT_LESSONS`, else the nearest `lessons/` holding
/// `knobs.txt` above the working directory, the executable, or the source tree it was built from.
enum LessonsLocator {
    static let environmentVariable = "OVERFIT_LESSONS"

    static func locate(environment: [String: String], sourceFile: String = #filePath) -> String? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        let executable = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent().path }
        let starts: [String?] = [FileManager.default.currentDirectoryPath, executable, URL(fileURLWithPath: sourceFile).deletingLastPathComponent().path]
        for start in starts.compactMap({ $0 }) {
            var directory = URL(fileURLWithPath: start)
            for _ in 0..<6 {
                let candidate = directory.appendingPathComponent("lessons")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("knobs.txt").path) { return candidate.path }
                directory.deleteLastPathComponent()
            }
        }
        return nil
    }
}
