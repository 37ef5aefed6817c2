/// `{name.field}` placeholders in text from `lessons/`, filled when the text is shown: in lesson
/// prose `{run.figure}` from the learner's own runs (so the words always carry their numbers),
/// in `guide.txt` from what the guide knows (`{challenge.number}`).
public enum Template {
    /// Checks every placeholder names an earlier run and a known figure.
    static func validate(_ text: String, runs: Set<String>) throws(LessonError.Problem) {
        for placeholder in placeholders(in: text) {
            let parts = placeholder.split(separator: ".").map(String.init)
            guard parts.count == 2, RunFigure(rawValue: parts[1]) != nil else {
                let figures = RunFigure.allCases.map(\.rawValue).joined(separator: ", ")
                throw .init("placeholder `{\(placeholder)}` should be {RUN.FIGURE}, figures: \(figures)")
            }
            guard runs.contains(parts[0]) else {
                throw .init("placeholder `{\(placeholder)}` names run `\(parts[0])`, which no earlier `run:` step made")
            }
        }
    }

    /// The text with each placeholder replaced by the figure; where the run is missing (the learner
    /// skipped it, or stopped it before its first epoch) the text says so instead of a bare `?`.
    public static func fill(_ text: String, figures: (String) -> RunFigures?) -> String {
        substitute(text) { name in
            let parts = name.split(separator: ".").map(String.init)
            guard parts.count == 2, let figure = RunFigure(rawValue: parts[1]) else { return nil }
            guard let run = figures(parts[0]) else { return "[no `\(parts[0])` run]" }
            return run.value(figure).map(figure.format) ?? "[`\(parts[0])` has no \(figure.rawValue)]"
        }
    }

    /// The text with each placeholder found in `values` replaced; others are left as written.
    public static func fill(_ text: String, values: [String: String]) -> String {
        substitute(text) { values[$0] }
    }

    /// The placeholders' names, in order.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        _ = substitute(text) { name in
            found.append(name)
            return nil
        }
        return found
    }

    /// The one scan behind filling and listing: each `{name}` replaced by `replacement(name)`,
    /// or kept as it is where that is nil.
    private static func substitute(_ text: String, _ replacement: (String) -> String?) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += replacement(name) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
