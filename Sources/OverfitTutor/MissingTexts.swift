import Foundation
import OverfitData
import OverfitLessons

/// The one failure the tutor cannot say in its own words: its words (`lessons/messages.txt`)
/// are not there, or cannot be read. Every text would then show as `[messages.txt: no KEY]`,
/// so the executable stops at once with this error, in English (there is no catalogue to take
/// another language from), naming the places it looked and how to point it at the lessons.
public enum MissingTexts {
    /// The error to stop with, or nil when the English catalogue was read.
    public static func problem(environment: [String: String]) -> String? {
        guard TutorMessages.installed(.english).isEmpty else { return nil }
        return problem(searched: LessonsLocator.searched(environment: environment), environment: environment)
    }

    /// The error for a search of `searched` that found no readable `messages.txt`.
    static func problem(searched: [String], environment: [String: String]) -> String {
        let fromVariable = environment[LessonsLocator.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        let places = searched.map { directory in
            let shown = Text.visible(directory)
            return "    " + shown + (directory == fromVariable ? " (from \(LessonsLocator.environmentVariable))" : "")
        }
        let language = environment["OVERFIT_LANG"].map { " (OVERFIT_LANG=\(Text.visible($0)) is read from there too)" }
        if let found = searched.first(where: { FileManager.default.fileExists(atPath: $0 + "/" + TutorMessages.file) })
        {
            let shown = Text.visible(found)
            return """
                error: \(shown)/\(TutorMessages.file) cannot be read, so overfit has none of its own texts\
                \(language ?? "")
                  hint: `overfit check-lessons --lessons-dir \(shown)` names the problem and its line; or set \
                \(LessonsLocator.environmentVariable) to a complete lessons/ directory

                """
        }
        return """
            error: no lessons directory was found, so overfit has none of its own texts (the tutor's \
            messages, the lessons, and lessons/ko/ for OVERFIT_LANG=ko or --lang ko). \
            \(TutorMessages.file) was looked for in:
            \(places.joined(separator: "\n"))
              hint: set \(LessonsLocator.environmentVariable) to overfit's lessons/ directory (the one holding \
            \(TutorMessages.file) and knobs.txt), e.g. \(LessonsLocator.environmentVariable)=~/overfit/lessons overfit

            """
    }
}
