import OverfitData

/// A lesson file that cannot be used: which file, which line, what is wrong.
public struct LessonError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// Shown through the sanitiser: the file name comes from a directory listing, the message
    /// may quote the file.
    public var description: String { VisibleText.escaped("\(file):\(line): \(message)") }

    /// A problem found before the line is known; the parser adds file and line.
    public struct Problem: Error, Sendable {
        public let message: String
        /// Where in the step's text the problem is, counted in lines from its first (0), when
        /// the text spans lines (a placeholder in the third line of a `say:`).
        public let line: Int?
        public init(_ message: String, line: Int? = nil) {
            self.message = message
            self.line = line
        }
    }
}
