/// `{run.figure}` placeholders in lesson prose, filled from the learner's own runs so the words
/// always carry their numbers.
public enum Template {
    /// Checks every placeholder names an earlier run and a known figure.
    static func validate(_ text: String, runs: Set<String>) throws(LessonError.Problem) {
        for placeholder in placeholders(in: text) {
            let parts = placeholder.split(separator: ".").map(String.init)
            guard parts.count == 2, let _ = RunFigure(rawValue: parts[1]) else {
                throw .init("placeholder `{\(placeholder)}` should be {RUN.FIGURE}, figures: \(RunFigure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard runs.contains(parts[0]) else {
                throw .init("placeholder `{\(placeholder)}` names run `\(parts[0])`, which no earlier `run:` step made")
            }
        }
    }

    /// The text with each placeholder replaced by the figure; where the run is missing (the learner
    /// skipped it, or stopped it before its first epoch) the text says so instead of a bare `?`.
    public static func fill(_ text: String, figures: (String) -> RunFigures?) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            let parts = name.split(separator: ".").map(String.init)
            if parts.count == 2, let figure = RunFigure(rawValue: parts[1]) {
                if let run = figures(parts[0]) {
                    result += run.value(figure).map(figure.format) ?? "[`\(parts[0])` has no \(figure.rawValue)]"
                } else {
                    result += "[no `\(parts[0])` run]"
                }
            } else {
                result += "{\(name)}"
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
